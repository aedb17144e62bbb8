package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// A programme, a poster or a caption credits people with their public
// part of a work (issue 7, section 4): « Mise en scène : Camille Ferrand »,
// "Conductor: Margaret Ellison", « Crédits photo : © Nathalie Bercot ».
// The name is signed on the work, as an author's is (work_author.go): it
// passes, unless the sentence gives contact details, ties the person to
// the association or to someone (« notre bénévole »), tells news, or
// holds a special-category word or a private fact, so that a fact about the person is still
// judged with the name.

var creditLabels = lexicon.Words(lexicon.Data, "credit_labels")

// creditedName: the name at [i, j) follows a credit label and its colon,
// its « de », "by", or a copyright sign, and nothing in the sentence
// keeps it a person.
func (a *analysis) creditedName(i, j int) bool {
	if i == 0 || !a.creditBefore(i) {
		return false
	}
	// a private fact in plain words (public_role.go privateSaid: « qui doit
	// encore sa cotisation », "owes") is said of the person credited
	return len(a.sdirect) == 0 && a.dictHits&(1<<dSpecial) == 0 && !a.tiedOrTold() && !a.famousNow(j) && !a.privateSaid()
}

// creditBefore: a copyright sign right before token i, or a credit label
// in the three words before its colon or its « de », "by".
func (a *analysis) creditBefore(i int) bool {
	toks := a.s.Toks
	if strings.Contains(a.text[toks[i-1].End:toks[i].Start], "©") {
		return true
	}
	k := i - 1
	switch {
	case toks[i].Sep == ':':
	case toks[k].Norm == "de" || toks[k].Norm == "d" || toks[k].Norm == "by" || toks[k].Norm == "par":
		k--
	default:
		return false
	}
	for n := k; n >= 0 && n > k-3; n-- {
		if creditLabels[toks[n].Norm] {
			return true
		}
		if n < k && isClauseSep(toks[n+1].Sep) {
			return false
		}
	}
	return false
}
