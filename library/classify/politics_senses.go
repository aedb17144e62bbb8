package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Four weak words of politics have an everyday sense an association uses
// far more often: « parti » is the participle of « partir » (« Marc, parti
// à la retraite »), « gauche » and « droite » are sides (« la paupière
// gauche », « de gauche à droite » under a photo), « élu » is who won a
// vote of any kind (« élu meilleur joueur », « élue présidente du
// club »), « vote » is how a board decides (« sans droit de vote au
// conseil »). Each is read as politics only in the shape politics takes:
// a party after a determiner, a side after « la », « de » or « extrême »
// and not as a place, an elected person after a determiner or before a
// public office or body, a vote away from the association's bodies.

// politicsWordInEverydaySense: the weak politics entry sp is one of those
// words in its everyday sense.
func (a *analysis) politicsWordInEverydaySense(sp span) bool {
	toks := a.s.Toks
	if sp.j-sp.i == 2 && toks[sp.i].Norm == "de" {
		return fromSideToSide(toks, sp.j-1) // « de gauche à droite »
	}
	if sp.j-sp.i != 1 {
		return false
	}
	switch toks[sp.i].Norm {
	case "parti":
		if sp.j < len(toks) && (toks[sp.j].Norm == "pris" || toks[sp.j].Norm == "prise") {
			return true // « un parti pris »: a bias
		}
		return !toks[sp.i].Has(text.Cap) && !partyDeterminer(toks, sp.i) &&
			!(sp.i >= 2 && partyAdjectives[toks[sp.i-1].Norm] && partyDeterminer(toks, sp.i-1)) // « un grand parti », « son ancien parti »
	case "gauche", "droite":
		return !politicalSide(toks, sp.i)
	case "elu", "elue":
		return !partyDeterminer(toks, sp.i) && !publicOfficeAfter(toks, sp.j)
	case "vote", "votes", "voter":
		return boardVote(toks, sp.i)
	}
	return false
}

// partyDeterminer: a determiner stands before k: a noun (« le parti »,
// « du parti », « un élu », « les élus »).
func partyDeterminer(toks []text.Token, k int) bool {
	if k == 0 {
		return false
	}
	switch p := toks[k-1]; p.Norm {
	case "du", "au", "aux", "des", "les", "quel", "quelle", "aucun", "ces", "nos", "vos", "leurs", "ses", "mes":
		return true
	default:
		return p.Is(cSingDet)
	}
}

// politicalSide: « gauche », « droite » at k said as a side of politics:
// after « extrême », « très », « plutôt », « de » (« il est de droite »),
// « la » (« la gauche a gagné »), or « à », « vers la » after a copula or
// a verb of leaning (« est clairement à droite », « penche vers la
// droite »), or before a word of politics (« la droite dure », « la
// gauche radicale »: political_sides.txt). Not a side: « de gauche à
// droite », « sur la gauche », « à la droite du maire », « la gauche du
// terrain », « c'est le 2e à gauche ».
func politicalSide(toks []text.Token, k int) bool {
	if k == 0 {
		return false
	}
	if k+1 < len(toks) && politicalSides[toks[k+1].Norm] {
		return true // « la droite dure »
	}
	switch toks[k-1].Norm {
	case "extreme", "tres", "plutot", "ultra":
		return true
	case "de", "d":
		return !fromSideToSide(toks, k)
	case "a":
		return leaningBefore(toks, k-1) && !(k+1 < len(toks) && toks[k+1].Is(cBelongLinks)) && !placeOfSides(toks)
	case "la", "l":
		if k+1 < len(toks) && toks[k+1].Is(cBelongLinks) && !(k >= 2 && toks[k-2].Norm == "de") {
			return false // « la gauche du terrain »; « de la gauche à la droite » is a path in politics
		}
		if k < 2 {
			return true
		}
		switch toks[k-2].Norm {
		case "vers", "a":
			return leaningBefore(toks, k-2) // « penche vers la droite »; « à la droite du maire »
		case "sur", "par", "en":
			return false
		}
		return true
	}
	return false
}

