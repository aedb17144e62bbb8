package classify

import "testing"

// A how-to on recognising an illness informs; the same verbs beside
// someone, or the illness told before the how-to, stay a person's fact.
func TestHowToRecogniseAnIllnessIsGeneral(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Savoir reconnaître un AVC.", OK, 0, ""},
		{"Reconnaître un AVC : visage paralysé, trouble de la parole.", OK, 0, ""},
		{"Apprendre à repérer les premiers signes d'une crise d'épilepsie.", OK, 0, ""},
		{"Repérer une dépression chez un adolescent.", OK, 0, ""},
		{"Learn to spot the early signs of a panic attack.", OK, 0, ""},
		{"Elle sait reconnaître une crise d'angoisse, elle en fait souvent.", Blocked, Sensitive, "health"},
		{"Un adolescent du club fait une dépression, comment repérer une rechute ?", Blocked, Sensitive, "health"},
		{"Un bénévole a fait un AVC : savoir reconnaître un AVC sauve des vies.", Blocked, Sensitive, "health"},
		{"Reconnaître un AVC. Mon père en a fait un hier.", Blocked, Sensitive, "health"},
		{"Apprendre à repérer une dépression chez un collègue, surtout depuis l'arrivée du nouveau directeur dépressif.", Blocked, Sensitive, "health"},
		{"Repérer une crise d'épilepsie chez un adhérent, comme samedi dernier au gymnase.", Blocked, Sensitive, "health"},
	})
}
