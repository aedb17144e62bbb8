package classify

import (
	"slices"
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A special-category word is sensitive only when it is about a person
// (DESIGN.md: "Mme X est diabétique" is sensitive, "atelier de prévention
// du diabète ouvert à tous" is public). An anchor is what makes a sentence
// about a person: a name, a direct identifier, a singular person ("une
// bénévole", "sa mère", "un de nos bénéficiaires"), a singular personal
// pronoun, or the writer speaking of themself ("je suis diabétique").

type anchorKind uint8

const (
	anchorName    anchorKind = iota + 1 // a name or a direct identifier
	anchorPerson                        // determiner + singular person noun
	anchorPronoun                       // elle, il (not impersonal), she, he
	anchorSelf                          // je, I, my
)

type anchor struct {
	k     int // token index
	kind  anchorKind
	role  bool // the person is designated by a single role ("la trésorière")
	share bool // a share of a population (« un adulte sur cinq »): its special-category fact is a statistic's
	few   bool // a few counted out of a group (« deux des mamans », "one of the two caretakers"): a plural fact is theirs
}

// anchorWindow bounds how far (in tokens) a fact may be from its person.
const anchorWindow = 30

func (a *analysis) findAnchors() {
	for _, n := range a.names {
		a.anchors = append(a.anchors, anchor{k: n.i, kind: anchorName})
	}
	for _, f := range a.sdirect {
		if f.Rule == rulePostalAddress.String() && f.Verdict == Doubt && a.sentenceGeneric() && !a.possibleNameIn() && !semicolonBetween(a.s.Toks, 0, len(a.s.Toks)) {
			continue // « Permanence pour les personnes sortant de détention, 12 rue Victor-Hugo »: the venue's address; not « … ; Rose y participe »
		}
		if k := a.tokenAt(f.Start); k >= 0 {
			a.anchors = append(a.anchors, anchor{k: k, kind: anchorName})
		}
	}
	toks := a.s.Toks
	for i := range toks {
		if a.codes && toks[i].Has(text.Code) {
			// Pseudonymised data is still personal data (GDPR recital 26):
			// "Personne_001, diabétique" is a fact about one person.
			a.anchors = append(a.anchors, anchor{k: i, kind: anchorName})
			continue
		}
		if toks[i].Is(cPerson) && a.writerCodeAt(i) { // writerCodeAt's own first test, without the call for most tokens
			a.anchors = append(a.anchors, anchor{k: i, kind: anchorName})
			continue
		}
		if toks[i].Is(cFamilyNoteKin) && a.bareFamilyNote(i) { // family_note.go: « Parents alcooliques, enfants placés »
			a.anchors = append(a.anchors, anchor{k: i, kind: anchorPerson, few: true})
			continue
		}
		if a.passes(&toks[i], anchorGuard) {
			continue // guards.go
		}
		if a.oneOfThem(i) || a.fewOfAGroup(i) {
			// « Parmi les bénévoles du jeudi, l'un est alcoolique », « deux des mamans »: known people
			a.anchors = append(a.anchors, anchor{k: i, kind: anchorPerson, few: true})
			continue
		}
		if kind, role := a.anchorAt(i); kind != 0 {
			share := kind == anchorPerson && a.shareAt(i) // « un adulte sur cinq » (proportion.go)
			a.anchors = append(a.anchors, anchor{k: i, kind: kind, role: role, share: share})
		}
	}
	slices.SortStableFunc(a.anchors, func(x, y anchor) int { return x.k - y.k })
	a.notePersonSentence() // topic_named.go
}

// mineVerbs follow "Mine", "Hers", "Ours" as a subject (data/words/mine_verbs.txt).
var mineVerbs = lexicon.Words(lexicon.Data, "mine_verbs")

// tokenAt returns the first token at or after byte offset off, or -1.
func (a *analysis) tokenAt(off int) int {
	for k, t := range a.s.Toks {
		if t.To() > off {
			return k
		}
	}
	return -1
}

// oneselfSaid: « soi-même » at i follows a copula (« on est soi-même
// diabétique », « quand on l'est soi-même »): who asks tells their own
// case. « prendre soin de soi-même » is anyone's.
func oneselfSaid(toks []text.Token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i+1].Norm == "meme" && toks[i+1].Sep == '-' && beForms[toks[i-1].Norm]
}

