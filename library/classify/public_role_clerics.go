package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Clerics in office (public_role.go): « le curé, l'imam et le pasteur »
// at an interfaith meeting, « le père X célébrera la messe ». Their title
// is their public role, and the place or rite of worship beside it is
// their office, not anyone's faith.

// clericTitles name a cleric's office. « curé » is not among them: folded,
// it is « cure » (« il sort de cure »), a stay in care.
var clericTitles = lexicon.Words(lexicon.Data, "cleric_titles")

// worshipWords are read as faith by the special rules; beside a cleric in
// apposition to a name they say the cleric's office.
var worshipWords = lexicon.Words(lexicon.Data, "worship_words")

// clericEvents are the public events where clerics speak as such: with
// one of them, « le curé, l'imam et le pasteur » are offices, not three
// persons' faith.
var clericEvents = lexicon.Words(lexicon.Data, "cleric_events")

// clericSpan: a doubt of a role that points at one person (« le curé de
// la paroisse », "the local rabbi") whose role is a cleric's title: the
// tokens of the finding, with the title when it follows.
func (a *analysis) clericSpan(f Finding) (int, int, bool) {
	toks := a.s.Toks
	if f.Verdict != Doubt {
		return 0, 0, false
	}
	i := -1
	for k, t := range toks {
		if t.From() == f.Start {
			i = k
		}
		if i >= 0 && t.From() >= f.Start && (t.To() <= f.End || k > 0 && toks[k-1].To() == f.End) && clericTitles[t.Norm] {
			return i, k + 1, true
		}
		if t.From() > f.End {
			break
		}
	}
	return 0, 0, false
}

// clericNamed: a cleric's title or honorific stands in the sentence.
func (a *analysis) clericNamed() bool {
	for k, t := range a.s.Toks {
		if clericTitles[t.Norm] || a.clericHonorific(k) {
			return true
		}
	}
	return false
}

// clericHonorifics stand before a cleric's name (« Mgr », « le Père »,
// "Revd"); in a sentence about worship they name the office.
var clericHonorifics = lexicon.Words(lexicon.Data, "cleric_honorifics")

// clericHonorific: token k is a cleric's honorific before a name, in a
// sentence where the cleric leads worship (« le père X célébrera la
// messe »), not a father (« le père de Lucas ») nor a man who attends
// (« le père Jean va à la messe »).
func (a *analysis) clericHonorific(k int) bool {
	toks := a.s.Toks
	return clericHonorifics[toks[k].Norm] && k+1 < len(toks) && toks[k+1].Has(text.Cap) && toks[k+1].Sep == 0 &&
		a.anyWordIn(worshipWords) && a.anyWordIn(celebrantVerbs)
}

// clericLeadsWorship: the sentence says a rite and a verb of leading it
// (« l'évêque présidera la messe », "the vicar will lead the service"):
// a cleric at worship is at work, as at an interfaith meeting. Anyone
// else in the sentence — a person of ours (« notre présidente y
// assiste », "the church our chair attends"), someone's (« pour son
// père ») — may be told at worship: the rite stays theirs.
func (a *analysis) clericLeadsWorship() bool {
	if !a.anyWordIn(celebrantVerbs) || !a.anyWordIn(worshipWords) {
		return false
	}
	toks := a.s.Toks
	for _, an := range a.anchors {
		if !clericTitles[toks[an.k].Norm] && (an.k+1 == len(toks) || !clericTitles[toks[an.k+1].Norm]) {
			return false // the anchor is the cleric's title or its article
		}
	}
	for _, t := range toks {
		if possessives[t.Norm] || ownDets[t.Norm] || ownerWords[t.Norm] {
			return false
		}
	}
	return true
}

// celebrantVerbs say who leads worship.
var celebrantVerbs = lexicon.Words(lexicon.Data, "celebrant_verbs")
