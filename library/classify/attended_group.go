package classify

import "tamis/library/classify/lexicon"

// A group, a class or a meeting named by its theme (« groupe de parole
// VIH », "HIV support group", « atelier diabète ») tells no one's fact
// when it is announced (genericBefore, genericAfter, venueBefore in
// special.go). A person who goes to it is another matter: « Un de nos
// bénévoles va au groupe de parole VIH le mardi », "Our treasurer
// attends the HIV support group", « Notre trésorier fréquente le groupe
// des Alcooliques anonymes » tell that person's health.

// attendanceVerbs go to a group (data/words/attendance_verbs.txt).
var attendanceVerbs = lexicon.Words(lexicon.Data, "attendance_verbs")

// attendedBy: the anchor an, before the term at sp, is the subject of a
// verb of attendance in the same clause, before the term.
func (a *analysis) attendedBy(sp span, an anchor) bool {
	toks := a.s.Toks
	if an.k >= sp.i || an.kind == anchorSelf && !writerOwns[toks[an.k].Norm] && toks[an.k].Norm != "je" && toks[an.k].Norm != "j" && toks[an.k].Norm != "i" {
		return false
	}
	for k := an.k + 1; k < sp.i; k++ {
		if isClauseSep(toks[k].Sep) {
			return false
		}
		if attendanceVerbs[toks[k].Norm] {
			return true
		}
	}
	return false
}
