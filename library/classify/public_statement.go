package classify

import "tamis/library/classify/lexicon"

// A public figure named by a title (« la ministre », « le président du
// conseil départemental », "the mayor") who speaks or acts in office in
// public (a speech, a press release, an announcement, an inauguration) is
// no one a volunteer must hide: the statement is published by whoever
// made it. The name was a doubt (rulePublicFigure); it passes unless the
// sentence ties it to the association or to someone (a relation word, a
// possessive), tells news of the person, or gives contact details.

// statementWords say a statement or an act in office (data/words/statement_words.txt).
var statementWords = lexicon.Words(lexicon.Data, "statement_words")

// officialStatement: the public figure at [i, j) makes a public statement.
func (a *analysis) officialStatement(i, j int) bool {
	if len(a.sdirect) > 0 || !a.anyWordIn(statementWords) {
		return false
	}
	return !a.tiedOrTold() && !a.famousNow(j) // « notre adhérent, l'ancien maire X », « a annoncé hier »
}

// statementGoesOn: the sentence of a public statement goes on about the
// person (told_after_role.go: « a inauguré la maison de santé ; son
// ex-mari réclame la garde ») or says a private word (public_role.go
// privateSaid): the name stays a doubt. It is still read as a statement
// (consumed), so the rules that read a person singled out by description
// (indirect.go: « le maire de Saint-Jacut, X, a annoncé son divorce »)
// still block what they blocked.
func (a *analysis) statementGoesOn(j int) bool {
	return a.toldAfterRole(j) || a.privateSaid()
}