func (a *analysis) anchorAt(i int) (anchorKind, bool) {
	toks := a.s.Toks
	w := toks[i].Norm
	if (w == "il" || w == "elle") && text.Joined(toks, i, '-') {
		return 0, false // "est-elle", "est-il": a question, not a person
	}
	switch w {
	case "elle", "lui", "she", "her", "him", "herself", "himself", "celui", "celle", "someone", "quelqu":
		return anchorPronoun, false
	case "he":
		return anchorPronoun, false
	case "one":
		if i > 0 && toks[i-1].Norm == "the" && i+1 < len(toks) && toks[i+1].Norm == "who" {
			return anchorPronoun, false // "the one who broke the window", as « celui qui »
		}
	case "il":
		if !a.impersonal(i) {
			return anchorPronoun, false
		}
	case "je", "moi", "my", "myself":
		if i == 1 && a.askerAfterImperative(i) {
			return 0, false // « Explique-moi ce qu'est… »: who asks the question (notion_asked.go)
		}
		return anchorSelf, false
	case "soi":
		if oneselfSaid(toks, i) {
			return anchorSelf, false // « quand on est soi-même diabétique », « quand on l'est soi-même »: the asker's own case
		}
	case "mien", "mienne", "miens", "miennes", "sien", "sienne", "siens", "siennes", "tien", "tienne", "tiennes":
		if i <= 1 {
			return anchorSelf, false // « Comment se passe une audience ? La mienne est jeudi »: someone's own, as a subject; not « créer la sienne »
		}
	case "notre", "notres":
		if i > 0 && toks[i-1].Is(cDefiniteArticles) && strings.Contains(a.text[toks[i].Start:toks[i].End], "ô") {
			return anchorSelf, false // « La nôtre est jeudi »: the writer's household's own; not « notre »
		}
	case "mine", "hers", "ours", "theirs", "yours":
		if i == 0 && i+1 < len(toks) && mineVerbs[toks[i+1].Norm] {
			return anchorSelf, false // "How does a hearing go? Mine is on Thursday."
		}
	case "j":
		if i+1 < len(toks) && toks[i+1].Sep == '\'' {
			return anchorSelf, false
		}
	case "i":
		if a.askerOfHowTo(i) {
			return 0, false // "How do I explain Ramadan to children?" (notion_asked.go)
		}
		if toks[i].Has(text.Cap) && toks[i].End-toks[i].Start == 1 && (i == 0 || !toks[i].Has(text.Upper)) {
			return anchorSelf, false
		}
	}
	if a.superlativeOfGroup(i) {
		return anchorPerson, false // « Le plus vieux de nos adhérents, 94 ans, a Alzheimer », "the oldest of our members"
	}
	if i == 0 && a.bareSubject() {
		return anchorPerson, false // « Maman de trois enfants, diabétique », "Mother of three, Muslim": a note's subject
	}
	if !toks[i].Is(cSingDet) {
		return 0, false
	}
	if (w == "son" || w == "sa" || w == "his" || w == "her") && i+1 < len(toks) && toks[i+1].Is(cLifeNouns) {
		return anchorPerson, false // "son parcours", "her career": one person's life
	}
	return a.personAfterDet(i)
}

