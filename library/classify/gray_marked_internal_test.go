package classify

import "testing"

// A working document marked internal, or a text marked not for
// publication, is doubt whatever it holds.
func TestADocumentMarkedInternalIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Note interne : nouveaux horaires de la permanence à partir de lundi.", Doubt, 0, "internal"},
		{"Chiffres internes du mois : 41 colis distribués.", Doubt, 0, "internal"},
		{"Internal minutes of the staff meeting of 3 March.", Doubt, 0, "internal"},
		{"Document interne – planning des bénévoles de la brocante.", Doubt, 0, "internal"},
		{"Internal memo: the minibus will be replaced next spring.", Doubt, 0, "internal"},
		{"From our internal dashboard: 18 new members since September.", Doubt, 0, ""},
		{"D'après nos registres internes, une quarantaine de passages par semaine.", Doubt, 0, "internal"},
		{"From our internal records: about forty visits a week.", Doubt, 0, "internal"},
		{"Trustees' internal update: the café will open on Sundays from May.", Doubt, 0, "internal"},
	})
}

// « Interne » or "internal" beside anything but a document names no
// document kept inside.
func TestInternalBesideNoDocumentPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre règlement intérieur est affiché dans la salle.", OK, 0, ""},
		{"Internal doors will be painted on Saturday, volunteers welcome!", OK, 0, ""},
		{"Formation : rédiger une note claire pour les bénévoles.", OK, 0, ""},
		{"Le rapport moral est en ligne sur notre site.", OK, 0, ""},
		{"Our internal quiz night is open to families too, Friday at 7 pm.", OK, 0, ""},
	})
}
