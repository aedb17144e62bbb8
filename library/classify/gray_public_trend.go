package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

var (
	trendPeople = lexicon.Words(lexicon.Data, "trend_people")       // besides the classes of the public and of persons
	notObserved = lexicon.Words(lexicon.Data, "trend_not_observed") // « pourront », "can", "need": an offer or an appeal
)

// A trend the association sees in its public (issue 7, section 4, the
// gray zone: an aggregated statistic): « La maraude croise davantage de
// mineurs isolés depuis octobre », « Moins de parents viennent le
// mercredi depuis septembre », "Fewer and fewer parents stay for the
// Saturday coffee", "Not enough volunteers have been coming to the
// clean-ups". A change in how many people come, in a period seen from
// inside, is a statistic about its public before it is published: a
// doubt. An appeal for more hands (« nous recherchons plus de
// bénévoles »), a sentence that speaks to its public, cites a source or
// says it is published, and a general fact (« depuis dix ans en
// France ») pass.

// findPublicTrend reports a change in how many people come, seen in a
// period of the association's own.
func (a *analysis) findPublicTrend() {
	ps := a.sentencePending()
	if !ps.has(pendGrowing) && !(ps.has(pendMoreOrFewer) && (ps.has(pendThisPeriod) || a.ongoing())) || a.has(cRecruitWords) || a.has(cSourceWord) ||
		a.addressesPublic() || a.isPublishedNow() || a.startsGeneric() {
		return
	}
	if a.anyWordIn(notObserved) {
		return
	}
	for _, h := range a.hits {
		if h.dict == dPending && (h.val == int(pendMoreOrFewer) || h.val == int(pendGrowing)) && a.peopleAfter(h.j) {
			a.add(ruleAggregate, h.i, h.j)
			return
		}
	}
}

// peopleAfter: a word of people within three tokens from k, before any
// number (« plus de 200 enfants » is a count, read elsewhere).
func (a *analysis) peopleAfter(k int) bool {
	toks := a.s.Toks
	for i := k; i < min(len(toks), k+3); i++ {
		if toks[i].Has(text.Digit) {
			return false
		}
		if toks[i].IsAny(cPopulation, cOwnPeople, cPerson) || trendPeople[toks[i].Norm] {
			return true
		}
	}
	return false
}

// ongoing: "have been" or "has been" before a verb in -ing ("donors have
// been turning up"): the English aspect of what goes on lately.
func (a *analysis) ongoing() bool {
	toks := a.s.Toks
	for i := 0; i+2 < len(toks); i++ {
		if (toks[i].Norm == "have" || toks[i].Norm == "has") && toks[i+1].Norm == "been" && strings.HasSuffix(toks[i+2].Norm, "ing") {
			return true
		}
	}
	return false
}
