package classify

import (
	"strings"
	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Names are the commonest personal data in what volunteers type. The rules
// look for the shapes a French text gives a name: a civility ("Mme
// Nguyen"), a first name and a surname ("Théo Brunet-Lacaze"), "NOM
// Prénom", initials ("J.-P. Morel"), a family ("chez les Guérin"), and a
// first name alone when nothing else explains it ("Demander à Karima").
// Places and bodies named after people ("salle Simone Veil", "lycée Victor
// Hugo") are recognised first and explain their words away.

// orgLabelWords say a name label names an organisation (data/words/org_label_words.txt).
var orgLabelWords = lexicon.Words(lexicon.Data, "org_label_words")

// nameHit is a name found in the sentence, as a token range.
type nameHit struct {
	i, j   int
	public bool // a public figure: doubt, not blocked
}

func (a *analysis) findNames() {
	a.markVenues()
	a.markPlaceLists()  // place_lists.go
	a.markTitles()      // titles.go
	a.markNamedAfter()  // named_things.go
	a.markNamedThings() // named_thing_heads.go
	a.markFamous()      // famous_names.go
	a.markCharacters()  // characters.go
	a.markRolesPlayed() // characters.go
	a.markInvented()    // invented_case.go
	a.markFiction()     // fiction_frame.go
	a.markStory()       // story_frame.go
	toks := a.s.Toks
	labelled := a.labelledName()
	if labelled == 0 {
		a.labelStart, labelled = a.saidName() // said_name.go: « il s'appelle Kev »
	}
	if labelled > 0 {
		a.reportName(a.labelStart, labelled)
		for k := a.labelStart; k < labelled; k++ {
			a.consumed[k] = true
		}
	}
	for i := 0; i < len(toks); {
		if (a.s.Shouting || !toks[i].Has(text.Cap)) && a.passes(&toks[i], lowerNameGuard) {
			i++ // guards.go: nameAt would find nothing here
			continue
		}
		j, ok := a.nameAt(i)
		if !ok {
			i++
			continue
		}
		if a.hasWorkWord() && (a.inQuotes(i) || a.inSingleQuotes(i)) { // quoted_titles.go; the class first, it is one test
			// a title: « Still Alice », "Jane Eyre"
		} else if a.theNamedPlace(i, j) { // place_or_person.go: "the Albert Hall"
			for k := i; k < j; k++ {
				a.consumed[k] = true
			}
		} else if p := a.skipNameTail(j); p < len(toks) && toks[p].Is(cPlaceAfterName) && !a.consumed[p] && !a.bracketBefore(p) && // civility_shapes.go
			!a.placeAfterNameIsPerson(i, p) { // place_or_person.go: "call Emma Lane"
			// "the Jean Monnet building", "Simone de Beauvoir library"
			for k := i; k <= p; k++ {
				a.consumed[k] = true
			}
			if a.placeOrPersonUnsaid(i, j, p) { // place_or_person.go: "Sit next to Emma Lane"
				a.addAs(ruleName, Doubt, i, p+1, ruleName.reason()+i18n.T(" ?", "?"))
			}
			j = p + 1
		} else {
			a.reportName(i, j)
		}
		i = j
	}
	a.findSurnameList() // surname_list.go: « Absents excusés : Haddad, Rivière, Van Hecke »
	a.findCoordinatedNames()
	a.titledUnknown()
}

// hasWorkWord: the sentence speaks of a work (film, book, play, song).
func (a *analysis) hasWorkWord() bool {
	return a.has(cWork)
}

// titledUnknown: a capitalised word the name lists do not know right
// after a public title ("la chanteuse Zaz", "the writer Gaiman") is a
// public figure.
func (a *analysis) titledUnknown() {
	toks := a.s.Toks
	for _, h := range a.hits {
		k := h.j
		if h.dict != dTitles || k >= len(toks) || a.consumed[k] || !a.isName(k) || a.named(k) {
			continue
		}
		if k+2 < len(toks) && (isParticle(toks[k+1].Norm) || toks[k+1].Is(cOrgLinks)) && toks[k+2].Has(text.Cap) {
			continue // an organisation: "Médecins du Monde"
		}
		if a.officialStatement(k, k+1) { // public_statement.go
			a.consumed[k] = true
			if a.statementGoesOn(k + 1) {
				a.add(rulePublicFigure, k, k+1)
			}
			continue
		}
		a.names = append(a.names, nameHit{k, k + 1, true})
		if !a.eventGuest(k, k+1) { // event_guest.go: still a name for the other rules
			a.add(rulePublicFigure, k, k+1)
		}
	}
}

// named: token k is inside a name already found.
func (a *analysis) named(k int) bool {
	for _, n := range a.names {
		if k >= n.i && k < n.j {
			return true
		}
	}
	return false
}

// skipNameTail passes the particles and capitalised words that may end a
// name the shapes did not take ("Simone | de Beauvoir library").
func (a *analysis) skipNameTail(j int) int {
	toks := a.s.Toks
	for n := 0; j < len(toks) && n < 3 && !isClauseSep(toks[j].Sep) && (isParticle(toks[j].Norm) || toks[j].Has(text.Cap) && !toks[j].Is(cPlaceAfterName)); n++ { // not past a comma: « Helen Smith, Rose Cottage, Ashby Lane » is a person and her address
		j++
	}
	return j
}

// nameAt tries every name shape at token i and returns the end of the name.
func (a *analysis) nameAt(i int) (int, bool) {
	if a.consumed[i] {
		return 0, false
	}
	if a.s.Shouting || !a.s.Toks[i].Has(text.Cap) {
		// without capitals, only a first name and a surname both in the lists
		if a.s.Toks[i].Is(cCivility) {
			if j := a.lowerCivilityName(i); j > i {
				return j, true
			}
		}
		first := a.s.Toks[i].IsAny(cFirst, cAmbig)
		if first && (a.kinFirstName(i) || a.addressedFirstName(i) || a.lowerFirstActs(i) || a.lowerFirstInitial(i)) {
			return a.extendLowerFirst(i + 1), true
		}
		if j := a.lowerSurnameList(i); j > i { // people_lists.go
			return j, true
		}
		if !first && !a.isFamilyWord(i) {
			return 0, false
		}
		if j := a.listedPair(i); j > i {
			return j, true
		}
		if j := a.familyName(i); j > i {
			return j, true
		}
		if first && a.lowerPeopleListItem(i) { // people_lists.go
			return a.extendLowerFirst(i + 1), true
		}
		return 0, false
	}
	if i > 0 && a.s.Toks[i].Is(cPersonalDoc) && (a.s.Toks[i-1].Norm == "carte" || a.s.Toks[i-1].Norm == "cartes") {
		a.consumed[i] = true // « la carte Vitale »: a document, whoever's it is
		return 0, false
	}
	if j := a.ownerOfSpecial(i); j > i { // special_owner.go: « la maladie de Blaise »
		return j, true
	}
	if end := a.communePlace(i); end > i && !a.addressedAt(i) {
		for k := i; k < end; k++ {
			a.consumed[k] = true // a place: "le bus s'arrête à Josselin"
		}
		return 0, false
	}
	for _, shape := range nameShapes {
		if j := shape(a, i); j > i {
			return j, true
		}
	}
	return 0, false
}

// nameShapes are tried in order at a capitalised token; method
// expressions, so that no closure is built per token.
var nameShapes = [...]func(*analysis, int) int{(*analysis).civilityName, (*analysis).civilityLetter,
	(*analysis).initialsName, (*analysis).upperFirstName, (*analysis).fullName,
	(*analysis).surnameFirst, (*analysis).cellSurname, (*analysis).maidenName, (*analysis).clauseFirstName, (*analysis).loneFirstName, (*analysis).contextSurname,
	(*analysis).familyName, (*analysis).positionSurname, (*analysis).particleSurname, (*analysis).listApposition, (*analysis).familyBefore,
	(*analysis).titledNickname, (*analysis).reduplicatedNickname, // nicknames.go
	(*analysis).pluralFamily, (*analysis).kinPluralSurname, // plural_family.go
	(*analysis).wordSurnameActs,                                                                                            // word_surname.go
	(*analysis).apposedFirstName, (*analysis).bracketedFirstName, (*analysis).placedFirstName, (*analysis).tradedFirstName, // first_name_context.go
	(*analysis).placeSurnameActs,    // place_or_person.go
	(*analysis).peopleListFirstName} // people_lists.go

func (a *analysis) reportName(i, j int) {
	if a.publicTopicName(i, j) || a.brandNamed(i, j) { // public_topics.go, brand_named.go
		for k := i; k < j; k++ {
			a.consumed[k] = true
		}
		return
	}
	if a.famousName(i, j) { // famous_names.go
		return
	}
	ours := a.oursAround(i, j) || a.ownDuesSaid()            // public_role.go: « X, président de notre club », "our club secretary, X": one of ours, no public figure; dues_said.go
	if !ours && a.isPublicFigure(i, j) && !a.lodgingSaid() { // guest_lodging.go
		if a.officialStatement(i, j) { // public_statement.go
			for k := i; k < j; k++ {
				a.consumed[k] = true
			}
			if a.statementGoesOn(j) {
				a.add(rulePublicFigure, i, j)
			}
			return
		}
		a.names = append(a.names, nameHit{i, j, true})
		if !a.eventGuest(i, j) { // event_guest.go: still a name for the other rules
			a.add(rulePublicFigure, i, j)
		}
		return
	}
	if a.creditedName(i, j) { // credited_name.go: « Mise en scène : Camille Ferrand »
		for k := i; k < j; k++ {
			a.consumed[k] = true
		}
		return
	}
	if a.publishedOfficer(i, j) { // published_officer.go: « présidente Martine Lebrun (voir notre site) »
		a.names = append(a.names, nameHit{i: i, j: j})
		a.addAs(ruleName, Doubt, i, j, publishedOfficerReason())
		a.officerNamed = true // kept under a public heading (public_heading.go)
		return
	}
	a.namesReported++
	a.heldName = a.heldName || ours || a.apposedAge(j) || ownedPersonBefore(a.s.Toks, i) // never released nor doubted: one of ours, an age (famous_guards.go), « our grandson X »
	if listed, _ := a.listedFamous(i, j); !listed {
		a.unlistedNames++
	}
	a.names = append(a.names, nameHit{i: i, j: j})
	a.add(ruleName, i, j)
}

// isName reports a capitalised word that can be part of a name. It and
// the name shapes' other helpers read the token by pointer: they are
// asked of every capitalised word, and a copy is 64 bytes.
func (a *analysis) isName(k int) bool {
	a.steps++
	if k >= len(a.s.Toks) || a.consumed[k] {
		return false
	}
	t := &a.s.Toks[k]
	if !t.Has(text.Cap) || !t.Has(text.Letter) || len(t.Norm) < 2 {
		return false
	}
	if t.Is(cCapWord) && !t.Is(cLast) {
		return false
	}
	return !a.isAcronym(k)
}

// isAcronym: an upper-case technical word ("IBAN", "NIR", "CAF") is no
// name, even when a rare first name is spelt the same (Iban).
func (a *analysis) isAcronym(k int) bool {
	t := &a.s.Toks[k]
	if !t.Has(text.Upper) {
		// a known acronym written in title case after an article: « l'Insee », « le Samu »
		return t.Is(cAcronym) && k > 0 && a.s.Toks[k-1].Is(cBodyArticles)
	}
	// an article does not stand before a person's name: "l'ADIL", "la CLCV", "au CCAS"
	return t.Is(cAcronym) || k > 0 && !a.s.Shouting && a.s.Toks[k-1].Is(cBodyArticles)
}

// shortUnknownUpper: a short upper-case word that no name list knows
// ("CNI", "SIRET") is an acronym rather than a surname standing alone.
func (a *analysis) shortUnknownUpper(k int) bool {
	t := &a.s.Toks[k]
	return t.Has(text.Upper) && len(t.Norm) <= 5 && !t.Is(cFirst) && !t.Is(cLast) && !t.Is(cAmbig)
}

// isInitial reports "J." (a capital letter glued to a dot).
func (a *analysis) isInitial(k int) bool {
	a.steps++
	if k >= len(a.s.Toks) || a.consumed[k] {
		return false
	}
	t := &a.s.Toks[k]
	return len(t.Norm) == 1 && t.Has(text.Cap) && t.Has(text.Letter) && t.To() < len(a.text) && a.text[t.To()] == '.'
}

func (a *analysis) isFirstName(k int, ambiguousOK bool) bool {
	a.steps++
	if k >= len(a.s.Toks) || a.consumed[k] {
		return false
	}
	t := &a.s.Toks[k]
	if !(t.Is(cFirst) || ambiguousOK && t.Is(cAmbig)) {
		return false // the classes first: most capitalised words are no first name
	}
	return t.Has(text.Cap) && t.Has(text.Letter) && !a.isAcronym(k)
}

// extend swallows the capitalised words glued by hyphens or following a
// name (compound surnames, several first names), at most three.
func (a *analysis) extend(j int) int {
	for n := 0; n < 3 && j < len(a.s.Toks); n++ {
		t := &a.s.Toks[j]
		if !((a.isName(j) || a.isInitial(j)) && (text.Joined(a.s.Toks, j, '-') || t.Sep == 0)) || t.Is(cPlaceAfterName) { // « Mlle Sarah K. »
			break
		}
		j++
	}
	return j
}

// civilityName: "Mme Ouedraogo", "M. Dupont", "Dr Martin", "Mrs Smith".
func (a *analysis) civilityName(i int) int {
	t := &a.s.Toks[i]
	if !t.Is(cCivility) || t.Has(text.Upper) && len(t.Norm) > 1 {
		return 0
	}
	if !t.Has(text.Cap) {
		return a.lowerCivilityName(i)
	}
	k := a.afterCivilityInsert(i + 1) // civility_shapes.go: « Mme veuve Lambertin »
	if k < len(a.s.Toks) && a.isInitial(k) {
		if j := a.initialsName(k); j > k {
			return j // « Mrs J. Thompson », « M. J.-P. Morel »: initials and the surname after their dot
		}
		return a.extend(k + 1) // « Mme J. »
	}
	if j := a.apostropheName(k); j > 0 {
		return j
	}
	if j := a.civilityLowerParticle(k); j > 0 { // civility_particle.go: « Mme de Villiers », « M. d'Harcourt »
		return j
	}
	if !a.isName(k) && !a.commonWordSurname(k) || a.s.Toks[k].Sep != 0 && a.s.Toks[k].Sep != '.' {
		return 0
	}
	return a.extend(k + 1)
}

// venueNameAfter: the common word at k goes on as a venue's name, a
// capitalised word or a particle glued after it (« Salle Pasteur »,
// « Maison des associations »), not a first name (« M. Temple Jean »).
func (a *analysis) venueNameAfter(k int) bool {
	n := k + 1
	if n >= len(a.s.Toks) {
		return false
	}
	t := &a.s.Toks[n]
	if t.IsAny(cFirst, cAmbig) {
		// « Salle Jean Moulin »: a first name and a surname after it name
		// the venue after someone; « M. Temple Jean, » ends on the first name
		return t.Sep == 0 && n+1 < len(a.s.Toks) && a.s.Toks[n+1].Sep == 0 && a.s.Toks[n+1].Has(text.Cap)
	}
	return t.Sep == 0 && (t.Has(text.Cap) || isParticle(t.Norm))
}

// commonWordSurname: after a civility, a capitalised common word is a
// surname (« Mme Maison », « M. Temple », « Mme Chapelle »), not a
// title (« Madame Présidente ») or an acronym.
func (a *analysis) commonWordSurname(k int) bool {
	if k >= len(a.s.Toks) || a.consumed[k] {
		return false
	}
	t := &a.s.Toks[k]
	if a.venueNameAfter(k) {
		return false // « Mme Salle Pasteur », « Mme Maison des associations »: a venue's name, as an allow-list entry tried after « Mme » (rules_check.go)
	}
	return t.Has(text.Cap) && t.Has(text.Letter) && len(t.Norm) >= 3 && t.Is(cCapWord) && !t.IsAny(cPerson, cRole) && !a.isAcronym(k)
}

// kinFirstName: a first name typed in lower case next to a French
// kinship word ("le neveu de colette", "sa fille, maxime, ...").
func (a *analysis) kinFirstName(i int) bool {
	toks := a.s.Toks
	t := toks[i]
	if !a.has(cKin) || !t.Is(cFirst) || t.Is(cAmbig) || len(t.Norm) < 4 || t.Is(cCapWord) || a.consumed[i] || a.accentedWord(i) {
		return false
	}
	for k := max(0, i-4); k < i; k++ {
		if toks[k].Is(cKin) {
			// English capitalises names: after an English kin word, a
			// lower-case first name is a verb or a noun ("her mum said",
			// "Said" being a first name of the lists)
			return !(lexicon.IsEnglishWord(toks[k].Norm) && !lexicon.IsFrenchWord(toks[k].Norm))
		}
	}
	return false
}

// accentedWord: the lower-case token at i is a French word spelled with
// its accents (« déjà », « aimée »): the first name of the lists that it
// folds to (Deja, Aimee) is spelled without them.
func (a *analysis) accentedWord(i int) bool {
	t := &a.s.Toks[i]
	return a.text[t.Start:t.End] != t.Norm && lexicon.IsFrenchWord(t.Norm)
}

// addressedFirstName: a first name in lower case after a word that
// addresses a person ("voir avec francoise", "demander à karim") or after
// a detail of theirs and « de » (« rib de fatou »).
func (a *analysis) addressedFirstName(i int) bool {
	toks := a.s.Toks
	t := toks[i]
	compound := t.IsAny(cFirst, cAmbig) && i+1 < len(toks) && text.Joined(toks, i+1, '-') && toks[i+1].IsAny(cFirst, cAmbig) // « jean-marc », « rose-marie »
	if i == 0 || !compound && (!t.Is(cFirst) || t.Is(cAmbig) || len(t.Norm) < 4) || t.Is(cCapWord) || a.consumed[i] || a.accentedWord(i) {
		return false
	}
	p := toks[i-1].Norm
	if a.lex.in(p, cAddressWords) {
		return true
	}
	if (p == "de" || p == "d") && i > 1 && ownedDataNouns[toks[i-2].Norm] {
		return true // « rib de fatou », « le tel de karim »
	}
	return (p == "a" || p == "to") && i > 1 && toks[i-2].Is(cAddressVerbs)
}

// ownedDataNouns are a person's own details (data/words/owned_data_nouns.txt).
var ownedDataNouns = lexicon.Words(lexicon.Data, "owned_data_nouns")

// extendLowerFirst takes the rest of a compound first name typed in lower
// case ("jean-pierre").
func (a *analysis) extendLowerFirst(j int) int {
	toks := a.s.Toks
	for j < len(toks) && text.Joined(toks, j, '-') && toks[j].IsAny(cFirst, cAmbig) {
		j++
	}
	return j
}

// apostropheName: "N'Diaye", "O'Brien": a capital letter glued by an
// apostrophe to a capitalised word; it returns the end or 0.
func (a *analysis) apostropheName(k int) int {
	toks := a.s.Toks
	if k+1 >= len(toks) || a.consumed[k] || len(toks[k].Norm) != 1 || !toks[k].Has(text.Cap) ||
		!text.Joined(toks, k+1, '\'') || !toks[k+1].Has(text.Cap) || !toks[k+1].Has(text.Letter) {
		return 0
	}
	return a.extend(k + 2)
}

// lowerCivilityName: "mme dupont", "m. benali" typed without capitals:
// the surname must be in the list.
func (a *analysis) lowerCivilityName(i int) int {
	toks := a.s.Toks
	k := a.afterCivilityInsert(i + 1) // civility_shapes.go: « madame veuve Lacoste »
	if len(toks[i].Norm) < 2 && (k >= len(toks) || toks[k].Sep != '.') {
		return 0 // "m" alone is a metre
	}
	if k < len(toks) && toks[k].Has(text.Cap) && a.isName(k) && toks[k].Sep == 0 && toks[i].Norm != "me" {
		return a.extend(k + 1) // "madame Ouédraogo": the surname keeps its capital
	}
	if j := a.lowerParticleSurname(i, k); j > k {
		return j
	}
	if k >= len(toks) || a.consumed[k] || !toks[k].Is(cLast) {
		return 0
	}
	if toks[k].IsAny(cCapWord, cAmbig) && !abbreviatedCivility(toks, i) {
		return 0 // « bonjour madame blanche »; but « mr et mme petit »: an abbreviation is only ever written before a surname
	}
	return k + 1
}

// lowerParticleSurname: after the civility at i, a surname's particle at
// k and the surname, in lower case: « mr et mme da silva », « madame dos
// santos », « m. di stefano »; « de », « d' » only after an abbreviation
// and before a word no dictionary knows (« mme de souza », « mme
// d'almeida »; not « madame de la mairie »). It returns the end, or k.
func (a *analysis) lowerParticleSurname(i, k int) int {
	toks := a.s.Toks
	if k+1 >= len(toks) || a.consumed[k] || !toks[k+1].Has(text.Letter) || toks[k+1].Is(cFunctionWords) {
		return k
	}
	switch toks[k].Norm {
	case "da", "di", "del", "dos", "das", "do":
		if toks[k+1].Sep == 0 && (abbreviatedCivility(toks, i) || !a.dictionaryWord(k+1)) {
			return k + 2
		}
	case "de", "d":
		if (toks[k+1].Sep == 0 || toks[k+1].Sep == '\'') && abbreviatedCivility(toks, i) && !a.dictionaryWord(k+1) && !toks[k+1].IsAny(cVenue, cOrg, cKnownBodies) {
			return k + 2
		}
	}
	return k
}

// abbreviatedCivility: the civility at i is written short (« mme », « mr »,
// « m. », "mrs"), as only a name follows it; « madame » and « monsieur »
// also address anyone (« bonjour madame »).
func abbreviatedCivility(toks []text.Token, i int) bool {
	switch toks[i].Norm {
	case "mme", "mlle", "mr", "mrs":
		return true
	case "m":
		return i+1 < len(toks) && toks[i+1].Sep == '.'
	}
	return false
}

// initialsName: "J. Dupont", "J.-P. Morel".
func (a *analysis) initialsName(i int) int {
	k := i
	for k < len(a.s.Toks) && k-i < maxFirstNameParts && a.isInitial(k) {
		k++ // at most as many initials as first names: "J.-P. R."
	}
	if k-i >= 2 && !a.isName(k) && (a.roleInApposition(k) || a.initialsDescribed(i, k)) { // initials_described.go
		return k // initials alone and a role or an age: "K.T. (animatrice FLE)", "A.B., 14 ans"
	}
	if k == i || !a.isName(k) || a.s.Toks[k].Is(cFirst) && k+1 < len(a.s.Toks) && a.isName(k+1) {
		return 0
	}
	return a.extend(k + 1)
}

// upperFirstName: "LEBRETON Anne-Sophie".
func (a *analysis) upperFirstName(i int) int {
	t := &a.s.Toks[i]
	if !t.Has(text.Upper) || !a.isName(i) || !a.isFirstName(i+1, true) || a.s.Toks[i+1].Has(text.Upper) {
		return 0
	}
	return a.extend(i + 2)
}

// fullName: "Théo Brunet-Lacaze", "Priya Raman", "Gilles V.", "Jean DUPONT".
func (a *analysis) fullName(i int) int {
	if !a.isFirstName(i, true) {
		return 0
	}
	k := i + 1
	for k < len(a.s.Toks) && k-i < maxFirstNameParts && text.Joined(a.s.Toks, k, '-') && a.isFirstName(k, true) {
		k++ // Anne-Sophie, Jean-Pierre
	}
	if k >= len(a.s.Toks) || a.s.Toks[k].Sep != 0 {
		return 0
	}
	if a.isInitial(k) {
		return k + 1
	}
	if !a.isName(k) {
		return a.particleAfterFirstName(i, k) // particle_names.go: « Tom Le Roux »
	}
	if a.titleAroundFirstName(i, k) {
		return 0 // "Annual General Meeting" (org_shapes.go)
	}
	sur := a.s.Toks[k]
	if a.s.Toks[i].Is(cAmbig) && !a.s.Toks[i].Is(cFirst) &&
		!sur.Has(text.Upper) && !sur.Is(cLast) && i == 0 && !a.copulaFact(k+1) { // word_names.go
		return 0
	}
	return a.extend(k + 1)
}

// maxFirstNameParts bounds a compound first name ("Marie-Anne-Sophie")
// and a run of initials: fullName and initialsName are tried at every
// token, and an unbounded chain ("Jean-Jean-Jean-…", "J. J. J. …") made
// the work quadratic in the sentence.
const maxFirstNameParts = 4

// labelledName: a form line "Nom : dupont", "Prénom: karima", "Name:
// Smith" holds a name whatever its case. It returns the end of the name
// and sets labelStart, or 0.
func (a *analysis) labelledName() int {
	if a.lacks(labelGuard) {
		return 0 // guards.go
	}
	toks := a.s.Toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i+1].Sep != ':' || !toks[i].Is(cNameLabels) || i > 0 && (toks[i-1].Norm == "de" || orgLabelWords[toks[i-1].Norm]) {
			continue // « Nom de … : », "Organisation name:": no person's name
		}
		k := i + 1
		if (toks[k].Is(cNameLabels) || formFieldLabels[toks[k].Norm]) && a.labelAt(k) {
			continue // « Nom : ______ Prénom : ______ »: a blank field, the next label follows; not « nom : durand : … »
		}
		if a.consumed[k] || !toks[k].Has(text.Letter) || toks[k].Is(cCapWord) || a.isAcronym(k) {
			return 0
		}
		if !toks[k].Has(text.Cap) && !toks[k].IsAny(cFirst, cLast) && lexicon.IsFrenchWord(toks[k].Norm) {
			return 0 // "sans aucun nom : commence par « Bonjour »": a sentence goes on
		}
		if a.orgShaped(k) {
			return 0 // "account name: Paws of Provence" (org_shapes.go)
		}
		j := k + 1
		for j < len(toks) && j < k+3 && toks[j].Has(text.Letter) && (toks[j].Sep == 0 || toks[j].Sep == '-' || toks[j].Sep == '.' && a.isInitial(j-1)) && // « Signé : J. Morel »
			!toks[j].Is(cCapWord) && (toks[j].Has(text.Cap) || toks[j].IsAny(cFirst, cLast)) {
			j++
		}
		if j == k+1 && a.shortUnknownUpper(k) {
			return 0 // "Nom : CNI"
		}
		a.labelStart = k
		return j
	}
	return 0
}

