package classify

import "tamis/library/classify/text"

// French writes a nationality with a capital when it names a person and
// in lower case when it qualifies a thing: « le seul Anglais du conseil
// municipal », « la Marocaine du troisième », but « un club anglais ».
// A capitalised demonym after a determiner is a person noun for the
// description rules (described_person.go), as "the only Dane" is
// (wordnet_persons.go).

// demonymNoun: token k is a capitalised demonym, not the first word of the
// sentence (where every word has a capital), after a determiner or an
// adjective.
func (a *analysis) demonymNoun(k int) bool {
	toks := a.s.Toks
	return k > 0 && toks[k].Is(cDemonym) && toks[k].Has(text.Cap) && !toks[k].Has(text.Upper) && !a.s.Shouting
}