// personAfterDet: "une bénévole", "notre nouvelle secrétaire", "un de nos
// bénéficiaires", "l'une des familles".
func (a *analysis) personAfterDet(i int) (anchorKind, bool) {
	toks := a.s.Toks
	w := toks[i].Norm
	k := i + 1
	only := false // « notre seul mécanicien », "our only Polish volunteer": one person, as a role is
	// up to two adjectives: "une jeune bénévole", "the only Syrian family"
	for n := 0; n < 2 && k+1 < len(toks) && !toks[k].Is(cPerson) && isAdjectiveSlot(toks[k]); n++ {
		only = only || toks[k].Is(cUniqueWords)
		k++
	}
	if k < len(toks) && toks[k].Is(cPerson) && toks[k].Sep != ',' && !a.consumed[k] && !a.venueNamed(k) && !a.kindOf(k) &&
		!a.thingSense(k) && !titleCased(toks, k) { // thing_sense.go: "on the coach", "a folding chair"
		return anchorPerson, (toks[k].Is(cRole) || only) && toks[i].Is(cDefiniteDets) && !a.publicOffice(k)
	}
	k = i + 1
	if k+2 < len(toks) && toks[k].Has(text.Digit) && (toks[k+1].Norm == "year" || toks[k+1].Norm == "years") && toks[k+2].Norm == "old" &&
		(k+3 == len(toks) || !toks[k+3].Is(cPerson)) {
		return anchorPerson, false // "the 17-year-old who does the sorting"; "a 17-year-old volunteer" anchors on its noun
	}
	if k+1 < len(toks) && toks[k].Is(cNounAdjectives) && toks[k+1].Sep == 0 && toks[k+1].Is(cAdjNounLinks) {
		return anchorPerson, false // "le nouveau de la parcelle 14", "la petite qui chante"
	}
	if k+1 < len(toks) && toks[k].Norm == "service" && toks[k+1].Norm == "civique" {
		return anchorPerson, toks[i].Is(cDefiniteDets) // "notre service civique"
	}
	// un de nos / l'une des / one of our + plural noun
	if (w == "un" || w == "une" || w == "one") && k+2 < len(toks) {
		n1, n2 := toks[k].Norm, toks[k+1].Norm
		if (n1 == "de" || n1 == "d" || n1 == "des" || n1 == "of") &&
			oneOfOwners[n2] &&
			(toks[k+2].Is(cPopulation) || k+3 < len(toks) && toks[k+3].Is(cPopulation) && toks[k+2].Sep == 0 && !toks[k+2].Has(text.Cap)) {
			return anchorPerson, false // "one of our host parents": a word before the plural noun
		}
		if n1 == "des" && toks[k+1].Is(cPopulation) {
			return anchorPerson, false
		}
	}
	return 0, false
}

// fewOfAGroup: token i counts a few (« deux », "one") out of a group of
// people named after it: « deux des mamans », « un des deux animateurs »,
// « deux de nos quatre administrateurs », "two of the mums", "one of the
// two caretakers". Whatever is said of them is said of known people.
func (a *analysis) fewOfAGroup(i int) bool {
	toks := a.s.Toks
	if !toks[i].Is(cCountedFew) && !smallCardinals[toks[i].Norm] || i+2 >= len(toks) {
		return false
	}
	k := i + 1
	switch toks[k].Norm {
	case "des":
		k++
	case "de", "d", "of":
		k++
		if !oneOfOwners[toks[k].Norm] {
			return false
		}
		k++
	default:
		return false
	}
	if k < len(toks) && (isCount(toks[k]) || toks[k].Is(cCountedFew)) {
		k++ // « un des deux animateurs »
	}
	if k >= len(toks) || isClauseSep(toks[k].Sep) {
		return false
	}
	t := &toks[k]
	if t.IsAny(cPopulation, cKin, cWordnetPersons) || t.Is(cPerson) && pluralNoun(t.Norm) {
		return true
	}
	n := t.Norm
	return pluralNoun(n) && (a.lex.in(n[:len(n)-1], cPerson) || a.lex.in(n[:len(n)-1], cKin)) // « chauffeurs », "mums", "boys"
}

