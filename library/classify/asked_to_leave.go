package classify

// askedToLeavePhrases are the words of asking one person to leave
// (data/phrases/asked_to_leave.txt), by first word.
var askedToLeavePhrases = byFirstWord(phraseWords(wholeWordPhrases("asked_to_leave")))

// findAskedToLeave: the sentence tells that someone it points at (a name,
// « la bénévole du jeudi », « notre trésorier ») is to be asked to leave:
// an HR matter about that person. A rule for anyone (a modal, a
// condition, « chaque », "any") is no such matter.
func (a *analysis) findAskedToLeave() {
	if len(a.names) == 0 && len(a.anchors) == 0 {
		return
	}
	toks := a.s.Toks
	i, j := phraseSpan(toks, askedToLeavePhrases)
	if i < 0 || len(a.names) == 0 && !a.definiteAnchorOutside(i, j) || a.sentenceCues().has(cueCondition) {
		return // « à la fermeture, lui demander de partir »: the phrase's own pronoun points at no one
	}
	for k := range toks {
		if toks[k].Is(cModalWords) || anyoneDeterminers[toks[k].Norm] {
			return // « le bureau pourra lui demander de partir », "any volunteer"
		}
	}
	a.add(ruleHR, 0, len(toks))
}

// definiteAnchorOutside: the sentence points at someone with more than
// an indefinite article (« la bénévole », « notre trésorier », « elle »),
// outside the tokens [i, j).
func (a *analysis) definiteAnchorOutside(i, j int) bool {
	for _, an := range a.anchors {
		if (an.k < i || an.k >= j) && !a.indefiniteAnchor(an.k) {
			return true
		}
	}
	return false
}