// formFieldLabels are the labels of a form's other fields
// (data/words/form_field_labels.txt).
var formFieldLabels = lexicon.Words(lexicon.Data, "form_field_labels")

// labelAt: the token at k is a form's label: a colon follows it (« Nom :
// ______ Téléphone : ______ »), whatever stands between (blanks, dots).
func (a *analysis) labelAt(k int) bool {
	toks := a.s.Toks
	if k+1 < len(toks) {
		return toks[k+1].Sep == ':'
	}
	end := int(toks[k].End)
	rest := strings.TrimLeft(a.text[end:min(len(a.text), end+8)], " \u00a0\t") // the sentence may end before the colon
	return strings.HasPrefix(rest, ":")
}

// listedPair: "jean dupont", "KARIMA BENALI": without capitals to tell,
// a first name and a listed surname side by side.
func (a *analysis) listedPair(i int) int {
	toks := a.s.Toks
	if i+1 >= len(toks) || !toks[i].Has(text.Letter) || !toks[i+1].Has(text.Letter) || toks[i+1].Sep != 0 {
		return 0
	}
	first, last := toks[i].Norm, toks[i+1].Norm
	if a.isAcronym(i) || a.isAcronym(i+1) || toks[i].Is(cFunctionWords) {
		return 0 // "5 € per person": a grammar word is nobody's first name
	}
	unknownSurname := a.unknownLowerWord(i+1) && (toks[i].Is(cFirst) && !toks[i].Is(cAmbig) || len(last) >= minUnknownSurname && i > 0 && personIntroducers[toks[i-1].Norm]) // "danny whitehouse"; "forms to jade mcallister", not "Poster: summer holiday camp"
	if !toks[i+1].Is(cLast) && !unknownSurname ||
		toks[i+1].Is(cCapWord) || toks[i+1].Is(cAmbig) && !a.noWordPair(i) || a.consumed[i+1] {
		return 0
	}
	if !toks[i].Is(cFirst) && !(toks[i].Is(cAmbig) && (a.s.Shouting || len(last) >= 5)) {
		return 0
	}
	if len(first) < 3 || len(last) < 3 {
		return 0
	}
	return i + 2
}

