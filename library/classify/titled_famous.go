package classify

import "tamis/library/classify/text"

// A title before a name of the famous list (« l'abbé Pierre », « le
// général de Gaulle ») names a public figure, not the one holder of a role
// in the association: the single-role doubt is for « la trésorière »
// alone. The list holds the title with the name where the title is part
// of how the person is known ("abbe pierre", "general de gaulle").

// titledFamous: the person anchored at k is a role noun, at k or right
// after its determiner, followed by a capitalised name that the famous
// list holds with the title or alone.
func (a *analysis) titledFamous(k int) bool {
	toks := a.s.Toks
	r := k
	if !toks[r].Is(cRole) {
		r++
	}
	if r >= len(toks) || !toks[r].Is(cRole) {
		return false
	}
	for j := r + 2; j <= min(len(toks), r+4); j++ {
		if !toks[j-1].Has(text.Cap) && !isParticle(toks[j-1].Norm) {
			return false
		}
		if !toks[j-1].Has(text.Cap) {
			continue // « le général de Gaulle »: the particle is not the end
		}
		var buf [128]byte
		if famousLists().names[string(famousKey(buf[:0], toks, r, j))] ||
			famousLists().names[string(famousKey(buf[:0], toks, r+1, j))] && j > r+2 {
			return true
		}
	}
	return false
}