// superlativeOfGroup: a definite article, a superlative (« le plus
// vieux », « la plus jeune », "the oldest") and the group it is taken
// from (« de nos adhérents », « du club », "of our members"): one person,
// known to all.
func (a *analysis) superlativeOfGroup(i int) bool {
	toks := a.s.Toks
	w := toks[i].Norm
	k := i + 1
	switch {
	case (w == "le" || w == "la" || w == "l") && k+2 < len(toks) && (toks[k].Norm == "plus" || toks[k].Norm == "moins"):
		k += 2 // « le plus vieux »
	case w == "the" && k+1 < len(toks) && len(toks[k].Norm) > 4 && strings.HasSuffix(toks[k].Norm, "est") && lexicon.IsEnglishWord(toks[k].Norm):
		k++ // "the oldest"
	default:
		return false
	}
	if k >= len(toks) || isClauseSep(toks[k].Sep) {
		return false
	}
	switch toks[k].Norm {
	case "de", "des", "d", "du", "of":
	default:
		return false
	}
	for e := k + 1; e < min(len(toks), k+4); e++ {
		if isClauseSep(toks[e].Sep) {
			return false
		}
		if toks[e].IsAny(cPopulation, cWordnetPersons) || smallGroupWords[toks[e].Norm] || toks[e].Is(cPerson) && pluralNoun(toks[e].Norm) {
			return true
		}
	}
	return false
}

// oneOfThem: « l'un », « l'une », "one" as the subject of a verb (« est »,
// "is", « a », "has"…) after a plural group named before it in the
// sentence: one person of that group, known to all its members.
func (a *analysis) oneOfThem(i int) bool {
	toks := a.s.Toks
	w := toks[i].Norm
	if i+1 >= len(toks) || !partLinks[toks[i+1].Norm] || toks[i+1].Norm == "des" || toks[i+1].Norm == "d" || toks[i+1].Norm == "of" {
		return false
	}
	switch {
	case (w == "un" || w == "une") && i > 0 && toks[i-1].Norm == "l" && toks[i].Sep == '\'':
	case w == "one" && i > 0 && isClauseSep(toks[i].Sep):
	default:
		return false
	}
	for k := range i {
		if toks[k].Is(cPopulation) || toks[k].Is(cPerson) && pluralNoun(toks[k].Norm) {
			return true
		}
	}
	return false
}

// bareSubject: the sentence opens on a capitalised singular person noun
// with no determiner, and its complement says which one, as a note names
// whom it is about: « Bénévole du jeudi hospitalisé… », « Maman de trois
// enfants, … », "Mother of three, …". A card of an offer or a public
// (« Bénévole, 16 ans minimum », « Femme de ménage recherchée ») has no
// such complement.
func (a *analysis) bareSubject() bool {
	toks := a.s.Toks
	if len(toks) < 3 || !toks[0].Has(text.Cap) || !toks[0].Is(cPerson) || toks[0].IsAny(cPopulation, cNounAdjectives, cCivility, cSingDet) {
		return false // « Petit rappel », « Madame Bovary », « Son NIR »
	}
	if toks[1].Sep != 0 || toks[2].Sep != 0 {
		return false
	}
	switch toks[1].Norm {
	case "du", "of":
		return true
	case "de", "d":
		return isCount(toks[2]) || toks[2].Is(cDefiniteArticles) // « Maman de trois enfants », « Voisine de la rue Haute »
	}
	return false
}

// oneOfOwners are the words between "one of" and a plural noun that make
// the one a person of a known group: « un de nos », « une de tes », "one
// of the", "one of my".
var oneOfOwners = map[string]bool{"nos": true, "mes": true, "tes": true, "ses": true, "vos": true, "leurs": true, "ces": true,
	"our": true, "my": true, "your": true, "his": true, "her": true, "their": true, "the": true, "these": true, "those": true}

