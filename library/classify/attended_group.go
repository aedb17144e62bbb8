package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A group, a class or a meeting named by its theme (« groupe de parole
// VIH », "HIV support group", « atelier diabète ») tells no one's fact
// when it is announced (genericBefore, genericAfter, venueBefore in
// special.go). A person who goes to it is another matter: « Un de nos
// bénévoles va au groupe de parole VIH le mardi », "Our treasurer
// attends the HIV support group", « Notre trésorier fréquente le groupe
// des Alcooliques anonymes », "the lad from the LGBT youth group" tell
// that person's health or life.

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
		if attendanceVerbs[toks[k].Norm] && !(k+1 < len(toks) && livingWith[toks[k+1].Norm]) || presenceAt(toks, k) {
			return true
		}
		if toks[k].Norm == "from" && k <= an.k+2 && !isIndefinite(toks[an.k].Norm) && groupAfter(toks, sp.j) {
			return true // "the lad from the Thursday LGBT youth group": one of its members; not "a nurse from the diabetes clinic"
		}
	}
	return false
}

// livingWith after a verb of living is an illness's idiom (data/words/living_with.txt).
var livingWith = lexicon.Words(lexicon.Data, "living_with")

// presenceLinks after a copula say where someone is (data/words/presence_links.txt).
var presenceLinks = lexicon.Words(lexicon.Data, "presence_links")

// presenceAt: a copula at k followed by a link of place.
func presenceAt(toks []text.Token, k int) bool {
	switch toks[k].Norm {
	case "est", "etait", "sont", "etaient", "is", "was", "are", "were":
		return k+1 < len(toks) && presenceLinks[toks[k+1].Norm]
	}
	return false
}

// groupAfter: a word of a group of members (« groupe », "group",
// "meeting") ends the term's phrase within two words after j: "the LGBT
// youth group", "the AA meeting"; not "the diabetes clinic".
func groupAfter(toks []text.Token, j int) bool {
	for k := j; k < min(len(toks), j+3); k++ {
		if memberGroups[toks[k].Norm] {
			return true
		}
	}
	return false
}

// memberGroups are the words of a group one belongs to (data/words/member_groups.txt).
var memberGroups = lexicon.Words(lexicon.Data, "member_groups")
