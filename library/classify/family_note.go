package classify

import "tamis/library/classify/lexicon"

// A note on a family names its members by a bare plural kin word, with
// no article: « Parents alcooliques, enfants placés », « Famille suivie :
// parents sous curatelle ». They are that family's members, as « Mère
// diabétique » is one mother, and their plural fact is theirs. A heading
// (« Enfants autistes : atelier le mercredi »), a question, a welcome
// (« Enfants handicapés bienvenus »), or a public
// after a preposition or an article (« Atelier pour parents musulmans »,
// « les parents d'élèves ») is no such note.

var (
	familyNoteKin = lexicon.Words(lexicon.Data, "family_note_kin")
	publicWelcome = lexicon.Words(lexicon.Data, "public_welcome")
)

// bareFamilyNote: the plural kin word at i opens the sentence or a
// clause, bare, and a special-category term follows it, past a few
// adverbs (« Parents très alcooliques », « Parents tous deux
// alcooliques »); no colon right after the term (a heading), no welcome
// right after it (« Enfants handicapés bienvenus »), no question.
func (a *analysis) bareFamilyNote(i int) bool {
	toks := a.s.Toks
	start := i
	if i > 0 && toks[i].Sep == '-' && !toks[i].Spaced && toks[i-1].Norm == "grands" {
		start = i - 1 // « grands-parents »
	}
	if start > 0 && !isClauseSep(toks[start].Sep) || a.endsOnQuestion() {
		return false
	}
	n := i + 1
	for n < len(toks) && n <= i+3 && attributeAdverbs[toks[n].Norm] && !isClauseSep(toks[n].Sep) {
		n++
	}
	if n >= len(toks) || isClauseSep(toks[n].Sep) || !a.termAt(n) {
		return false
	}
	end, _ := a.at(dSpecial, n)
	if end < len(toks) && (toks[end].Sep == ':' || publicWelcome[toks[end].Norm] || toks[end].Is(cOpenInvitation)) {
		return false
	}
	return true
}
