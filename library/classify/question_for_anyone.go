package classify

import "tamis/library/classify/lexicon"

// A question or a sheet of advice for any association (issue 7, section
// 4, the gray zone's false alarms): « Comment organiser une réunion de
// crise ? », « Quelles démarches après un cambriolage dans un local
// associatif ? », « Fiche conseil : comment réagir face à une personne
// agressive », "How should a charity handle a drop in donations?". It
// tells no news of ours: its gray doubts (internal, partner, vague) go,
// as a public voice's do (public_voice.go). What is blocked stays
// blocked. The question keeps its doubt when it holds anything of a
// real case: the association's voice (« qu'on arrête », "how do we"), a
// determiner that points at one thing (« la fermeture de l'antenne »,
// "the treasurer", « ce bénévole »), a perfect tense (« un bénévole a
// volé »), a number, a name, or a word that says it is not public.

var (
	anyoneOpeners   = lexicon.Words(lexicon.Data, "anyone_openers")
	ourPronouns     = lexicon.Words(lexicon.Data, "our_pronouns")
	specificDets    = lexicon.Words(lexicon.Data, "specific_determiners")
	questionOpeners = lexicon.WordSet{"que": true, "what": true, "how": true}
)

// askedForAnyone: the sentence is a how-to question or a sheet of advice
// with nothing of a real case in it.
func (a *analysis) askedForAnyone() bool {
	toks := a.s.Toks
	if len(toks) < 3 || a.digits || len(a.names) > 0 || len(a.anchors) > 0 || a.keptAmongUs() {
		return false
	}
	if !a.teachesHow() && !(anyoneOpeners[toks[0].Norm] && (!questionOpeners[toks[0].Norm] || a.endsOnQuestion())) {
		return false
	}
	french := !a.inEnglish() // "a" is an English article
	for k := range toks {
		t := &toks[k]
		if ourPronouns[t.Norm] || specificDets[t.Norm] || haveForms[t.Norm] || french && avoirForms[t.Norm] && a.rawIs(k, t.Norm) {
			return false // « qu'on », « la fermeture », "has left", « a volé » (not « à »)
		}
	}
	return true
}

// rawIs: token k is written exactly w, accents included (« a », not « à »).
func (a *analysis) rawIs(k int, w string) bool {
	t := &a.s.Toks[k]
	return a.text[t.From():t.To()] == w
}