// noWordPair: a first name and a surname that are both in the lists and
// that no dictionary knows as words (« sophie tran »): the surname is a
// first name too (Tran), but after a first name that is no word it ends
// a person's name.
func (a *analysis) noWordPair(i int) bool {
	first, last := &a.s.Toks[i], &a.s.Toks[i+1]
	return first.Is(cFirst) && !first.Is(cAmbig) && last.Is(cLast) && !a.dictionaryWord(i) && !a.dictionaryWord(i+1)
}

// personIntroducers stand before a person (« avec », « chez », "to",
// "with"): data/words/person_introducers.txt.
var personIntroducers = lexicon.Words(lexicon.Data, "person_introducers")

// minUnknownSurname is the length from which a word no lexicon knows,
// after a first name that is also a word (jade, gaz, rose) and a word
// that introduces a person, is read as its surname ("forms to jade
// mcallister"): shorter ones are more often typos or slang.
const minUnknownSurname = 7

// unknownLowerWord: token k is a word of letters in lower case that no
// lexicon knows, French, English, a first name, a town: after a first
// name that is no word, a surname the lists lack ("danny whitehouse",
// "imran siddiqui", as English rotas are typed).
func (a *analysis) unknownLowerWord(k int) bool {
	t := &a.s.Toks[k]
	n := t.Norm
	if t.Has(text.Cap) || t.Has(text.Digit) || len(n) < 4 || t.IsAny(cFirst, cPerson, cPopulation, cOrg, cVenue, cFunctionWords) {
		return false
	}
	if lexicon.IsFrenchWord(n) || lexicon.IsEnglishWord(n) {
		return false
	}
	end, _ := a.communeAt(k)
	return end == 0
}

