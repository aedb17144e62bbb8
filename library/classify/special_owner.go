package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A first name right after a special-category term and « de » is the
// person the fact is about (« la maladie de Blaise est revenue », « le
// test génétique de Pascal confirme… »), even when the word is also a
// place (Blaise, a commune of the Ardennes) or a common word (a pascal
// is a unit): the name shapes let such a word go alone, and the fact
// then had no one to be about. An illness named after its finder (« la
// maladie de Huntington ») is a term of the special dictionary itself
// (eponymAt), not a first name. Initials and a short name no lexicon
// knows are someone too: « la rééducation de JPM », « de Ty »; a longer
// unknown word may be a place (« la madrasa de Samarcande »).

// ownerOfSpecial: token i is a capitalised first name (or initials, a
// short unknown name: shortNameOrInitials) after « de » that
// (« of ») follows a special-category term; it returns the end of the name.
func (a *analysis) ownerOfSpecial(i int) int {
	toks := a.s.Toks
	t := &toks[i]
	if i < 2 || t.Sep != 0 || !t.Has(text.Cap) || !t.IsAny(cFirst, cAmbig) && !a.shortNameOrInitials(i) || a.eponymAt(i) {
		return 0
	}
	if de := toks[i-1].Norm; de != "de" && de != "d" && de != "of" || isClauseSep(toks[i-1].Sep) {
		return 0
	}
	for k := max(0, i-6); k < i-1; k++ { // a term of up to five words ends before « de »: bounded, as every token may ask
		if end, _ := a.at(dSpecial, k); end == i-1 {
			return i + 1
		}
	}
	return 0
}

// ownedAfter: « de », « du » or "of" after the term at j is followed by a
// person, the fact's owner (« un texte sur la dépression de notre
// secrétaire », « … du trésorier », "the illness of my neighbour"): a
// theme marker before the term (« un atelier sur … ») no longer makes it
// a topic, and a term with no person near has that one (judgeSpecial:
// « La maladie de Crohn du voisin s'aggrave » is the neighbour's).
func (a *analysis) ownedAfter(j int) bool {
	return a.ownerAfter(j) >= 0
}

// ownerAfter returns the token of the owner ownedAfter reads, or -1.
func (a *analysis) ownerAfter(j int) int {
	toks := a.s.Toks
	if j+1 >= len(toks) || isClauseSep(toks[j].Sep) {
		return -1
	}
	switch toks[j].Norm {
	case "de", "d", "du", "of":
	default:
		return -1
	}
	k := j + 1
	if toks[k].Is(cDefiniteArticles) || ownerWords[toks[k].Norm] {
		k++
	}
	for n := 0; n < 2 && k+1 < len(toks) && !toks[k].Is(cPerson) && !toks[k].Has(text.Cap) && isAdjectiveSlot(toks[k]); n++ {
		k++ // « du vieux monsieur », "of my elderly neighbour"
	}
	if k < len(toks) && (toks[k].IsAny(cPerson, cKin) && !toks[k].Is(cPopulation) || a.named(k)) {
		return k
	}
	return -1
}

// ownerWords are the possessives before a person who owns a fact (data/words/owner_words.txt).
var ownerWords = lexicon.Words(lexicon.Data, "owner_words")

// namedOwnerAfter: the owner ownerAfter reads after the term at j is
// named (« le licenciement de Julie ») or told by a possessive (« de
// notre secrétaire », « de sa collègue »): someone known, not the
// employee of a law course (« le licenciement du salarié protégé ») nor
// a public figure (« le licenciement de Zola au journal, en 1898 »).
func (a *analysis) namedOwnerAfter(j int) bool {
	k := a.ownerAfter(j)
	if k < 0 {
		return false
	}
	for _, f := range a.famous {
		if k >= f.i && k < f.j {
			return false
		}
	}
	for _, n := range a.names {
		if k >= n.i && k < n.j {
			return !n.public
		}
	}
	return ownerWords[a.s.Toks[k-1].Norm]
}
