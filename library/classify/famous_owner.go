package classify

import (
	"slices"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A public figure's special fact, as history or their own public words
// tell it — « Beethoven est devenu sourd », « Stephen Hawking, atteint de
// la maladie de Charcot », "Stephen Fry talks openly about his bipolar
// disorder" — is no fact about someone of the association: the name was
// read as a famous one (famous_names.go famousName, with its guards: a
// civility, a tie to the association, news, a verb of now keep a
// namesake a person), it stands before the fact, and every person word
// of the sentence is a pronoun or a third person's possessive that points
// back at it. « Beethoven était sourd, comme notre trésorier » has
// another person: the fact is judged as before.

// famousOwner: the special fact at sp is the famous person's: the last
// famous name before it, in a sentence that tells public life (a work,
// a statement, history: publicLifeTold) or no part in our activities
// (ourActivityVerbs), with nothing else that could own it: no other
// capitalised word a rule took nor a person's noun before the fact, no
// word of ours or of the writer's, no copula of now after the name
// ("Tom Baker, who is back from rehab", « Feydeau, séropositif, est à la
// rue » are namesakes' news; « est morte », a copula before a word of
// history, is history), and every person anchor after the name a
// pronoun or a third person's possessive, read as the name's.
func (a *analysis) famousOwner(sp span) bool {
	if len(a.famous) == 0 || len(a.names) > 0 {
		return false
	}
	f, ok := span{}, false
	for _, g := range a.famous {
		if g.j <= sp.i {
			f, ok = g, true
		}
	}
	if !ok {
		return false
	}
	toks := a.s.Toks
	if !a.publicLifeTold(f) && a.anyWordIn(ourActivityVerbs) {
		return false // « Beethoven, sourd, participe à la chorale »: a namesake among us, no public life told
	}
	for k := range toks {
		if ownDets[toks[k].Norm] || possessives[toks[k].Norm] || writerOwns[toks[k].Norm] || usWords[toks[k].Norm] {
			return false // "Our hero of the week is Sam Elliott, who … his stroke": one of ours
		}
	}
	for k := 0; k < f.i; k++ {
		if toks[k].IsAny(cPerson, cRole) {
			return false // "Night log: resident in room 4 refused his meds": the resident's
		}
	}
	lists := famousLists()
	for k := f.j; k < len(toks); k++ {
		if k < sp.i && (toks[k].Has(text.Cap) && a.consumed[k] || toks[k].IsAny(cPerson, cRole)) {
			return false
		}
		if lists.copulas[toks[k].Norm] && !(k+1 < len(toks) && lists.history[toks[k+1].Norm]) {
			return false // "…, who is back from rehab", « Feydeau, séropositif, cherche un logement »: now, not history (« est morte » is)
		}
	}
	for _, an := range a.anchors {
		if an.k < f.j || an.kind != anchorPronoun && !thirdPossessives[toks[an.k].Norm] {
			return false
		}
	}
	return true
}

// famousNamesake returns the famous name before the special fact at sp
// when the sentence places it among us with no public life told
// (« Stephen Fry, bipolaire, vient à la permanence du mardi », « Marie
// Curie, atteinte d'une leucémie, participe à notre atelier tricot »): a
// member bearing a famous name, who owns the fact as a name does.
func (a *analysis) famousNamesake(sp span) (int, bool) {
	for _, f := range slices.Backward(a.famous) {
		if f.j > sp.i {
			continue
		}
		if sp.i-f.j > maxNamesakeGap {
			return 0, false // « La devise de Coubertin « … » sera sur nos tee-shirts, trouve une police »: far from the name
		}
		if a.publicLifeTold(f) || !a.anyWordIn(ourActivityVerbs) && !a.anyWordIn(usWords) {
			return 0, false
		}
		return f.i, true
	}
	return 0, false
}

// maxNamesakeGap is the most words between a famous name and the fact
// it owns as a namesake: an apposition or a relative clause (« Nelson
// Mandela, qui a passé 27 ans en prison »).
const maxNamesakeGap = 6

// ourActivityVerbs say someone takes part in the association's life now
// (« participe à la chorale », « a besoin d'un accueil adapté », « attend
// une place »): data/words/our_activity_verbs.txt.
var ourActivityVerbs = lexicon.Words(lexicon.Data, "our_activity_verbs")

// publicLifeTold: the sentence tells a public life: a word of works or
// statements (famous_context.txt: « a composé », « documentaire »,
// « prix Nobel »), the dates of a life, a year of history, or a work
// before the name. An event of ours (« le repas de Noël ») is none.
func (a *analysis) publicLifeTold(f span) bool {
	return a.anyWordIn(famousLists().context) || a.lifeDates(f.j) || a.historicYear() || a.workTitleBefore(f.i) || a.memo&memoHistoric != 0
}

// usWords are the association's voice (data/words/us_words.txt).
var usWords = lexicon.Words(lexicon.Data, "us_words")