// surnameFirst: "Dupont Marie", a listed surname then a first name.
func (a *analysis) surnameFirst(i int) int {
	toks := a.s.Toks
	if !a.isName(i) || !toks[i].Is(cLast) || toks[i].Is(cFirst) ||
		toks[i].Is(cAmbig) || i+1 >= len(toks) || toks[i+1].Sep != 0 || !a.isFirstName(i+1, false) {
		return 0
	}
	return a.extendFirst(i + 2)
}

// contextSurname: a listed surname alone after a word that introduces a
// person ("chez Dupont", "appeler Benali").
func (a *analysis) contextSurname(i int) int {
	toks := a.s.Toks
	if i == 0 || !a.isName(i) {
		return 0
	}
	if !toks[i].Is(cLast) || toks[i].IsAny(cCapWord, cAmbig) {
		return 0
	}
	switch toks[i-1].Norm {
	case "chez", "avec", "appeler", "contacter", "rappeler", "prevenir", "demander":
		return a.extend(i + 1)
	}
	return 0
}

// isFamilyWord: "les Guérin", "famille Martin" start with a lower-case word.
func (a *analysis) isFamilyWord(i int) bool {
	n := a.s.Toks[i].Norm
	return n == "les" || n == "famille" || n == "couple"
}

// familyName: "chez les Guérin", "la famille Martin".
func (a *analysis) familyName(i int) int {
	toks := a.s.Toks
	if !a.isFamilyWord(i) || toks[i].Has(text.Cap) && toks[i].Norm != "famille" {
		return 0
	}
	if fostering(toks, i) && a.fosterSurname(i+3) {
		return a.extend(i + 4) // « Famille d'accueil Rousseau »: a foster family named by its surname
	}
	if familyInitial(a.text, toks, i+1) && (toks[i].Norm == "famille" || i > 0 && toks[i-1].Norm == "chez") {
		return i + 2 // « chez les T. », « la famille B. »; not « les J.O. », « les A. et B. »
	}
	if !a.isName(i + 1) {
		return 0
	}
	if toks[i].Norm == "les" && !toks[i+1].Is(cLast) && !a.unknownCapWord(i+1) && (i == 0 || toks[i-1].Norm != "chez") {
		return 0 // "chez les Da Silva" is a family, "les Restos" is not
	}
	if toks[i+1].IsAny(cFirst, cAmbig) {
		return 0
	}
	return a.extend(i + 2)
}

