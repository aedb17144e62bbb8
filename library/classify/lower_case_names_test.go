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

// A first name that is no word, typed in lower case before a relative
// clause, is a person: the fact the clause tells is about someone. A town
// or a dish before « qui » is not.
func TestLowerCaseFirstNameBeforeARelativeClauseIsAName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Comment aider kevin qui est séropositif ?", Blocked, Sensitive, "health"},
		{"on passe chez nadia qui a été opérée lundi", Blocked, Sensitive, "health"},
		{"how do I support kevin who is HIV positive?", Blocked, Sensitive, "health"},
		{"le club de paris qui joue samedi à domicile", OK, 0, ""},
		{"on prend la ligne de lyon qui part à 8 h", OK, 0, ""},
		{"la recette de tatin qui est facile à faire", OK, 0, ""},
	})
}

// A first name spoken of as a name (« le prénom emma qui… ») is no person.
func TestLowerCaseFirstNameAfterANameLabelIsTheNameItself(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le prénom emma qui domine les classements depuis dix ans perd une place.", OK, 0, ""},
		{"Comment prononcer le prénom siobhan qui vient d'Irlande ?", OK, 0, ""},
	})
}

// A first name that is no word, typed in lower case, before a lower-case
// word no lexicon knows is a first name and a surname the lists lack, as
// English rotas are typed ("danny whitehouse"); before a word, a town or
// another first name it is not.
func TestLowerCaseFirstNameBeforeAnUnknownWordIsAName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"fyi kieran holdsworth has dropped off the rota", Blocked, Personal, "name"},
		{"drivers sat: gemma thistlethwaite / imran chaudhry", Blocked, Personal, "name"},
		{"merci à nadia bouzerar pour les crêpes", Blocked, Personal, "name"},
		{"pierre tombale et croix du cimetière à restaurer", OK, 0, ""},
		{"sortie avec paul et julie au musée", Blocked, Personal, ""},
		{"le stade de paris saint-germain ouvre ses portes", OK, 0, ""},
	})
}

// A first name that is also a word, typed in lower case after a word
// that introduces a person, before a long word no lexicon knows, is a
// first name and a surname the lists lack; without the introducer it is
// a word.
func TestLowerCaseWordFirstNameAfterAnIntroducerIsAName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"can u drop the forms to jade mcallister at the hostel tmrw", Blocked, Personal, "name"},
		{"rdv avec rose kerbrat lundi", Blocked, Personal, "name"},
		{"Poster: summer holiday camp, 29 July to 9 August", OK, 0, ""},
		{"rose bonbon pour les tee-shirts", OK, 0, ""},
	})
}
