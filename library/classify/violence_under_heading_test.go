package classify

import "testing"

// A heading that names a speaker (« Conférence de X : », "Talk by X:")
// makes the sentence read as an announcement, but violence told after
// its colon with the speaker as the one beaten is her life, not the
// talk's topic: category 4, blocked (violence_suffered.go
// namedUnderHeading). A topic after the colon, a case for whoever
// (« quand », "if"), or a heading that names no one stay as they were.
func TestViolenceUnderANamedHeading(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Conférence de Marie Dupuis : son copain la frappe quand il a bu.", Blocked, Sensitive, "criminal"},
		{"Soirée lecture avec Amandine Roux : son mari la bat depuis des années, elle nous l'a dit.", Blocked, Sensitive, "criminal"},
		{"Atelier de Nadia Ferrat ; son compagnon la cogne quand il rentre.", Blocked, Sensitive, "criminal"},
		{"Intervention de Karine Bos : son conjoint la frappe quand il a bu.", Blocked, Sensitive, "criminal"},
		{"Conférence de Julie Marchetti : quand son conjoint la frappe, que faire ?", OK, 0, ""},
		{"Lecture de Lucie Vernet : extraits de son roman sur une femme battue dans les années 50.", OK, 0, ""},
		{"Conférence : son mari la frappe, elle se tait. Témoignages et débat.", OK, 0, ""},
		{"Spectacle de la compagnie Rêves : un homme frappe sa femme, elle part.", OK, 0, ""},
	})
}