// isCommune: a commune's name opens at token k (« Nantes »).
func (a *analysis) isCommune(k int) bool {
	end, _ := a.communeAt(k)
	return end != 0
}

// fosterSurname: the word at k after « famille d'accueil » is a surname
// of the lists or a capitalised word no lexicon knows, no first name, no
// town and no word (« Famille d'accueil Rousseau », « … Bouzid »; not
// « … Nantes », « … Chats », « … Recherchée », « … SPA »).
func (a *analysis) fosterSurname(k int) bool {
	t := &a.s.Toks[k]
	if !t.Has(text.Cap) || t.Has(text.Upper) || t.IsAny(cFirst, cAmbig) || a.isCommune(k) {
		return false
	}
	if a.dictionaryWord(k) {
		return t.Is(cLast) && !strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "x") // « Rousseau », not « Lapins »
	}
	return t.Is(cLast) || a.unknownCapWord(k)
}

// fostering: « famille d'accueil » opens at i.
func fostering(toks []text.Token, i int) bool {
	return toks[i].Norm == "famille" && i+3 < len(toks) && toks[i+1].Norm == "d" && toks[i+2].Norm == "accueil"
}

// loneFirstName: a first name alone is a person inside an association
// ("Demander à Karima", "Raphaël, notre bénévole"). A first name that is
// also a word (Rose, Pierre) needs a word that introduces a person.
func (a *analysis) loneFirstName(i int) int {
	toks := a.s.Toks
	if !toks[i].IsAny(cFirst, cAmbig) {
		return 0 // isFirstName below says no: the tests before it need not be asked
	}
	if a.titleAroundFirstName(i, i+1) {
		return 0 // "the Christmas Carol Service" (org_shapes.go)
	}
	if a.placeAfterPreposition(i) {
		return 0 // "in Brittany", « au Rex » (places_after_preposition.go)
	}
	if a.isFirstName(i, false) && (len(toks[i].Norm) > 3 || a.personContext(i)) {
		return a.extendFirst(i + 1)
	}
	if i+1 < len(toks) && a.isFirstName(i, true) && text.Joined(toks, i+1, '-') && a.isFirstName(i+1, true) {
		return a.extendFirst(i + 1) // « Jean-Pierre », « Jean-Luc »: two words that are also words make no word together
	}
	if a.isFirstName(i, true) && i > 0 && (toks[i-1].Is(cNameCtx) || nameOfLinks[toks[i-1].Norm] && a.roleInApposition(i+1)) { // « le syndrome de Jade, 6 ans »
		return a.extendFirst(i + 1)
	}
	if a.isFirstName(i, true) && i > 0 && englishPossessive(toks, i+1) && !(i+2 < len(toks) && toks[i+2].Has(text.Cap)) && a.inEnglish() {
		return i + 1 // "to reimburse Pierre's travel expenses": English capitalises no common word inside a sentence; "Rose's Garden" is a place's name
	}
	return 0
}

