package classify

import (
	"strings"

	"tamis/library/classify/text"
)

// What keeps a famous name a person of the association (famous_names.go):
// a civility, contact details, a relation beside the name, news, a verb of
// now or soon after it.

// famousGuarded: something in the sentence says the famous name is a
// person of today (see the data files famous_*.txt).
func (a *analysis) famousGuarded(i, j int) bool {
	toks := a.s.Toks
	if toks[i].Is(cCivility) || len(a.sdirect) > 0 || a.addressedName(i, j) {
		return true // « Madame Curie (06 12 34 56 78) », « Victor Hugo, 7 impasse des Roses »
	}
	if i > 0 && toks[i-1].IsAny(cCivility, cSurnameCtx, cNameCtx, cNameLabels) && !a.andAfterFamous(i) &&
		!a.authorBeforeWork(i, j) && !castAfterTitle(toks, i) { // author_before_work.go
		return true // « M. Mozart », « Contact : Raman », « relancer Rimbaud »; not "a Mandela quote"
	}
	return a.performedBy(i) || a.tiedOrNew(i, j) || a.apposedAge(j) && !a.historicYear() // « Guy Môquet, 17 ans, exécuté en 1941 »
}

// apposedAge: an age or a youth category in apposition right after the
// name (« Victor Hugo, 9 ans, a lu son poème », "Serena Williams, 11, won
// the club cup", « Kylian Mbappé (U11) »): how
// a note introduces a child or a member, not a public figure; a public
// figure's age is told with a verb (« mort à 83 ans »).
func (a *analysis) apposedAge(j int) bool {
	toks := a.s.Toks
	if j >= len(toks) || toks[j].Sep != ',' && toks[j].Sep != '(' {
		return false
	}
	if n := toks[j].Norm; !(isDigits(n) && len(n) <= 2) && !youthCategory(n) {
		return false // an age, not a year: « (Armand Marquiset, 1946) »
	}
	k := j + 1
	if k < len(toks) && toks[k].Sep == 0 && (toks[k].Norm == "ans" || toks[k].Norm == "an") {
		k++
	}
	return k == len(toks) || toks[k].Sep == ',' || toks[k].Sep == ')'
}

// performedBy: the name follows a word of who performs or hosts and its
// link (« solo de … », « animé par … », "hosted by").
func (a *analysis) performedBy(i int) bool {
	toks := a.s.Toks
	return i > 1 && authorLinks[toks[i-1].Norm] && famousLists().performers[toks[i-2].Norm]
}

// tiedOrNew: a word near the name at [i, j) ties it to the association or
// to someone, the sentence tells news, or a verb of now follows the name.
func (a *analysis) tiedOrNew(i, j int) bool {
	toks := a.s.Toks
	fl := famousLists()
	for k := max(0, i-3); k < min(len(toks), j+4); k++ { // « notre bénévole X », « X, notre trésorier »
		if (k < i || k >= j) && fl.relations[toks[k].Norm] && !a.quotedAt(k) {
			return true // « notre bénévole Paul Verlaine », « la maman de … »
		}
	}
	return a.tellsNews() || a.famousNow(j) || a.famousNowAfterGroup(j) // « … a été arrêtée hier soir »; famous_group.go
}

// tellsNews: a word of the sentence tells news (« hier », « depuis »).
func (a *analysis) tellsNews() bool { return a.anyWordIn(famousLists().news) }

// tiedOrTold: a word of the sentence ties a name to someone (« notre »,
// « son fils ») or tells news of it (« hier »): a public role then says
// nothing of whether the person is public.
func (a *analysis) tiedOrTold() bool {
	return a.anyWordIn(famousLists().relations) || a.tellsNews()
}

// quotedAt: token k is inside a quoted statement (« Notre maison brûle et
// nous regardons ailleurs », "our house"): its words are someone's
// statement, not the writer's. A short quoted phrase (« son ami ») is a
// hint the writer gives, and counts.
func (a *analysis) quotedAt(k int) bool {
	sent := a.text[a.s.Toks[0].Start:] // the closing mark may follow the last word
	at := a.s.Toks[k].From() - a.s.Toks[0].From()
	open := strings.LastIndexAny(sent[:at], "«“\"")
	if open < 0 {
		return false
	}
	closeAt := strings.IndexAny(sent[at:], "»”\"")
	if closeAt < 0 {
		return false
	}
	quoted := sent[open : at+closeAt]
	return strings.Count(quoted, " ") >= 4 && strings.Count(sent[:open], "\"")%2 == 0
}

// famousNow: a verb right after the name that tells what someone is or
// does now or soon (« est enceinte », « a été hospitalisé », « viendra
// samedi », "is on sick leave"), unless it tells a birth or a death.
func (a *analysis) famousNow(j int) bool {
	toks := a.s.Toks
	fl := famousLists()
	if j >= len(toks) {
		return false
	}
	v := toks[j].Norm
	next := ""
	if j+1 < len(toks) {
		next = toks[j+1].Norm
	}
	if a.roleAfterCopula(j) {
		return false // « Angela Merkel a été chancelière », "was Prime Minister": an office, not news
	}
	if v == "a" || v == "has" {
		return next == "ete" || next == "been"
	}
	return fl.copulas[v] && !fl.history[next]
}

// castAfterTitle: the name at i follows « avec », "with" right after a
// quoted title (« « Intouchables » avec Omar Sy », "'Paddington' with
// Hugh Bonneville"): the cast of a work, not someone met.
func castAfterTitle(toks []text.Token, i int) bool {
	if i < 2 || !characterActorLinks[toks[i-1].Norm] || !toks[i-1].Has(text.Quoted) {
		return false
	}
	return toks[i-2].Has(text.Cap) || toks[i-2].Has(text.Digit)
}

// roleAfterCopula: a copula at j, then a public role (« a été
// chancelière », « est ministre de la Culture », "was the Prime
// Minister"): what the name's office is or was.
func (a *analysis) roleAfterCopula(j int) bool {
	toks := a.s.Toks
	k := j
	switch {
	case k+1 < len(toks) && (toks[k].Norm == "a" || toks[k].Norm == "has") && (toks[k+1].Norm == "ete" || toks[k+1].Norm == "been"):
		k += 2
	case k < len(toks) && famousLists().copulas[toks[k].Norm]:
		k++
	default:
		return false
	}
	if k < len(toks) && (articles[toks[k].Norm] || isIndefinite(toks[k].Norm)) {
		k++
	}
	return k < len(toks) && a.rolePhraseAt(k) > 0
}

// youthCategory: a sports club's age group, « U11 », "u16".
func youthCategory(norm string) bool {
	return len(norm) >= 2 && len(norm) <= 3 && norm[0] == 'u' && isDigits(norm[1:])
}
