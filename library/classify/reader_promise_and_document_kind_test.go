package classify

import "testing"

// « Vos données restent confidentielles » is the association's promise
// to its reader, not a secret of ours; « un extrait de casier
// judiciaire » that anyone must provide is a kind of document, not
// someone's record. The same words about a matter of ours or a person
// stay blocked.
func TestReaderPromiseAndDocumentKind(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Inscription en ligne : vos informations restent confidentielles et ne sont jamais revendues.", OK, 0, ""},
		{"All your answers will remain confidential and anonymous.", OK, 0, ""},
		{"Pour la colonie, chaque animateur doit fournir un extrait de casier judiciaire avant le 1er juin.", OK, 0, ""},
		{"Les bénévoles du soutien scolaire présentent une attestation de casier judiciaire vierge.", OK, 0, ""},
		// a matter of ours, someone's record
		{"Le plan de reprise par la fédération reste confidentiel jusqu'au CA.", Blocked, Sensitive, "confidential"},
		{"Votre projet de fusion reste confidentiel.", Blocked, Sensitive, ""},
		{"Il a fourni un extrait de casier judiciaire : deux condamnations pour vol.", Blocked, Sensitive, "criminal"},
		{"Marc Lefèvre a fourni un extrait de casier judiciaire avec une mention.", Blocked, Sensitive, "criminal"},
	})
}