// englishPossessive: the token at k is the "s" of an English possessive.
func englishPossessive(toks []text.Token, k int) bool {
	return k < len(toks) && toks[k].Norm == "s" && text.Joined(toks, k, '\'')
}

// personContext: a short first name (Tom, Léa, Ali) is a person when a
// word around it says so: "avec Léa", « la maladie de Léa », "Tom a
// appelé", "Ali, notre...".
func (a *analysis) personContext(i int) bool {
	toks := a.s.Toks
	if i > 0 && (toks[i-1].Is(cNameCtx) || nameOfLinks[toks[i-1].Norm]) {
		return true
	}
	if i+1 >= len(toks) {
		return len(toks) == 1
	}
	if toks[i+1].Sep == ',' || toks[i+1].Sep == ':' {
		return true
	}
	return toks[i+1].Is(cPersonVerbs)
}

// nameOfLinks tie a thing or a relative to its owner
// (data/words/name_of_links.txt).
var nameOfLinks = lexicon.Words(lexicon.Data, "name_of_links")

func (a *analysis) extendFirst(j int) int {
	for j < len(a.s.Toks) && text.Joined(a.s.Toks, j, '-') && a.isFirstName(j, true) {
		j++
	}
	return j
}

// markVenues explains away the capitalised words that follow a place or
// body word ("salle Simone Veil", "arrêt Jean Macé", "centre hospitalier
// Henri Laborit", "église Saint-Paul").
func (a *analysis) markVenues() {
	if a.lacks(venueGuard) {
		return // each branch below starts at a word of one of these classes (guards.go)
	}
	toks := a.s.Toks
	for i := 0; i < len(toks); i++ {
		n := toks[i].Norm
		if toks[i].Is(cSaintWords) {
			if toks[i].Has(text.Cap) && !a.saintSurname(i) { // famous_lookup.go: « Camille Saint-Saëns »
				a.consumed[i] = true
				a.consumeCaps(i + 1)
			}
			continue
		}
		if toks[i].Is(cOrgHeads) && toks[i].Has(text.Cap) || a.sportsClubHead(i) {
			if i+1 < len(toks) && toks[i+1].Sep != ':' {
				a.consumeCaps(i + 1) // "Les Amis de Jules Verne", "US Dax"; not « Chorale : Janine est à l'hôpital »
			}
			continue
		}
		if !toks[i].Is(cVenue) || a.consumed[i] || n == "place" && i > 0 && (toks[i-1].Norm == "sur" || toks[i-1].Norm == "en") {
			continue // a consumed venue word had its names consumed with it
		}
		if i > 0 && toks[i-1].Is(cCivility) && toks[i].Has(text.Cap) && !a.venueNameAfter(i) {
			continue // « Mme Chapelle », « M. Temple »: a surname after a civility, no venue; « Salle Pasteur » is one
		}
		a.consumeLowerEponym(i) // lower_eponym.go: « 12 rue victor hugo »
		k := i + 1
		for links := 0; k < len(toks) && links < 3 && !toks[k].Has(text.Cap) && toks[k].Is(cVenueLink); links++ {
			k++
		}
		if k > i+1 && toks[i].Is(cNamedThingHead) && (toks[i+1].Norm == "de" || toks[i+1].Norm == "d") {
			continue // « le prix de Jean Martin »: named_thing_heads.go reads a head's « de »
		}
		if k < len(toks) && !isClauseSep(toks[k].Sep) && (!toks[k].Is(cCivility) || streetTitle(toks, i, k)) {
			a.consumeCaps(k) // not "la maison de Mme Durand": a civility is a person
		}
	}
}

