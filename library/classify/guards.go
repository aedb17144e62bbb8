package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Stages run only on sentences that hold their triggers (stages.go); the
// parts of an always-run stage may skip in the same way, with a guard at
// their top: « if a.lacks(venueWords) { return } ». A guard names the
// classes without which the part changes nothing — every branch of the
// part must start at a word of one of them. The dispatch test
// (dispatch_test.go) classifies every text of the package with every
// stage and every guard switched off (everyStage), and fails when an
// output differs: a guard that forgets a class fails it.

// lacks reports that the sentence holds no word of the classes in need.
// It always answers false under the dispatch test.
func (a *analysis) lacks(need text.ClassSet) bool {
	return !a.sentCls.Intersects(need) && !a.every
}

// passes reports that token t is of none of the classes in need: a rule
// that reads every token, and finds something only at a word of one of
// them, goes to the next token at once. It always answers false under
// the dispatch test.
func (a *analysis) passes(t *text.Token, need text.ClassSet) bool {
	return !t.Cls.Intersects(need) && !a.every
}

// lacksShape reports that no token of the sentence has one of the flags
// in need (text.Cap, text.Upper, text.Quoted…): a rule that starts only at
// a word in capitals, or at a quotation mark, skips the sentence. It
// always answers false under the dispatch test.
func (a *analysis) lacksShape(need text.Flags) bool {
	return a.shapes&need == 0 && !a.every
}

// The guards' classes, each built once.
var (
	venueGuard = classesOf(cSaintWords, cOrgHeads, cClubAcronyms, cClubWords, cVenue) // markVenues
	labelGuard = classesOf(cNameLabels)                                               // labelledName

	// anchorAt finds a person only at a pronoun of its switch, a counted
	// few (« deux de nos bénévoles ») or a singular determiner.
	anchorGuard = classesOf(cAnchorPronouns, cCountedFew, cSingDet, cPerson)
	// nameAt, at a word without a capital (or in a shouted sentence),
	// starts a name only at a civility, a first name, a family word or a
	// surname of a list (people_lists.go).
	lowerNameGuard = classesOf(cCivility, cFirst, cAmbig, cFamilyWords, cLast)

	changeGuard    = classesOf(cChange, cPlusWord)   // gray.go futureChange
	aggregateGuard = classesOf(cPopulation, cPerson) // gray.go computeAggregated
	characterGuard = classesOf(cCharacterLabels)     // characters.go charactersColon
)

// describedGuard: without a relative, findDescribedPerson finds a person
// only at a noun of these classes (describedNoun): its own person nouns,
// WordNet's English ones and the nationalities.
var describedGuard = classesOf(cPerson, cDescribedPersons, cWordnetPersons, cDemonym)

// anchorPronouns are the words of anchorAt's switch (anchors.go): a word
// added there is added here.
var anchorPronouns = lexicon.WordSet{"elle": true, "lui": true, "she": true, "her": true, "him": true,
	"herself": true, "himself": true, "celui": true, "celle": true, "someone": true, "quelqu": true,
	"he": true, "il": true, "je": true, "moi": true, "my": true, "myself": true, "j": true, "i": true,
	"mien": true, "mienne": true, "miens": true, "miennes": true, "mine": true, "sien": true, "sienne": true, "siens": true,
	"siennes": true, "tien": true, "tienne": true, "tiennes": true, "hers": true, "ours": true, "theirs": true, "yours": true,
	"soi": true}

// familyWords are the words of isFamilyWord (names.go).
var familyWords = lexicon.WordSet{"les": true, "famille": true, "couple": true}
