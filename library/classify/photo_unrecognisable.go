package classify

import "tamis/library/classify/lexicon"

// A picture whose people cannot be recognised shows no one (« Les photos
// de la fête sont en ligne, les personnes ayant refusé ont été
// floutées », « sans les visages des enfants », "faces blurred"), and an
// instruction not to take pictures takes none (« Merci de ne pas prendre
// de photos des enfants »). A name in the sentence keeps the photo a
// person's (findPhotos reads privateNames first).

// unrecognisableWords say the people of a picture are blurred
// (data/words/unrecognisable_words.txt).
var unrecognisableWords = lexicon.Words(lexicon.Data, "unrecognisable_words")

// photoShowsNoOne: the sentence blurs its people, shows no faces, or
// tells not to take the picture at i.
func (a *analysis) photoShowsNoOne(i int) bool {
	toks := a.s.Toks
	for k := range toks {
		n := toks[k].Norm
		if unrecognisableWords[n] {
			return true
		}
		if (n == "visage" || n == "visages" || n == "faces") && k > 0 &&
			(toks[k-1].Norm == "sans" || toks[k-1].Norm == "no" || k > 1 && toks[k-1].Norm == "les" && toks[k-2].Norm == "sans") {
			return true // « sans les visages », "no faces"
		}
	}
	for k := max(0, i-5); k+1 < i; k++ {
		if toks[k].Norm == "ne" && toks[k+1].Norm == "pas" || toks[k].Norm == "not" && k > 0 && toks[k-1].Norm == "do" || toks[k].Norm == "don't" {
			return true // « ne pas prendre de photos », "do not take photos"
		}
	}
	return false
}
