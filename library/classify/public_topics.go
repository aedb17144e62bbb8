package classify

import "tamis/library/classify/lexicon"

// A person who is the subject of a talk, a debate or a documentary is a
// public or historical figure (« conférence sur Victor Hugo », "talk on
// Martin Luther King", « débat autour de Jaurès »): the event is public,
// and the name is no one of the association. Only a subject link counts:
// « l'atelier de Karima » is Karima's workshop, and a word for someone
// of the association after the name (« …, notre bénévole ») keeps it a
// person (see eventTopic, which leaves the other topics a doubt), and so
// do the guards of any name beside a cultural event.

var (
	subjectTopics = lexicon.Words(lexicon.Data, "subject_topics") // exposé, conférence, talk
	subjectLinks  = lexicon.Words(lexicon.Data, "subject_links")  // sur, about, on
)

// publicTopicName: the name at [i, j) is the subject of a public event.
func (a *analysis) publicTopicName(i, j int) bool {
	toks := a.s.Toks
	link := i - 1
	if link > 0 && (toks[link].Norm == "de" || toks[link].Norm == "du") && toks[link-1].Norm == "autour" {
		link-- // « autour de »
	}
	if link < 1 || !subjectLinks[toks[link].Norm] || isClauseSep(toks[i].Sep) {
		return false
	}
	found := false
	for k := link - 1; k >= max(0, link-5) && !found; k-- {
		found = subjectTopics[toks[k].Norm]
		if isClauseSep(toks[k].Sep) && !found {
			return false
		}
	}
	if !found {
		return false
	}
	for k := j; k < min(len(toks), j+6); k++ {
		if toks[k].IsAny(cPerson, cRole, cTopicPossessives, cKin) {
			return false // « conférence sur Paul Martin, notre président »
		}
	}
	// the guards of a cultural event's name (cultural_guards.go): a private
	// fact, an action of now, a tie to someone keep the subject a person
	// (« conférence sur Michel Petit, qui est hospitalisé depuis lundi »)
	return !a.culturalGuarded(j)
}
