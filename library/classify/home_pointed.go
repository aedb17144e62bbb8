package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A home pointed at by a possessive or by « chez » (« son adresse :
// au-dessus de la boulangerie de la place », « chez elle, c'est la maison
// jaune à l'angle de la rue du Four », "her flat above the chip shop on
// the high street") is someone's address just as « elle habite au-dessus
// de la boulangerie » is: the possessive of one owner, or « chez » before
// a personal pronoun, stands for the resident. findResidence reads these
// pointers as it reads a verb of residence.

// homePointers are also the class cHomePointers (set_classes.go).
var homePointers = lexicon.Words(lexicon.Data, "home_pointers")

// homeAgeWords may stand between the possessive and the home noun
// (« sa nouvelle adresse », "her old flat") (data/words/home_age_words.txt).
var homeAgeWords = lexicon.Words(lexicon.Data, "home_age_words")

// homeOwnerPronouns follow « chez » when it is someone's home.
var homeOwnerPronouns = map[string]bool{"elle": true, "lui": true, "eux": true, "elles": true}

// homePointerAt: token v is a home noun right after a possessive of one
// owner, the writer included (« son adresse », « mon adresse, c'est… »,
// "her flat"), or « chez » before a personal
// pronoun (« chez elle »). A capital on the noun names a venue (« sa
// Maison des jeunes »), not a home; a venue or a body said before the
// possessive owns it (« la crèche a déménagé, son adresse… », « le musée
// et sa maison natale »): a public place, not someone's home.
func homePointerAt(toks []text.Token, v int) bool {
	t := toks[v]
	if !t.Is(cHomePointers) || t.Has(text.Cap) && v > 0 {
		return false
	}
	if t.Norm == "chez" {
		return v+1 < len(toks) && homeOwnerPronouns[toks[v+1].Norm]
	}
	o := v - 1
	if o > 0 && homeAgeWords[toks[o].Norm] {
		o-- // « sa nouvelle adresse », "her new flat"
	}
	if v == 0 || !singularOwners[toks[o].Norm] && !writerOwns[toks[o].Norm] {
		return false
	}
	for k := 0; k < v-1; k++ {
		if toks[k].Is(cVenue) || toks[k].Is(cOrg) {
			return false
		}
	}
	return true
}

// homePointed: the sentence points at someone's home (homePointerAt).
func (a *analysis) homePointed() bool {
	for v := range a.s.Toks {
		if homePointerAt(a.s.Toks, v) {
			return true
		}
	}
	return false
}
