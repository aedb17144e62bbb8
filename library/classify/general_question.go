package classify

import (
	"strings"
	"unicode"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// « Quelles sont les étapes d'une rupture conventionnelle ? », "How
// should a small charity negotiate a lease?", « Explique la différence
// entre un bilan et un compte de résultat »: a question about how things
// are done or what a notion is, asked for anyone. The confidential
// matter's word (a negotiation, a merger, a dismissal) is its topic: no
// matter of ours is told. The association's voice (« notre », « on »,
// "we"), the writer's, a name, someone pointed at, an amount, a date, an
// organisation named (« l'association Horizons Partagés ») or a fact
// told in a clause (« … que la subvention ne sera pas renouvelée ? »,
// "… that a youth worker has been suspended?") make it a question about
// our own case, which stays blocked.

// explainWords open a request to explain a notion.
var explainWords = lexicon.Words(lexicon.Data, "explain_words")

// thirdPersonWords point at someone already in mind (« ses migraines »,
// « la laisser », "his meds").
var thirdPersonWords = lexicon.Words(lexicon.Data, "third_person_words")

// aboutNoOne: the sentence is the whole value, no word of it points at
// someone in mind, describes someone (relativeWords) or singles one out
// (« la seule », "the only"), no initials stand in it, and it gives no
// age and no moment (« la semaine prochaine », « mercredi »): a
// special-category word in a general question is then a notion.
func (a *analysis) aboutNoOne() bool {
	if a.ageGiven() || a.tellsNews() || a.has(cPastOrNext) || a.anyWordIn(dayWords) {
		return false // « un enfant de 8 ans », « sort de prison la semaine prochaine »: someone's case
	}
	for k := range a.s.Toks {
		t := &a.s.Toks[k]
		if thirdPersonWords[t.Norm] || relativeWords[t.Norm] || t.Is(cUniqueWords) || t.Has(text.Cap) && k > 0 && a.shortNameOrInitials(k) {
			return false // « ses migraines », « un parrain qui est en prison », "the only paid worker", « FM »
		}
	}
	return !hasLetter(a.text[:a.s.Start]) && !hasLetter(a.text[a.s.End:]) // a second sentence may say who: « … ? Elle pleure tous les matins. »
}

// hasLetter: s holds a letter.
func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// relativeWords open a clause that describes someone (« un parrain qui
// est en prison »): a special fact said of one person, even an indefinite
// one, is no question of notions.
var relativeWords = lexicon.Words(lexicon.Data, "relative_words")

// ourCaseWords are the association's and the writer's own voice.
var ourCaseWords = lexicon.Words(lexicon.Data, "our_case_words")

// namedOrganisation: a word that starts an organisation's name
// (« association », « collectif ») is followed by a capitalised name.
func (a *analysis) namedOrganisation() bool {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Is(cOrgHeadWords) && !toks[k].Has(text.Cap) && toks[k+1].Has(text.Cap) {
			return true
		}
	}
	return false
}

// generalQuestion: the sentence opens with a question word and asks, or
// opens with a request to explain, and holds no voice of ours, no name,
// no one pointed at (an indefinite « un salarié » is anyone), no amount,
// no date or moment, no organisation named and no clause opened by
// « que » or "that".
func (a *analysis) generalQuestion() bool {
	toks := a.s.Toks
	if len(toks) == 0 || !explainWords[toks[0].Norm] && (!interrogatives[toks[0].Norm] || !a.endsOnQuestion()) {
		return false // « Quand FM a ses migraines, … »: « quand » asks nothing here; the first word first: it is one look-up
	}
	if len(a.names) > 0 || a.hasMoney() {
		return false
	}
	if a.anyWordIn(dayWords) || a.has(cPastOrNext) || a.tellsNews() || a.namedOrganisation() {
		return false // « … avant la signature avec l'association Horizons Partagés prévue le 14 juin ? »: our case
	}
	for k := range toks {
		if ourCaseWords[toks[k].Norm] {
			return false
		}
		if k >= 2 && (toks[k].Norm == "que" || toks[k].Norm == "qu" || toks[k].Norm == "that") {
			return false // « Comment annoncer aux bénévoles que la subvention ne sera pas renouvelée ? » tells a fact
		}
	}
	for _, an := range a.anchors {
		if !isIndefinite(toks[an.k].Norm) {
			return false
		}
	}
	return true
}
