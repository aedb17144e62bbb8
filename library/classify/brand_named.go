package classify

// A firm named after a family (family_brands.txt) names a product where
// a person's name cannot stand: after an indefinite article (« une
// Renault », "a Ford"), before its model (« Renault Trafic », "Ford
// Transit"), or in the plural beside another such firm (« les Citroën et
// les Renault du rallye »). « Les Renault viennent dîner » stays a family.

// brandNamed: the name at [i, j) is a product of a family firm.
func (a *analysis) brandNamed(i, j int) bool {
	toks := a.s.Toks
	for k := i; k < j; k++ {
		if !familyBrands[toks[k].Norm] {
			continue
		}
		if k > 0 && isIndefinite(toks[k-1].Norm) && a.text[toks[k-1].Start:toks[k-1].End] != "A" {
			return true // « une Renault », "a Ford" (not the initial « A. »)
		}
		if k == i && j == i+2 && !toks[k+1].IsAny(cFirst, cLast, cAmbig) {
			return true // « Renault Trafic », "Ford Transit"
		}
		if k > 0 && (toks[k-1].Norm == "les" || toks[k-1].Norm == "des") && a.otherBrand(k) {
			return true // « les Citroën et les Renault »
		}
	}
	return false
}

// otherBrand: a family firm other than the word at k is in the sentence.
func (a *analysis) otherBrand(k int) bool {
	for m, t := range a.s.Toks {
		if m != k && familyBrands[t.Norm] && t.Norm != a.s.Toks[k].Norm {
			return true
		}
	}
	return false
}
