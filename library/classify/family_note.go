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
// clause, bare, and a special-category term follows it right away,
// in a sentence with no colon after it, no question and no welcome
// (« Enfants handicapés bienvenus »).
func (a *analysis) bareFamilyNote(i int) bool {
	toks := a.s.Toks
	start := i
	if i > 0 && toks[i].Sep == '-' && !toks[i].Spaced && toks[i-1].Norm == "grands" {
		start = i - 1 // « grands-parents »
	}
	if start > 0 && !isClauseSep(toks[start].Sep) || a.endsOnQuestion() {
		return false
	}
	term := false
	for n := i + 1; n < len(toks); n++ {
		if toks[n].Sep == ':' || publicWelcome[toks[n].Norm] || toks[n].Is(cOpenInvitation) {
			return false
		}
		term = term || n == i+1 && a.termAt(n)
	}
	return term
}
