package classify

// A floor of a building said of a person (« le voisin du rez-de-chaussée »,
// « la dame du 4e étage », "the guy on the 3rd floor") is one door of a
// stairwell, one household, as « du 3e » already is (indirect.go
// quasiScore). The word list nearby.txt holds single words and pairs; a
// floor is also a hyphenated word of three (« rez-de-chaussée ») or an
// ordinal before its noun, which the list cannot hold.

// floorAt: token i opens a floor: « rez-de-chaussée », or an ordinal
// (« 4e », « 3rd ») before « étage » or "floor".
func (a *analysis) floorAt(i int) bool {
	toks := a.s.Toks
	if i+1 >= len(toks) {
		return false
	}
	if toks[i].Norm == "rez" && i+2 < len(toks) && toks[i+1].Sep == '-' && toks[i+1].Norm == "de" &&
		toks[i+2].Norm == "chaussee" {
		return true
	}
	return isFloor(toks[i].Norm) && (toks[i+1].Norm == "etage" || toks[i+1].Norm == "floor")
}