// streetTitle: the civility at k follows a street's word and « du »
// (« rue du Docteur Schweitzer », « place du Professeur Calmette »): the
// title is part of the street's name; « de Mme Durand » is no such name.
func streetTitle(toks []text.Token, street, k int) bool {
	return k == street+2 && streetWords[toks[street].Norm] && toks[k-1].Norm == "du" && toks[k].Has(text.Cap)
}

// saintWords open a place named after a saint (data/words/saint_words.txt).
var saintWords = lexicon.Words(lexicon.Data, "saint_words")

// maxVenueWords bounds the words a place or body word explains away
// ("Centre Hospitalier Universitaire Henri Laborit"): every "Saint" of
// "Saint-Saint-Saint-…" walked the whole chain, quadratic in the sentence.
const maxVenueWords = 8

// sportsClubHead: a club prefix before a capitalised town names a club,
// not a person ("US Dax", "FC Nantes", "Stade Rochelais"). The short
// prefixes must be written in capitals, so that English "us" stays a word.
func (a *analysis) sportsClubHead(i int) bool {
	toks := a.s.Toks
	if i+1 >= len(toks) || !toks[i+1].Has(text.Cap) || isClauseSep(toks[i].Sep) {
		return false
	}
	if toks[i].Is(cClubAcronyms) {
		return toks[i].Has(text.Upper)
	}
	return toks[i].Is(cClubWords) && toks[i].Has(text.Cap)
}

