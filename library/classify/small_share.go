package classify

import (
	"strconv"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A share of a small group of ours (« 1 bénévole sur 6 à l'antenne de
// Plougastel est témoin de Jéhovah », « dans notre club de 12 membres, 1
// sur 12 est séropositif ») is no statistic of a population: in a group
// of a dozen, everybody knows who the one is. « Un adulte sur cinq » in
// France stays a statistic: no group of ours is named.

// smallGroupWords name a group of the association (data/words/small_group_words.txt).
var smallGroupWords = lexicon.Words(lexicon.Data, "small_group_words")

// maxSmallWhole is the largest whole of a share that still points at one
// person of a group of ours.
const maxSmallWhole = 30

// smallOwnShare: a share of the sentence counts out of a whole of at most
// maxSmallWhole, written in digits, and the sentence names a group of
// the association (a section, an antenna, a club, a team).
func (a *analysis) smallOwnShare() bool {
	toks := a.s.Toks
	own := false
	for _, t := range toks {
		own = own || smallGroupWords[t.Norm] // not « notre département »: a territory is a population
	}
	if !own {
		return false
	}
	for i := range toks {
		if !a.shareAt(i) || i+1 < len(toks) && smallGroupWords[toks[i+1].Norm] {
			continue // « un club sur trois » counts clubs, a population of bodies
		}
		for k := i + 1; k < min(len(toks)-1, i+5); k++ {
			switch toks[k].Norm {
			case "sur", "in", "of":
				n, err := strconv.Atoi(toks[k+1].Norm)
				if err == nil && n > 1 && n <= maxSmallWhole {
					return true
				}
			}
		}
	}
	return false
}

// smallWholeCounted: the sentence counts a small whole of people — a
// number of at most maxSmallWhole, in digits or in words, right before a
// plural noun of people (« Sur les 8 joueurs de l'équipe vétérans »,
// « la section yoga (6 personnes) », « deux des cinq participantes »,
// « Parmi les 7 bénévoles du jeudi ») — and another count, the part: in
// a group that small everybody knows who. « Sur nos 400 adhérents,
// 12 % » is a statistic.
func (a *analysis) smallWholeCounted() bool {
	toks := a.s.Toks
	whole := -1
	for i := 0; i+1 < len(toks); i++ {
		if smallNumber(toks[i]) && toks[i+1].IsAny(cPopulation, cPerson) && pluralNoun(toks[i+1].Norm) {
			whole = i
			break
		}
	}
	if whole < 0 {
		return false
	}
	for i, t := range toks {
		if i != whole && smallNumber(t) && i+1 < len(toks) && partLinks[toks[i+1].Norm] {
			return true // « deux sont », « 3 ont », « deux des cinq », "two of the six"
		}
	}
	return false
}

// partLinks follow the count of a part of the group: its verb or « des »
// (« deux sont », « trois des cinq », "two of them"); « 2 places
// restantes » counts no one.
var partLinks = lexicon.WordSet{"sont": true, "ont": true, "etaient": true, "avaient": true, "des": true, "d": true,
	"of": true, "are": true, "have": true, "were": true, "had": true}

// smallNumber: a number from 1 to maxSmallWhole, in digits or in words.
func smallNumber(t text.Token) bool {
	if t.Is(cSpelledNumber) {
		return t.Norm != "premier" && t.Norm != "premiere" && t.Norm != "first"
	}
	n, err := strconv.Atoi(t.Norm)
	return err == nil && n >= 1 && n <= maxSmallWhole
}

// pluralNoun: a French or English plural (« joueurs », « personnes »,
// "players", "people").
func pluralNoun(w string) bool {
	return len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x') || w == "people" || w == "children"
}
