package classify

import "tamis/library/classify/text"

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
		return !toks[sp.i].Has(text.Cap) && !partyDeterminer(toks, sp.i)
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

// politicalSide: « gauche », « droite » at k after « la », « de »,
// « extrême », « très », « plutôt » (« voter à la gauche », « il est de
// droite », « l'extrême gauche »), not a side: « de gauche à droite »,
// « sur la gauche », « à la droite du maire », « la gauche du terrain ».
func politicalSide(toks []text.Token, k int) bool {
	if k == 0 {
		return false
	}
	switch toks[k-1].Norm {
	case "extreme", "tres", "plutot", "ultra":
		return true
	case "de", "d":
		return !fromSideToSide(toks, k)
	case "la", "l":
		if k+1 < len(toks) && toks[k+1].Is(cBelongLinks) {
			return false // « la gauche du terrain »
		}
		if k < 2 {
			return true
		}
		switch toks[k-2].Norm {
		case "sur", "a", "vers", "par", "en":
			return false
		}
		return true
	}
	return false
}

// boardVote: a vote at k of the association's bodies: one of them, or
// « AG », « conseil », within three words (« sans droit de vote au
// conseil », « le vote du budget en AG »), or « droit de vote » with a
// body: how a board decides, no one's opinion.
func boardVote(toks []text.Token, k int) bool {
	for i := max(0, k-3); i < min(len(toks), k+4); i++ {
		if i != k && deliberationWords[toks[i].Norm] {
			return true
		}
	}
	return false
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
		if electedPersons[n] || toks[j].Is(cElectedBodies) || n == "assemblee" && j+1 < len(toks) && toks[j+1].Norm == "nationale" {
			return true
		}
	}
	return false
}
