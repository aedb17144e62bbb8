package classify

// A first name that is also a word, then a capitalised word that is not
// in the surname lists, opening the sentence (« Pierre Bouleau »,
// « Rose Marin »), is a name when a person's verb follows (names.go), and
// also when French says of it, with « est », « était » or « sera », what
// is said of a person only: a participle of data/words/human_participles.txt
// (« … est hospitalisé », « … est décédée ») or a carer's « suivi par »
// (« Pierre Bouleau est suivi par l'assistante sociale »). A shop or a
// café named so is open, closed or followed by a snack (« Rose Bonbon est
// ouvert le samedi »): no such word.

// copulaFact: token k is a French copula followed by what is said of a
// person only.
func (a *analysis) copulaFact(k int) bool {
	toks := a.s.Toks
	if k+1 >= len(toks) || isClauseSep(toks[k].Sep) || isClauseSep(toks[k+1].Sep) {
		return false
	}
	switch toks[k].Norm {
	case "est", "etait", "sera":
	default:
		return false
	}
	if toks[k+1].Is(cHumanParticiples) {
		return true
	}
	return k+2 < len(toks) && careLinks[toks[k+1].Norm] && toks[k+2].Norm == "par"
}
