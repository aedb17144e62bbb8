package classify

import "tamis/library/classify/lexicon"

// listContinuations carry a concessive clause's list on after a comma
// (« son origine, sa religion »); any other word there starts a new
// clause (« quelle que soit sa religion, elle… », "regardless of what
// people say, my neighbour…"), which says something of someone again.
var listContinuations = lexicon.Words(lexicon.Data, "list_continuations")

// inConcessive: the special-category word at sp stands in a concessive
// clause (« quels que soient son origine, sa religion ou son
// orientation », « peu importe son handicap », "regardless of faith"). Such
// a clause speaks of anyone — a charter's promise not to discriminate —
// and tells nothing about someone. The clause runs from its opener to the
// end of its list: a colon, a semicolon or a comma that does not carry the
// list on (by a possessive, an article or another special-category word:
// "regardless of origin, religion or sexual orientation") closes it; a
// named person in the sentence keeps the facts facts.
func (a *analysis) inConcessive(sp span) bool {
	i, j := a.cueAt(cueConcessive)
	if i < 0 || i > sp.i || a.hasNameAnchor() {
		return false
	}
	toks := a.s.Toks
	for k := j; k <= sp.i && k < len(toks); k++ {
		switch sep := toks[k].Sep; {
		case sep == ':' || sep == ';' || sep == '(' || sep == '.':
			return false
		case sep == ',' && !listContinuations[toks[k].Norm] && !a.startsSpecial(k):
			return false
		}
	}
	return true
}

// startsSpecial: a special-category entry starts at token k.
func (a *analysis) startsSpecial(k int) bool {
	_, v := a.at(dSpecial, k)
	return v != 0
}
