package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// French speech and chat drop the « ne » of a negation: « il mange
// presque plus depuis l'opération », « elle arrive plus à marcher ». An
// entry of a table written with its « ne » after a verb (« ne mange
// presque plus », « n'arrive plus à marcher ») also matches without it.
// Speech keeps the « ne » of an infinitive (« ne pas diffuser »), and
// without it the words say something else (« une heure sans rien dire »,
// « on va pas parler de politique »): an entry that would start on its
// negation word (infinitiveNegation, note_person.go) has no form without
// « ne ». Without « ne », « plus » may mean "more": a comparison after it
// (comparison_after_plus.txt: « qu'avant », « de légumes », « souvent »)
// takes the match back.

// comparisonAfterPlus make « plus » "more" (data/words/comparison_after_plus.txt).
var comparisonAfterPlus = lexicon.Words(lexicon.Data, "comparison_after_plus")

// spokenForm returns the form without « ne » of an entry of a section
// with flags. A strong section's entries block with no person, and their
// forms without « ne » are everyday talk (« les enfants sont pas au
// courant des horaires », « on peut pas payer par chèque »): they have
// none. An entry that ends on « plus » keeps it only in a weak section,
// read about a person: « les habitants se parlent plus depuis la fête »
// is as often "more" as "no longer".
func spokenForm(entry string, flags termFlags) (string, bool) {
	bare, ok := withoutNe(entry)
	if !ok || flags&strong != 0 || flags&weak == 0 && strings.HasSuffix(bare, " plus") {
		return "", false
	}
	return bare, true
}

// withoutNe returns an entry's form without its leading « ne » or « n' »,
// when a verb stands before the negation word and more than one word is
// left: « ne fume » alone would be « fume », « ne pas diffuser » would be
// « pas diffuser ».
func withoutNe(entry string) (string, bool) {
	rest, ok := strings.CutPrefix(entry, "ne ")
	if !ok {
		rest, ok = strings.CutPrefix(entry, "n'")
	}
	first, _, more := strings.Cut(rest, " ")
	if !ok || !more || infinitiveNegation[first] {
		return "", false
	}
	return rest, true
}

// plusMeansMore: the entry of a table found at toks[i:end] ends on
// « plus », holds no « ne », and a comparison follows it: « ils se parlent
// plus qu'avant ». The cue lists say "more" on purpose (« dépensé plus
// que le budget »): termDict keeps them out.
func plusMeansMore(toks []text.Token, i, end int) bool {
	if toks[end-1].Norm != "plus" || end >= len(toks) || !comparisonAfterPlus[toks[end].Norm] {
		return false
	}
	for _, t := range toks[i:end] {
		if t.Norm == "ne" || t.Norm == "n" {
			return false
		}
	}
	return true
}

// termDict: the dictionary is fed by the tables of termEntries, whose
// entries may have lost their « ne ».
func termDict(d dictID) bool {
	return d == dSpecial || d == dStrategy || d == dGray || d == dQuasi
}
