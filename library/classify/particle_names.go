package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// particleSurname: a surname opened by a capitalised particle (« Le
// Goff », « Da Costa », « Du Bellay »): after a civility (« Mme Le
// Goff »), or inside a sentence, where an article is never written with
// a capital (« les enfants Le Floch »), when the word after the particle
// is unknown to every lexicon. A commune (« Le Havre ») or a French word
// (« Le Monde », « La Poste ») is no surname.
func (a *analysis) particleSurname(i int) int {
	toks := a.s.Toks
	p := i
	if toks[i].Is(cCivility) {
		p = i + 1
	} else if i == 0 || toks[i].Sep == ':' || !toks[i].Is(cSurnameParticles) || a.named(i-1) {
		return 0 // a sentence or a label starts with a capital; a name found goes on (« Mme Annick Le Gall »)
	}
	if p > i {
		if j := a.civilityParticleSurname(p); j > 0 {
			return j // civility_particle.go: « Mme Le Roux », « M. LE GALL »
		}
	}
	w := p + 1
	if w >= len(toks) || !toks[p].Has(text.Cap) || toks[p].Has(text.Upper) || a.consumed[p] || toks[w].Sep != 0 {
		return 0
	}
	if !toks[p].Is(cSurnameParticles) && !(p > i && toks[p].Norm == "de") {
		return 0 // « Mme De Smet », but « De Smet » alone may open a title
	}
	if !a.unknownCapWord(w) {
		return 0
	}
	if end, _ := a.communeAt(p); end > p {
		return 0
	}
	return a.extend(w + 1)
}

// particleAfterFirstName: a first name then a capitalised particle and a
// capitalised word (« Tom Le Roux », « Yann La Rosa », « Anne Des
// Rochers ») is a full name: a sentence never capitalises an article
// inside it. The particle is a grammar word, so fullName's isName says
// no to it; here the word after it must be a name's word. Many such
// surnames are communes too (Le Roux, Le Faou): after a sure first name
// (i) the pair is a surname; after a word that is also a common word
// (« Rose Le Havre ») the commune is read as a place. It returns the end
// or 0.
func (a *analysis) particleAfterFirstName(i, k int) int {
	toks := a.s.Toks
	w := k + 1
	if w >= len(toks) || a.consumed[k] || !toks[k].Is(cSurnameParticles) || !toks[k].Has(text.Cap) ||
		toks[k].Has(text.Upper) || toks[k].Sep != 0 || toks[w].Sep != 0 || !a.isName(w) {
		return 0
	}
	if end, _ := a.communeAt(k); end > k && !toks[i].Is(cFirst) {
		return 0
	}
	return a.extend(w + 1)
}

// surnameParticles open a surname written with a capital (data/words/surname_particles.txt).
var surnameParticles = lexicon.Words(lexicon.Data, "surname_particles")

// familyBefore: a surname before "family" (« the Kowalski family », "the
// Okafor household"): the English order of « la famille Kowalski ».
func (a *analysis) familyBefore(i int) int {
	toks := a.s.Toks
	if i+1 >= len(toks) || toks[i+1].Sep != 0 || !toks[i+1].Is(cFamilyNouns) {
		return 0
	}
	if !a.unknownCapWord(i) && !(a.isName(i) && toks[i].Is(cLast) && !toks[i].IsAny(cCapWord, cAmbig)) {
		return 0
	}
	return i + 1
}

// familyNouns follow a surname in English (data/words/family_nouns.txt).
var familyNouns = lexicon.Words(lexicon.Data, "family_nouns")
