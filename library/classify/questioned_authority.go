package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// « Interpeller » is an arrest in the passive (« il a été interpellé »)
// and a question put to someone in the active voice: « la députée a
// interpellé la ministre », « nous avons interpellé le bailleur » tell a
// political or civic act, the association's own work. The active voice
// is read as that act only when what follows the participle is an
// authority (questioned_authorities.txt) and no word of the police stands
// in the sentence: the object is who underwent it, and « les policiers
// ont interpellé deux jeunes » keeps its arrest.

// questionedAuthorities are the objects of a question put in public
// (data/words/questioned_authorities.txt).
var questionedAuthorities = lexicon.Words(lexicon.Data, "questioned_authorities")

// activeAvoir are the forms of « avoir » that make a participle active.
var activeAvoir = map[string]bool{
	"a": true, "ai": true, "as": true, "avons": true, "avez": true, "ont": true,
	"avait": true, "avais": true, "avions": true, "aviez": true, "avaient": true,
	"aura": true, "aurons": true, "auront": true, "aurait": true, "auraient": true,
}

// authorityQuestioned: the special entry sp is « interpellé » after an
// active « avoir », with an authority as its object.
func authorityQuestioned(toks []text.Token, sp span) bool {
	if sp.j != sp.i+1 || !strings.HasPrefix(toks[sp.i].Norm, "interpell") {
		return false
	}
	i := sp.i - 1
	for i >= 0 && chainAdverbs[toks[i].Norm] {
		i--
	}
	if i < 0 || !activeAvoir[toks[i].Norm] {
		return false
	}
	for k := range toks {
		if policeAgents[toks[k].Norm] {
			return false // « les gendarmes ont interpellé le maire »: the police act
		}
	}
	j := sp.j
	if j < len(toks) && (isArticle(toks[j].Norm) || subjectPossessives[toks[j].Norm]) {
		j++
	}
	return j < len(toks) && questionedAuthorities[toks[j].Norm]
}