// consumeCaps marks the run of capitalised words (and their particles) at k.
func (a *analysis) consumeCaps(k int) {
	toks := a.s.Toks
	for n := 0; k < len(toks) && n < maxVenueWords; n++ {
		a.steps++
		t := toks[k]
		if n > 0 && isClauseSep(t.Sep) {
			return // « Amicale laïque : Jean Dupont », « école Jules-Ferry, Paul Martin »: someone after the name
		}
		if t.Has(text.Cap) || t.Has(text.Digit) && len(t.Norm) <= 3 {
			a.consumed[k] = true
			k++
			continue
		}
		if k+1 < len(toks) && isParticle(t.Norm) && (toks[k+1].Has(text.Cap) ||
			isParticle(toks[k+1].Norm) && k+2 < len(toks) && toks[k+2].Has(text.Cap)) {
			k++ // « Vallée de la Roya »: two particles
			continue
		}
		return
	}
}

func isParticle(w string) bool {
	switch w {
	case "de", "du", "des", "d", "la", "le", "l", "van", "von", "da", "di", "del", "et":
		return true
	}
	return false
}

// isPublicFigure: a title near the name ("l'ancienne ministre Évelyne
// Carrère", "Victor Hugo, écrivain").
func (a *analysis) isPublicFigure(i, j int) bool {
	toks := a.s.Toks
	if a.namesakeSaid() { // namesake.go: « Zinedine Zidane, homonyme du champion »
		return false
	}
	if a.eventTopic(i) {
		return true
	}
	reach := i - 1
	if toks[i].Sep == ',' {
		reach = i - 3 // "la maire de Plouguerneau, Mme Le Gall"
	}
	for k := max(0, i-5); k < i; k++ {
		if end, v := a.at(dTitles, k); v != 0 && end >= reach && !(end < len(toks) && amateurQualifiers[toks[end].Norm]) && !a.kinOfRole(k, end) {
			return true // not « la chanteuse amateur, Édith Lefèvre »: an amateur is no public figure (public_stage.go)
		}
	}
	if j < len(toks) && toks[j].Sep == ',' && (toks[j].Is(cRole) || toks[j].Is(cPerson)) && a.publicOffice(j) {
		return true // "M. Molinié, président du conseil départemental"
	}
	for k := j; k < min(len(toks), j+3); k++ {
		if _, v := a.at(dTitles, k); v != 0 {
			return true
		}
	}
	return false
}

// eventTopic: a name that is the topic of a talk or a tribute ("exposé sur
// Martin Luther King", "hommage à Jean Moulin") is most often a historical
// figure; it stays a doubt so that a volunteer still checks it.
func (a *analysis) eventTopic(i int) bool {
	// a topic word (« exposé », "talk") a few words before the link says
	// the name is what the event is about
	toks := a.s.Toks
	if i < 2 || !toks[i-1].Is(cTopicLinks) {
		return false
	}
	if !a.topicWordBefore(i - 1) {
		return false // "lecture autour de Victor Hugo", « expo au centre social sur Simone Veil »
	}
	for k := i + 1; k < min(len(toks), i+7); k++ {
		if toks[k].Is(cPerson) || toks[k].Is(cTopicPossessives) {
			return false // "hommage à Paul Durand, bénévole décédé", "... notre ancien trésorier"
		}
	}
	return true
}

// topicWordBefore: a topic word within six tokens before token k, in
// the same clause.
func (a *analysis) topicWordBefore(k int) bool {
	toks := a.s.Toks
	for j := k - 1; j >= max(0, k-6); j-- {
		if toks[j].Is(cTopicWords) {
			return true
		}
		if isClauseSep(toks[j].Sep) {
			return false
		}
	}
	return false
}

// ownedPersonBefore: a possessive and a person's noun stand right before
// the name at i (« notre adhérent Julien Ferrand », "our grandson Jamie
// Cole", "my neighbour X"): someone's own person, whatever the sentence
// reads like.
func ownedPersonBefore(toks []text.Token, i int) bool {
	return i >= 2 && ownerWords[toks[i-2].Norm] && toks[i-1].IsAny(cPerson, cKin, cRole)
}
