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
