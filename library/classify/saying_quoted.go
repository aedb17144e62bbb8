package classify

import (
	"strings"
	"unicode"

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
// Karim »). A saying in the first person (« « J'ai appris à lire à 40
// ans » — X », « comme disait X, depuis mon cancer… ») is a testimony,
// not a maxim: the name stays.

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
	if !(a.sayingBefore(i) && a.attributionClosed(j)) && !a.sayingAfter(i, j) && !a.signsQuotation(i, j) &&
		!a.signsAfterQuotation(i, j) && !a.sayingIntroduced(j) {
		return false
	}
	return !a.tiedOrTold() && !a.specialFact() && !a.toldAfterRole(j) && !a.saidOfOneself(i)
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
	_, said := a.sayingUntil(j, 5, ',')
	return said
}

// sayingUntil reads from token j at most n words of saying (a verb of
// saying among fillers: "once said", « disait souvent ») up to a token
// that follows the separator end; it returns that token and whether a
// verb of saying came before it, or -1 and false.
func (a *analysis) sayingUntil(j, n int, end byte) (int, bool) {
	toks := a.s.Toks
	said := false
	for k := j; k < min(len(toks), j+n); k++ {
		if k > j && toks[k].Sep == end {
			return k, said
		}
		if toks[k].Sep != 0 {
			return -1, false
		}
		switch w := toks[k].Norm; {
		case sayingVerbs[w]:
			said = true
		case !sayingFillers[w]:
			return -1, false
		}
	}
	return -1, false
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

// signsAfterQuotation: the name signs the quotation right before it and
// ends the sentence, after a dash or in brackets (« « La culture, c'est
// ce qui demeure… » — Édouard Herriot », « « … » (Gioconda Belli). »,
// ""…," Kate Nash said."), a verb of saying at most between.
func (a *analysis) signsAfterQuotation(i, j int) bool {
	toks := a.s.Toks
	if j < len(toks) && !(sayingVerbs[toks[j].Norm] && j+1 == len(toks)) {
		return false
	}
	from := toks[i].From()
	start := max(0, from-8) // the quotation may have ended the sentence before
	if i > 0 {
		start = toks[i-1].To()
	}
	gap := strings.TrimRight(a.text[start:from], " \t(—–-,.")
	return strings.HasSuffix(gap, "»") || strings.HasSuffix(gap, "”") || strings.HasSuffix(gap, "\"")
}

// sayingIntroduced: a verb of saying follows the name, then a colon and a
// quotation (« Paul Bocuse disait : « La cuisine, c'est… » », "Maya
// Angelou once wrote: "…"").
func (a *analysis) sayingIntroduced(j int) bool {
	k, said := a.sayingUntil(j, 4, ':')
	return said && a.quoteOpensAt(k)
}

// quoteOpensAt: a quotation mark opens right after the colon before token k.
func (a *analysis) quoteOpensAt(k int) bool {
	gap := strings.TrimSpace(a.text[a.s.Toks[k-1].To():a.s.Toks[k].From()])
	return strings.HasSuffix(gap, "«") || strings.HasSuffix(gap, "“") || strings.HasSuffix(gap, "\"")
}

// firstPersonWords speak of the one who talks (« je », « mon », "my").
var firstPersonWords = lexicon.WordSet{"je": true, "j": true, "me": true, "m": true, "moi": true, "mon": true,
	"ma": true, "mes": true, "i": true, "my": true, "mine": true, "myself": true}

// saidOfOneself: the sentence, or the quotation that a name at its start
// signs, speaks in the first person singular.
func (a *analysis) saidOfOneself(i int) bool {
	if a.anyWordIn(firstPersonWords) {
		return true
	}
	if i > 0 {
		return false
	}
	before := a.text[:a.s.Toks[0].From()]
	open := strings.LastIndexAny(before, "«“\"")
	if open < 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(before[open:]), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		if firstPersonWords[w] {
			return true
		}
	}
	return false
}
