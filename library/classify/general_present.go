package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A special-category topic told in a general present (« La garde à vue
// peut être prolongée à 48 heures », « La grossesse dure environ
// quarante et une semaines », « Le titre de séjour pluriannuel est
// délivré après un premier titre ») says what a measure, a treatment or
// a rite is for anyone, as a leaflet does. It extends generalStatement
// (special.go): the term after a definite article, a word of
// general_present.txt, and nothing that ties the value to someone: the
// value is this one sentence (a person of another sentence would carry
// the fact), no person, pronoun or name anywhere in it, no possessive of
// someone (« sa garde à vue peut durer »), no object pronoun (« la
// chimio peut la fatiguer »), no day that dates an event (« la garde à
// vue de lundi peut… »; « le vendredi » is a habit and stays), no
// word that sets it at one moment or says it goes on (« demain », « ce
// matin », « le 12 mars », « depuis », « encore ») and nothing in our
// voice (« on attend pour avril »: our news).

var (
	generalPresentWords = lexicon.Words(lexicon.Data, "general_present")
	momentWords         = lexicon.Words(lexicon.Data, "moment_words")
	momentNouns         = lexicon.Words(lexicon.Data, "moment_nouns")
)

// atMoment: token k sets the sentence at one moment: a word of
// moment_words.txt, « ce matin », "this week", or a month after a
// number (« le 12 mars »).
func atMoment(toks []text.Token, k int) bool {
	w := toks[k].Norm
	if momentWords[w] {
		return true
	}
	if k > 0 && momentNouns[w] {
		switch toks[k-1].Norm {
		case "ce", "cette", "this":
			return true
		}
	}
	return k > 0 && monthName(w) && toks[k-1].Has(text.Digit) // month_names.go
}

// generalPresent: the special term at sp is a topic stated in the
// general present.
func (a *analysis) generalPresent(sp span) bool {
	if len(a.anchors) > 0 || len(a.names) > 0 || len(a.sdirect) > 0 || !a.wholeValue() || !a.anyWordIn(generalPresentWords) || a.ownVoiceSaid() { // public_voice.go: « on attend », « notre »
		return false
	}
	toks := a.s.Toks
	for k := range toks {
		if personalTies[toks[k].Norm] || toks[k].Is(cPastTime) && !habitDay(toks, k) {
			return false
		}
		if k > 0 && toks[k-1].Is(cModalWords) && toks[k].Is(cDefiniteArticles) {
			return false // « peut la fatiguer »: an object pronoun, someone's
		}
		if atMoment(toks, k) {
			return false // « peut être levée demain », « jusqu'au 12 mars »: one case, someone's
		}
	}
	return true
}

// personalTies are possessives and object pronouns that tie a general
// word to someone (« sa », « lui », "his", "him").
var personalTies = lexicon.Words(lexicon.Data, "personal_ties")

// habitDay: the day at k follows « le », « chaque », "every": a habit
// (« commence le vendredi soir »), not the day something happened.
func habitDay(toks []text.Token, k int) bool {
	if k == 0 {
		return false
	}
	switch toks[k-1].Norm {
	case "le", "chaque", "every", "on":
		return !toks[k].Is(cPastOrNext) && (k+1 >= len(toks) || !toks[k+1].Is(cPastOrNext))
	}
	return false
}
