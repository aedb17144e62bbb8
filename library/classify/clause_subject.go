package classify

// A special word after an event or a service word is the event's theme
// (« atelier diabète », "support group for HIV") unless a person of its
// own stands between them, the subject of another clause: « une pensée
// pour Gisèle, qui ne pourra pas venir aux ateliers tant qu'elle sera en
// soins palliatifs », "Linda told the support group that her daughter
// tested positive". The fact is then that person's, not the public's.

// subjectBetween: a name, a personal pronoun, the writer, or a person
// introduced by a possessive (« sa fille », "her daughter") stands in
// tokens [from, to).
func (a *analysis) subjectBetween(from, to int) bool {
	for _, an := range a.anchors {
		if an.k < from || an.k >= to {
			continue
		}
		switch an.kind {
		case anchorName, anchorPronoun, anchorSelf:
			return true
		case anchorPerson:
			if personPossessives[a.s.Toks[an.k].Norm] {
				return true
			}
		}
	}
	return false
}
