package classify

import "testing"

// A matter the writer asks to keep out of the minutes, the newsletter or
// the website is confidential, whatever it is; advice to the reader and
// a cooking instruction keep nothing from anyone.
func TestAMatterKeptOutOfTheRecordIsConfidential(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le traiteur baisserait de 15 % si on signe pour trois ans, hors PV s'il te plaît.", Blocked, Sensitive, "confidential"},
		{"Le club de foot voudrait nos vestiaires, ne l'écris pas dans la lettre d'info.", Blocked, Sensitive, "confidential"},
		{"Retirer du compte rendu public le passage sur le loyer impayé.", Blocked, Sensitive, "confidential"},
		{"The bakery would cut their price if we take the day-old bread too, don't put it in the newsletter.", Blocked, Sensitive, "confidential"},
		{"Votre code d'accès : ne le notez pas sur votre carte.", OK, Public, ""},
		{"Ne le mets pas au four plus de 20 minutes (recette de l'atelier cuisine).", OK, Public, ""},
		{"Le compte rendu de l'AG sera mis sur le site la semaine prochaine.", OK, Public, ""},
	})
}