// titleCased: the person noun at k, not first in the sentence, is
// capitalised with a capitalised word joined to it — the adjective
// before, not itself first, or the word after (« Le Vieil Homme et la
// Mer », « Le Petit Prince », « Le Petit Chaperon rouge »): a title or a
// character's name, written as French writes them, not someone
// described. Not a title: an office (« la Trésorière Adjointe », "the
// Head Coach"), a pair followed by its place or group (« la Petite Dame
// du 3e », « le Grand Chef du club »); « la Présidente », « Monsieur le
// Maire » have no capitalised neighbour; a name after the noun (« la
// Présidente Anne Roux ») is the name rules' own.
func titleCased(toks []text.Token, k int) bool {
	if k == 0 || !toks[k].Has(text.Cap) || toks[k].Is(cRole) {
		return false
	}
	end := -1
	switch {
	case k >= 2 && toks[k-1].Has(text.Cap) && !toks[k-1].Is(cSingDet) && !toks[k-1].Is(cCivility) && !toks[k-1].Is(cRole):
		end = k + 1
	case k+1 < len(toks) && toks[k+1].Sep == 0 && toks[k+1].Has(text.Cap) && !toks[k+1].Is(cRole):
		end = k + 2
	default:
		return false
	}
	if end+1 < len(toks) && toks[end].Is(cBelongLinks) && !toks[end+1].Has(text.Cap) && toks[end+1].Sep == 0 {
		return false // « la Petite Dame du 3e », « le Grand Chef du club »
	}
	return true
}

// venueNamed: "Le Foyer de Jeunes Travailleurs", "le foyer Adoma": a
// place word written as a name or followed by one.
func (a *analysis) venueNamed(k int) bool {
	toks := a.s.Toks
	return toks[k].Is(cVenue) && (toks[k].Has(text.Cap) || k+1 < len(toks) && toks[k+1].Has(text.Cap) && toks[k+1].Sep == 0)
}

// isAdjectiveSlot: a word that may stand between a determiner and its noun.
func isAdjectiveSlot(t text.Token) bool {
	if t.Is(cVenue) {
		return false // "la Fondation Abbé Pierre"
	}
	if t.Is(cPersonAdjectives) {
		return true
	}
	return t.Has(text.Letter) && len(t.Norm) > 3 && !t.Is(cFunctionWords) && t.Sep == 0
}

// impersonal: "il y a", "il faut", "il est possible de".
func (a *analysis) impersonal(i int) bool {
	toks := a.s.Toks
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1].Norm
	if n == "s" && i+2 < len(toks) && !toks[i+2].Is(cImpersonalAfterS) {
		return false // "il s'est installé" is someone, "il s'agit de" is not
	}
	if toks[i+1].Is(cImpersonalVerbs) {
		return true
	}
	if (n == "est" || n == "etait" || n == "sera" || n == "serait") && i+2 < len(toks) {
		return toks[i+2].Is(cImpersonalAdjectives)
	}
	return n == "n" || n == "ne" && i+2 < len(toks) && toks[i+2].Is(cImpersonalVerbs)
}

// nearestAnchor returns the closest anchor to token k within the window,
// preferring names; ok is false when there is none.
func (a *analysis) nearestAnchor(k int) (anchor, bool) {
	return a.nearestAnchorBesides(k, -1)
}

// nearestAnchorBesides is nearestAnchor without the anchor at token skip
// (agent_anchor.go: the speaker of a talk).
func (a *analysis) nearestAnchorBesides(k, skip int) (anchor, bool) {
	best, found := anchor{}, false
	bestDist := anchorWindow + 1
	// anchors are sorted by token: only those within the window are read
	lo, _ := slices.BinarySearchFunc(a.anchors, k-anchorWindow, func(an anchor, t int) int { return an.k - t })
	for _, an := range a.anchors[lo:] {
		if an.k > k+anchorWindow {
			break
		}
		if an.k == skip {
			continue
		}
		d := an.k - k
		if d < 0 {
			d = -d
		}
		if d < bestDist || d == bestDist && an.kind < best.kind {
			best, bestDist, found = an, d, true
		}
	}
	return best, found
}

// publicOffice: the role belongs to a public body ("le président du
// conseil départemental", "la présidente de la République").
func (a *analysis) publicOffice(k int) bool {
	toks := a.s.Toks
	for i := k + 1; i < min(len(toks), k+5); i++ {
		if toks[i].Is(cPublicBody) {
			return true
		}
	}
	return false
}

// kindOf: "le type de valeur" names a kind of thing, not "le type" (the
// guy) of everyday French.
func (a *analysis) kindOf(k int) bool {
	toks := a.s.Toks
	return toks[k].Norm == "type" && k+1 < len(toks) && (toks[k+1].Norm == "de" || toks[k+1].Norm == "d")
}
