package classify

import "tamis/library/classify/lexicon"

// A picture of a place or a thing shows no one: « Légende photo : le lac
// d'Annecy vu du col au lever du soleil », « Photo du nouveau local
// repeint », "a photo of the church's stained glass". The thing follows
// the picture's word, through « de », "of", a colon or an article
// (photo_things.txt). People said to be in it or seen (« avec les
// bénévoles », « on voit les enfants », "with the children", « Photo de
// groupe ») keep it a picture of them; a name or a tag does too
// (findPhotos reads them first).

var photoThings = lexicon.Words(lexicon.Data, "photo_things")

// photoOfThing: the picture's word at i shows a thing of photo_things.txt
// and no one is said to be with it.
func (a *analysis) photoOfThing(i int) bool {
	toks := a.s.Toks
	thing := false
	for k := i + 1; k < min(len(toks), i+5) && !thing; k++ {
		w := toks[k].Norm
		switch {
		case photoThings[w]:
			thing = true
		case w == "de" || w == "du" || w == "des" || w == "d" || w == "of" || w == "the" || w == "a" || toks[k].Is(cDefiniteArticles) || toks[k].Is(cNounAdjectives) || w == "nouveau" || w == "nouvelle" || w == "new" || w == "old" || w == "vieux" || w == "vieille":
		default:
			return false // « Photo de groupe », « photo des enfants »: the first noun is no thing
		}
	}
	if !thing {
		return false
	}
	for k := range toks {
		switch toks[k].Norm {
		case "avec", "with", "entouré", "entourée", "voit", "voir", "see", "sees", "showing", "montre", "devant":
			return false // « avec les bénévoles », « on voit les enfants », "with the children": people in the picture
		}
	}
	return true
}