// leaningVerbs say where someone stands or leans
// (data/words/leaning_verbs.txt); leaningAdverbs may stand between.
var (
	leaningVerbs   = lexicon.Words(lexicon.Data, "leaning_verbs")
	leaningAdverbs = lexicon.Words(lexicon.Data, "leaning_adverbs")
	politicalSides = lexicon.Words(lexicon.Data, "political_sides")
	// partyAdjectives stand between a determiner and « parti » (data/words/party_adjectives.txt).
	partyAdjectives = lexicon.Words(lexicon.Data, "party_adjectives")
)

// sidePlaces are where a side is a place (data/words/side_places.txt):
// « sur la photo, la présidente est à droite », « passé à droite en
// deuxième mi-temps », « à gauche sur le terrain ».
var sidePlaces = lexicon.Words(lexicon.Data, "side_places")

// placeOfSides: the sentence names a place where sides are places.
func placeOfSides(toks []text.Token) bool {
	for _, t := range toks {
		if sidePlaces[t.Norm] {
			return true
		}
	}
	return false
}

// leaningBefore: a copula or a verb of leaning ends right before k,
// adverbs aside (« est clairement à », « a toujours été à », « penche
// vers »).
func leaningBefore(toks []text.Token, k int) bool {
	for v := k - 1; v >= 0 && v >= k-3; v-- {
		if leaningVerbs[toks[v].Norm] {
			return true
		}
		if !leaningAdverbs[toks[v].Norm] {
			return false
		}
	}
	return false
}

// boardVote: a vote at k of the association's bodies: one of them
// (« AG », « conseil », « bureau ») within three words (« sans droit de
// vote au conseil », « le vote du budget en AG »), and no public body
// or election there (« vote au conseil municipal », « au bureau de
// vote »): how a board decides, no one's opinion.
func boardVote(toks []text.Token, k int) bool {
	board := false
	for i := max(0, k-3); i < min(len(toks), k+4); i++ {
		n := toks[i].Norm
		if toks[i].Is(cElectedBodies) || publicMandates[n] || n == "bureau" && i+2 < len(toks) && toks[i+2].Norm == "vote" {
			return false // « au conseil municipal », « au bureau de vote »: an election, a public assembly
		}
		board = board || i != k && n != "vote" && deliberationWords[n]
	}
	return board
}

// fromSideToSide: the side at k goes on to the other (« de gauche à
// droite »): a photo's caption, a row, no opinion.
func fromSideToSide(toks []text.Token, k int) bool {
	return k+2 < len(toks) && toks[k+1].Norm == "a" && (toks[k+2].Norm == "gauche" || toks[k+2].Norm == "droite")
}

// publicOfficeAfter: within four words from k, a public office or body
// (« élu maire », « élue au conseil municipal », « élu à l'Assemblée
// nationale »), not the association's (« élue présidente du club »).
func publicOfficeAfter(toks []text.Token, k int) bool {
	for j := k; j < min(len(toks), k+4); j++ {
		n := toks[j].Norm
		if electedPersons[n] || toks[j].Is(cElectedBodies) || publicMandates[n] {
			return true
		}
		if (n == "conseiller" || n == "conseillere") && j+1 < len(toks) && (toks[j+1].Is(cElectedBodies) || publicMandates[toks[j+1].Norm] || toks[j+1].Norm == "general" || toks[j+1].Norm == "generale") {
			return true // « conseiller général », « conseillère municipale »; not « conseillère technique du club »
		}
		if n == "assemblee" && j+1 < len(toks) && (toks[j+1].Norm == "nationale" || toks[j].Has(text.Cap) && !toks[j+1].Is(cBelongLinks) && toks[j+1].Norm != "generale") {
			return true // « à l'Assemblée nationale », « à l'Assemblée en 2022 »; not « l'assemblée générale »
		}
	}
	return false
}

// publicMandates name a public mandate or the body that holds it
// beyond elected_persons.txt and elected_bodies.txt (data/words/public_mandates.txt).
var publicMandates = lexicon.Words(lexicon.Data, "public_mandates")
