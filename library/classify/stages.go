package classify

import "tamis/library/classify/text"

// The sentence rules run as an ordered list of stages over tokens that
// already carry their word classes (tagSentence). A stage that needs a
// word class skips a sentence without one: on short values most stages
// read nothing. Later stages read what earlier ones found (names,
// anchors, consumed tokens), so the order matters.

// stage is one step of the sentence pass.
type stage struct {
	name   string
	needs  text.ClassSet // a word of one of these classes; empty: every sentence
	digits bool          // a token holding a digit
	run    func(*analysis)
}

// wanted reports whether the sentence holds what the stage needs.
func (st *stage) wanted(a *analysis) bool {
	if st.digits && !a.digits {
		return false
	}
	return st.needs == text.ClassSet{} || st.needs.Intersects(a.sentCls)
}

// classesOf is the set of the given classes.
func classesOf(cs ...text.Class) text.ClassSet {
	var s text.ClassSet
	for _, c := range cs {
		s.Add(c)
	}
	return s
}

// sentenceStages are the sentence rules, in the order they run.
var sentenceStages = []stage{
	{name: "lists", run: (*analysis).applyLists},                             // the association's allow and deny lists
	{name: "direct", run: (*analysis).collectDirect},                         // identifiers found by the byte scanner
	{name: "sentence-ids", digits: true, run: (*analysis).findSentenceIDs},   // IP addresses, codes, body identifiers
	{name: "number-shapes", digits: true, run: (*analysis).findNumberShapes}, // identifier_shapes.go
	{name: "word-shapes", run: (*analysis).findWordShapes, needs: classesOf(cSpelledNumber)},
	{name: "names", run: (*analysis).findNames},
	{name: "initials", run: (*analysis).findInitialsAlone},
	{name: "name-list", run: (*analysis).findNameList, needs: classesOf(cFirst)},
	{name: "anchors", run: (*analysis).findAnchors},                       // the persons the sentence is about
	{name: "coordinates", digits: true, run: (*analysis).findCoordinates}, // coordinates.go: GPS of a home
	{name: "special", run: (*analysis).findSpecial},                       // special categories about a person
	{name: "same-gender-partner", run: (*analysis).findSameGenderPartner},
	{name: "quoted-partner", run: (*analysis).findQuotedPartner, needs: classesOf(cPartnerLinks)},
	{name: "strategy", run: (*analysis).findStrategy},
	{name: "origin-of", run: (*analysis).findOriginOf, // origin_of.go: « she is Nigerian »
		needs: classesOf(cDemonym)},
	{name: "unnamed-strategy", run: (*analysis).findUnnamedStrategy, // margins, suspicions, poaching
		needs: classesOf(cMargin, cOpening, cRefused, cFraud, cRecruit, cSuspicion, cMisuse, cBelief)},
	{name: "tender-bid", run: (*analysis).findTenderBid, needs: classesOf(cOpening, cRival)},
	{name: "indirect", run: (*analysis).findIndirect},
	{name: "code-profile", run: (*analysis).findCodeProfile},
	{name: "kin-of-role", run: (*analysis).findKinOfRole, needs: classesOf(cKin)},
	{name: "street-address", run: (*analysis).findStreetAddress, needs: classesOf(cResidenceVerbs)},
	{name: "gray", run: (*analysis).findGray},
	{name: "internal-news", run: (*analysis).findInternalNews, // falls, tension, awaited answers
		needs: classesOf(cFall, cActivity, cPopulation, cPerson, cTension, cPending)},
	{name: "keywordless", run: (*analysis).findWithoutKeyword},                      // cue_rules.go: text without a keyword
	{name: "roles-without-person", run: (*analysis).dropRolesWithoutPerson},         // elections, vacancies, routine tasks
	{name: "held-back", run: (*analysis).findHeldBack, needs: classesOf(cDisclose)}, // held_back.go: « pas encore annoncé »
	{name: "animals", run: (*analysis).dropAnimalFacts},                             // named_things.go: an animal up for adoption
	{name: "few-only", run: (*analysis).findFewOnly, needs: classesOf(cPopulation)}, // few_only.go: « seules trois personnes »
	{name: "carry", run: (*analysis).notePerson},                                    // carried_person.go: the person, for the next sentences
}
