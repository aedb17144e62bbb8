package classify

import "tamis/library/classify/text"

// A life story told without its subject: « Arrivée à Lyon à 12 ans,
// devenue infirmière puis cadre de santé », "Born in Kingston in 1961,
// drove buses for thirty years". The sentence opens on a participle or a
// former role (data/words/life_story_openers.txt) whose person is left
// out, so no anchor holds it; with two quasi-identifiers, one of them
// about the person (an age, a job, a career step, a family situation, an
// arrival), it points at one person as surely as a named one.

// lifeStoryAlone reports whether the sentence, without any anchor, is one
// person's life story; it then returns where the story's clues start.
func (a *analysis) lifeStoryAlone() (at int, ok bool) {
	if len(a.s.Toks) < 4 {
		return 0, false
	}
	if !a.s.Toks[0].Is(cLifeOpener) && !(a.cardOpener() && a.cardLife()) { // described_card.go
		return 0, false
	}
	score, at := a.quasiScore()
	if score < 2 || !a.personClue() {
		return 0, false
	}
	return at, true
}

// personClue: among the quasi-identifiers, one that tells about a person
// rather than a place ("à Lyon" alone is where a building stands too).
func (a *analysis) personClue() bool {
	if a.quasiOfKind("age", "job", "career", "family", "arrival") { // quasi_kinds.go
		return true
	}
	for i, t := range a.s.Toks {
		if i+1 < len(a.s.Toks) && t.Has(text.Digit) && isAgeUnit(a.s.Toks[i+1].Norm) || a.cardAge(i) || a.formerTrade(i) {
			return true
		}
	}
	return false
}
