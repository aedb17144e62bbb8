package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Public texts of an association name modern public figures that no kept
// list holds (« Hommage à Robert Badinter », « chansons de Brassens et
// Barbara », « Jean Moulin, au programme de l'expo »). The evidence here is
// no list of names but the shape of a public cultural event: the name is
// the author of a published work (« poèmes de », "songs by"), the subject
// of a tribute (« hommage à »), or on the bill (« au programme »). A member
// honoured or performing keeps every guard: a relation to the association
// anywhere in the sentence, a private fact (health, family, money, an
// address) unless it is a public deed of the past, an action of now or
// soon, an age, and the guards of a famous name (famousGuarded).

var (
	culturalWorks     = lexicon.Words(lexicon.Data, "cultural_works")     // chansons, poèmes, songs
	culturalTributes  = lexicon.Words(lexicon.Data, "cultural_tributes")  // hommage, tribute
	culturalProgramme = lexicon.Words(lexicon.Data, "cultural_programme") // programme, affiche
	culturalNowVerbs  = lexicon.Words(lexicon.Data, "cultural_now_verbs") // a appelé, phoned
	culturalDeeds     = lexicon.Words(lexicon.Data, "cultural_deeds")     // qui a aboli
	culturalLinks     = prepositionUses.of("cultural")
	tributeLinks      = prepositionUses.of("tribute")
	coordinators      = map[string]bool{"et": true, "and": true}
	programmeArticles = map[string]bool{"au": true, "l": true, "the": true}
)

// culturalTopic: the name at [i, j) is the author, the subject or a
// performer on the bill of a public cultural event, and nothing in the
// sentence makes it someone of today the association knows. The link
// before the name (« à », « de ») is the cue itself: of the guards of a
// famous name, only a civility counts before it.
func (a *analysis) culturalTopic(i, j int) bool {
	toks := a.s.Toks
	if toks[i].Is(cCivility) || i > 0 && toks[i-1].Is(cCivility) || len(a.sdirect) > 0 {
		return false // « Poèmes de Mme Durand », a phone number
	}
	cue := a.workAuthor(i) || a.tributeTo(i) || a.culturalItem(i) || a.onProgramme(i, j)
	return cue && !a.performedBy(i) && !a.tiedOrNew(i, j) && !a.culturalGuarded(j) && !a.courtSummons() // court_summons.go
}

// workAuthor: « chansons de », « lecture de poèmes de », "songs by": a
// work word one or two words before the link.
func (a *analysis) workAuthor(i int) bool {
	toks := a.s.Toks
	if i < 2 || !culturalLinks[toks[i-1].Norm] || isClauseSep(toks[i].Sep) {
		return false
	}
	return culturalWorks[toks[i-2].Norm] || i > 2 && culturalWorks[toks[i-3].Norm] && !isClauseSep(toks[i-2].Sep)
}

// tributeTo: « hommage à », "tribute to".
func (a *analysis) tributeTo(i int) bool {
	toks := a.s.Toks
	return i >= 2 && tributeLinks[toks[i-1].Norm] && culturalTributes[toks[i-2].Norm] && !isClauseSep(toks[i].Sep)
}

// culturalItem: the name follows « et », "and" or a comma after another
// name already taken as public, in a sentence of works or tributes
// (« chansons de Brassens et Barbara », « … et de Serge Reggiani »).
func (a *analysis) culturalItem(i int) bool {
	toks := a.s.Toks
	k := i - 1
	if k >= 1 && culturalLinks[toks[k].Norm] {
		k-- // « et de »
	}
	if k >= 1 && coordinators[toks[k].Norm] {
		k--
	} else if toks[k+1].Sep != ',' {
		return false
	}
	if k < 0 || !toks[k].Has(text.Cap) || !a.consumed[k] && !a.workAuthor(k) && !a.tributeTo(k) {
		return false // the item before is no public name (« Brassens », not taken as a name, is an author)
	}
	return a.anyWordIn(culturalWorks) || a.anyWordIn(culturalTributes)
}

// onProgramme: the name is on a public bill: « Au programme : … » before
// it, or « au programme », "on the programme" after it, past an
// apposition at most (« Jean Moulin, héros de la Résistance, au
// programme »).
func (a *analysis) onProgramme(i, j int) bool {
	toks := a.s.Toks
	if i >= 2 && toks[i-1].Is(cProgramme) && programmeArticles[toks[i-2].Norm] {
		return true
	}
	if i != 0 && toks[i].Sep != ':' {
		return false // the name opens the sentence or the line
	}
	for k := j + 1; k < min(len(toks), j+9); k++ {
		if toks[k].Is(cProgramme) && programmeArticles[toks[k-1].Norm] {
			// asked last, as it reads every word of the sentence: « au
			// programme de l'atelier du mardi » names a workshop's people
			return (k-1 == j || toks[j].Sep == ',' && toks[k-1].Sep == ',') && a.publicEventWord()
		}
	}
	return false
}

// publicEventWord: the sentence names a public event or a work (« expo »,
// « concert », « chansons »), other than the word of the bill itself.
func (a *analysis) publicEventWord() bool {
	fl := famousLists()
	for _, t := range a.s.Toks {
		n := t.Norm
		if !culturalProgramme[n] && (fl.events[n] || subjectTopics[n] || culturalWorks[n] || culturalTributes[n]) {
			return true
		}
	}
	return false
}
