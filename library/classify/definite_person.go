package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A person the writer designates with a definite determiner and
// describes at once (« le monsieur de la caravane grise derrière le stade
// de Corbas », "the old man in flat 4C with the two cats", « la famille
// logée dans l'ancienne école de Marcillac ») is someone the writer
// knows: with one detail of the description (a place, a floor, a family)
// the reader can find them, so the sentence is blocked, not a doubt. A detail
// outside the description (« 12 ans … pour le deuxième enfant d'une même
// fratrie »), a post (« le bénévole de permanence ») or a rule for
// whoever fits (« le bénévole qui aura le plus de temps prendra la
// caisse ») stays what indirect.go makes of it.

var (
	descriptionLinks       = lexicon.Words(lexicon.Data, "description_links")       // what opens a description
	descriptionParticiples = lexicon.Words(lexicon.Data, "description_participles") // « accueillie », « retrouvé »
	notOnePerson           = lexicon.Words(lexicon.Data, "description_not_person")  // a duty or a rank: a post
)

// definiteDescribed: the anchor at token first is a person after a
// definite determiner, and a description opens right after that noun or
// after the noun of an apposition that follows it ("our Wednesday
// volunteer, the retired vet from Issigeac"), holding the
// quasi-identifier found at token at.
func (a *analysis) definiteDescribed(first, at int) bool {
	toks := a.s.Toks
	if !toks[first].Is(cDefiniteDets) || !a.personAnchorAt(first) || a.sentenceGeneric() {
		return false
	}
	for d := first; d < min(at, first+8); d++ {
		if (d == first || toks[d].Sep == ',') && toks[d].Is(cDefiniteDets) && a.describedAt(d, at) {
			return true
		}
	}
	return false
}

// describedAt: the determiner at token d opens a person noun, a
// description right after it holds token at, and it tells of one person,
// not of a post or a rank.
func (a *analysis) describedAt(d, at int) bool {
	toks := a.s.Toks
	n := a.headNounAfter(d)
	for n+1 < len(toks) && a.describedNoun(n+1) && toks[n+1].Sep == 0 {
		n++ // « la jeune femme », "the young mum"
	}
	if at <= n || !a.describedFrom(n) {
		return false
	}
	if at+1 < len(toks) && toks[at].Has(text.Digit) && isAgeUnit(toks[at+1].Norm) {
		return false // « la voisine de 82 ans »: an age alone is shared by many
	}
	for k := d + 1; k <= min(at+1, len(toks)-1); k++ {
		if notOnePerson[toks[k].Norm] {
			return false
		}
	}
	return a.namedIn(n+1, at+2) || !a.hypothetical(n+1)
}

// definiteByLandmark: the definite person at token first is described by
// where they are against a landmark (« la mamie de la maison jaune au
// bout de l'impasse », "the man in the van behind the bakery"), with no
// other detail: in a village that is one door.
func (a *analysis) definiteByLandmark(first int) bool {
	toks := a.s.Toks
	if !toks[first].Is(cDefiniteDets) || !a.personAnchorAt(first) || a.sentenceGeneric() {
		return false
	}
	n := a.headNounAfter(first)
	if !a.describedFrom(n) {
		return false
	}
	for k := n + 1; k < min(len(toks), n+12); k++ {
		if k > n+1 && isClauseSep(toks[k].Sep) && toks[k].Sep != ',' || notOnePerson[toks[k].Norm] {
			return false
		}
		if a.landmarkAfter(k) > 0 { // residence_landmark.go
			return !a.hypothetical(n + 1)
		}
	}
	return false
}

// headNounAfter: the first person noun within three tokens after the
// determiner at d (past its adjectives: « la petite dame »), or the token
// where the search stopped.
func (a *analysis) headNounAfter(d int) int {
	n := d + 1
	for n < len(a.s.Toks) && n < d+4 && !a.describedNoun(n) {
		n++
	}
	return n
}

// describedFrom: token n is a person noun and a description opens right
// after it, in the same clause.
func (a *analysis) describedFrom(n int) bool {
	toks := a.s.Toks
	return n+1 < len(toks) && a.describedNoun(n) && !isClauseSep(toks[n+1].Sep) && a.descriptionLink(n+1)
}

// descriptionLink: token k opens a description: a link word, or a
// participle written as one (« retrouvé », « logée »), not a verb in the
// present that folds the same (« loge », « retrouve »).
func (a *analysis) descriptionLink(k int) bool {
	t := &a.s.Toks[k]
	if descriptionLinks[t.Norm] {
		return true
	}
	if !descriptionParticiples[t.Norm] {
		return false
	}
	w := a.text[t.Start:t.End]
	return strings.Contains(w, "é") || strings.HasSuffix(t.Norm, "ee") || strings.HasSuffix(t.Norm, "ie") ||
		strings.HasSuffix(t.Norm, "is") || strings.HasSuffix(t.Norm, "ies") || strings.HasSuffix(t.Norm, "ees")
}

// namedIn: a place written with a capital lies in tokens [i, j) (« de la
// péniche amarrée à Conflans »): the description is of a real person,
// and a future after it tells what that person will do.
func (a *analysis) namedIn(i, j int) bool {
	toks := a.s.Toks
	for k := i; k < min(j, len(toks)); k++ {
		if toks[k].Has(text.Cap) && toks[k].Has(text.Letter) && !toks[k].Has(text.Upper) {
			return true
		}
	}
	return false
}

// personAnchorAt: token k is the anchor of a person (determiner + noun).
func (a *analysis) personAnchorAt(k int) bool {
	for _, an := range a.anchors {
		if an.k == k {
			return an.kind == anchorPerson
		}
	}
	return false
}
