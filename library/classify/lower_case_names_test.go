package classify

import "testing"

// A first name typed in lower case is a person when its shape says so: an
// initial of a surname after it, or, at the start of the sentence, an
// auxiliary and a participle only a person does (« a encore oublié »),
// even when the first name is also a word.
func TestLowerCaseFirstNameWithAnInitialOrAHumanVerbIsAName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"mohamed k. de l'équipe du samedi ne vient plus", Blocked, Personal, "name"},
		{"voir avec sandrine l. pour les clés", Blocked, Personal, "name"},
		{"olive a encore oublié de rendre le badge", Blocked, Personal, "name"},
		{"violette a déjà appelé la mairie ce matin", Blocked, Personal, "name"},
		{"rose et blanc sont les couleurs du club", OK, 0, ""},
		{"olive oil and bread for the picnic", OK, 0, ""},
		{"vitamine c. et fer : conseils de la diététicienne", OK, 0, ""},
	})
}
