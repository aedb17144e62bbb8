package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// « Interpeller » is an arrest in the passive (« il a été interpellé »)
// and a question put to someone in the active voice: « la députée a
// interpellé la ministre sur les Ehpad », « nous avons interpellé le
// bailleur au sujet des infiltrations » tell a political or civic act,
// the association's own work. An authority is a person too, and the
// police arrest mayors: the active voice is read as a question only when
// its subject is one who asks in public (civic_askers.txt: « nous »,
// « l'amicale », « la députée »), an authority (questioned_authorities.txt)
// is its object, the question's topic follows (« sur la sécurité », « au
// sujet de », "about"; not « sur son lieu de travail ») and no word of the
// police stands in the sentence. « Ils ont interpellé le maire sur le
// parking » keeps its arrest.

// questionedAuthorities are the objects of a question put in public
// (data/words/questioned_authorities.txt).
var questionedAuthorities = lexicon.Words(lexicon.Data, "questioned_authorities")

// questionTopics open the topic of a question put in public
// (data/words/question_topics.txt): « sur », « au sujet de », "about".
var questionTopics = lexicon.Words(lexicon.Data, "question_topics")

// questionPlaces are where an arrest is made, after « sur »
// (data/words/venue_words.txt, streets.txt, arrest_places.txt).
var questionPlaces = lexicon.Words(lexicon.Data, "venue_words", "streets", "arrest_places")

// placeNamedAt: the words from k, past an article or a possessive, are a
// place: a venue, a street, a place of an arrest or a capitalised name
// (« sur le parking », « sur son lieu de travail », « sur la
// Canebière »); « sur les EHPAD » speaks of a kind of place.
func placeNamedAt(toks []text.Token, k int) bool {
	if k < len(toks) && (isArticle(toks[k].Norm) || subjectPossessives[toks[k].Norm] || toks[k].Norm == "l") {
		k++
	}
	if k < len(toks) && toks[k].Has(text.Upper) {
		return false // « sur les EHPAD »: an initialism names a kind of place, the topic
	}
	return k >= len(toks) || questionPlaces[toks[k].Norm] || toks[k].Has(text.Cap)
}

// civicAskers put questions to authorities in public
// (data/words/civic_askers.txt).
var civicAskers = lexicon.Words(lexicon.Data, "civic_askers")

// civicAskerBefore: the subject before the auxiliary at i, within its
// clause, is one of the civic askers: « nous avons », « l'amicale des
// locataires a », « la députée Anne Morel a »; not « ils ont ».
func civicAskerBefore(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if civicAskers[toks[k].Norm] {
			return true
		}
		if isClauseSep(toks[k].Sep) {
			break
		}
	}
	return false
}

// activeAvoir are the forms of « avoir » that make a participle active.
var activeAvoir = map[string]bool{
	"a": true, "ai": true, "as": true, "avons": true, "avez": true, "ont": true,
	"avait": true, "avais": true, "avions": true, "aviez": true, "avaient": true,
	"aura": true, "aurons": true, "auront": true, "aurait": true, "auraient": true,
}

// authorityQuestioned: the special entry sp is « interpellé » after an
// active « avoir », with an authority as its object and a topic after it.
func authorityQuestioned(toks []text.Token, sp span) bool {
	if sp.j != sp.i+1 || !strings.HasPrefix(toks[sp.i].Norm, "interpell") {
		return false
	}
	i := sp.i - 1
	for i >= 0 && chainAdverbs[toks[i].Norm] {
		i--
	}
	if i < 0 || !activeAvoir[toks[i].Norm] || !civicAskerBefore(toks, i) {
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
	if j >= len(toks) || !questionedAuthorities[toks[j].Norm] {
		return false
	}
	for k := j + 1; k < min(len(toks), j+6) && !isClauseSep(toks[k].Sep); k++ {
		if questionTopics[toks[k].Norm] {
			return toks[k].Norm != "sur" || !placeNamedAt(toks, k+1) // « sur le parking »: where, not what
		}
	}
	return false
}
