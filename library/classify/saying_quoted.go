package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// A full name quoted for a saying — « Comme disait Raymond Devos, se
// coucher tard nuit », « Pour reprendre les mots de Stéphane Hessel :
// indignez-vous ! », « « … », disait Albert Schweitzer », "As Maya
// Angelou said, …", "In the words of Terry Pratchett, …" — is a public
// voice's: whoever is quoted so is quoted for what they published, sang
// or said in public. The famous list (famous_names.go) reads « disait »
// as a cue for its own names only; here the frame itself serves any full
// name, as a name's own frame of the public role (public_role.go
// nameInOwnFrame): the sentence must find nothing else, tie no one, tell
// no private fact.
//
// The frame is narrow, since a member is quoted too (« comme disait notre
// trésorier Jim Hale après son divorce »): the name closes the
// attribution (a comma, a colon or the sentence's end right after it, so
// « comme disait Paul Roy après son AVC, … » is no frame), no civility
// stands before it (« comme disait Mme Lefèvre »), the sentence holds no
// relation nor news (« notre », « depuis »), no special-category fact, and
// no clause told of the person after it (told_after_role.go: « …, qui
// sort de prison », but not the saying's own « il faut »). A first name alone is a member's (« comme disait
// Karim »).

var (
	sayingVerbs = lexicon.Words(lexicon.Data, "saying_verbs") // disait, chantait, citer, said, put
	sayingNouns = lexicon.Words(lexicon.Data, "saying_nouns") // mots, formule, "words"
	// sayingOpeners open an attribution: « comme », « ainsi que »,
	// « pour citer », « selon la formule de », "as", "to quote", "in the
	// words of".
	sayingOpeners = lexicon.WordSet{"comme": true, "que": true, "pour": true, "selon": true, "as": true, "to": true, "in": true}
	// sayingFillers may stand between the opener, the verb and the name
	// (« comme le disait si bien », « comme aimait le dire », "as X once
	// put it", "as X likes to say").
	sayingFillers = lexicon.WordSet{"le": true, "l": true, "a": true, "si": true, "bien": true, "souvent": true,
		"aimait": true, "aime": true, "justement": true, "les": true, "la": true, "once": true, "famously": true,
		"so": true, "aptly": true, "always": true, "liked": true, "likes": true, "used": true, "to": true, "it": true,
		"the": true, "de": true, "d": true, "of": true}
)

// sayingQuoted: the full name at [i, j) is the one a saying is quoted
// from, and nothing in the sentence says it is a person of today.
func (a *analysis) sayingQuoted(i, j int) bool {
	toks := a.s.Toks
	if j-i < 2 || toks[i].Is(cCivility) || len(a.sdirect) > 0 {
		return false
	}
	if !(a.sayingBefore(i) && a.attributionClosed(j)) && !a.sayingAfter(i, j) && !a.signsQuotation(i, j) {
		return false
	}
	return !a.tiedOrTold() && !a.specialFact() && !a.toldAfterRole(j)
}

// sayingBefore: a verb or a noun of saying stands before the name at i,
// after an opener that starts a clause, with only fillers between
// (« Comme le chantait X », « Pour citer X », « Pour reprendre les mots
// de X », "In the words of X").
func (a *analysis) sayingBefore(i int) bool {
	toks := a.s.Toks
	said := false
	for k := i - 1; k >= max(0, i-6); k-- {
		n := toks[k].Norm
		switch {
		case sayingVerbs[n], sayingNouns[n] && k == i-2:
			said = true
		case said && sayingOpeners[n] && (k == 0 || isClauseSep(toks[k].Sep) || n == "que" && toks[k-1].Norm == "ainsi"):
			return true
		case sayingFillers[n] || sayingOpeners[n]:
		default:
			return false
		}
		if k < i-1 && isClauseSep(toks[k+1].Sep) {
			return false
		}
	}
	return false
}

// attributionClosed: the name ends its attribution: a comma or a colon
// follows it, or the sentence ends.
func (a *analysis) attributionClosed(j int) bool {
	toks := a.s.Toks
	return j == len(toks) || toks[j].Sep == ',' || toks[j].Sep == ':'
}

// sayingAfter: in English, the name follows "as" at a clause's start and a
// verb of saying follows it, then a comma (« As Maya Angelou said, … »,
// "As Desmond Tutu put it, …").
func (a *analysis) sayingAfter(i, j int) bool {
	toks := a.s.Toks
	if i < 1 || toks[i-1].Norm != "as" || i-1 > 0 && !isClauseSep(toks[i-1].Sep) {
		return false
	}
	said := false
	for k := j; k < min(len(toks), j+5); k++ {
		if k > j && toks[k].Sep == ',' {
			return said
		}
		if toks[k].Sep != 0 {
			return false
		}
		switch n := toks[k].Norm; {
		case sayingVerbs[n]:
			said = true
		case !sayingFillers[n]:
			return false
		}
	}
	return false
}

// signsQuotation: the name ends the sentence right after a verb of
// saying that follows a closing quotation mark (« « Le bonheur… », disait
// Albert Schweitzer. »).
func (a *analysis) signsQuotation(i, j int) bool {
	toks := a.s.Toks
	if j != len(toks) || i < 1 || !sayingVerbs[toks[i-1].Norm] || i-1 == 0 {
		return false
	}
	before := strings.TrimRight(a.text[:toks[i-1].From()], " \t,")
	return strings.HasSuffix(before, "»") || strings.HasSuffix(before, "”") || strings.HasSuffix(before, "\"")
}
