package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Name shapes that lean on the large lexicons (lexicon/lexicon_fr.go): most people
// a volunteer writes about have a name no list holds ("Relancer
// Vandenberghe", "Famille Bouzid"). A capitalised word that is no French
// word, no commune, no organisation and no other list's word, standing
// where a person stands, is a name. So is a first name that is also a word
// ("Pierre", "Rose") when a person's verb follows it at the start of a
// clause, and a commune after a place preposition is a place, not a
// person ("s'arrête à Josselin").

// unknownCapWord: token k is capitalised and no lexicon knows it as a
// word, a place or a body.
func (a *analysis) unknownCapWord(k int) bool {
	return a.capWordOutsideLexicons(k, true)
}

// capWordOutsideLexicons is unknownCapWord, with the English words
// counted as unknown when english is false (english_names.go).
func (a *analysis) capWordOutsideLexicons(k int, english bool) bool {
	if k >= len(a.s.Toks) || a.consumed[k] || a.s.Shouting {
		return false
	}
	t := &a.s.Toks[k]
	n := t.Norm
	if !t.Has(text.Cap) || !t.Has(text.Letter) || len(n) < 3 || a.isAcronym(k) || t.Has(text.Upper) && len(n) <= 4 {
		return false
	}
	if k > 0 && a.text[t.Start-1] == '`' || innerCapital(a.text[t.Start:t.End]) {
		return false // code: `Update`, SetEnabled
	}
	if t.IsAny(cCapWord, cVenue, cCivility, cPerson, cPopulation, cOrg, cKnownBodies) {
		return false
	}
	if t.Is(cLast) && !lexicon.IsFrenchWord(n) { // the classes of the name lists: no map look-up
		return true
	}
	if t.IsAny(cFirst, cAmbig) || lexicon.IsFrenchWord(n) || english && lexicon.IsEnglishWord(n) {
		return false
	}
	end, _ := a.communeAt(k)
	return end == 0 && !townInCountry(a.s.Toks, k)
}

// townInCountry: the word at k is followed by « en », « au », « aux »,
// "in" and a country (arrival_from.go countries): a town abroad
// (« jumelage avec Cracovie en Pologne », "exchange with Timișoara in
// Romania"), not a surname. A word of the name lists is read before
// this: « Braga au Portugal » stays the lists' surname. After a verb of
// reaching someone or « chez » (« Relancer X en Pologne »), or with a
// possessive of someone in the sentence, it stays a person.
func townInCountry(toks []text.Token, k int) bool {
	if k+2 >= len(toks) || !toks[k+2].Has(text.Cap) || !countries[toks[k+2].Norm] {
		return false
	}
	if k > 0 && toks[k-1].Is(cSurnameCtx) && toks[k-1].Norm != "avec" && toks[k-1].Norm != "with" {
		return false // « Relancer X en Pologne », « chez X au Niger »: someone to reach
	}
	for _, t := range toks {
		if personalTies[t.Norm] {
			return false // « … pour son dossier »: someone's
		}
	}
	switch toks[k+1].Norm {
	case "en", "au", "aux", "in":
		return true
	}
	return false
}

// innerCapital: a capital after the third letter ("SetEnabled",
// "HelloAsso"), which names take only as Mc/Le/Di prefixes ("McLeod").
func innerCapital(w string) bool {
	for i := 3; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// positionSurname: an unknown capitalised word where a person stands:
// after a word that addresses a person ("avec", "chez", "relancer",
// "ask"), after a kinship word ("le fils Petitjean"), after "à" following
// a verb of speech ("demander à Vandenberghe"), or before a role in
// apposition ("Vandenberghe, notre trésorière", "Moreau (coach)").
func (a *analysis) positionSurname(i int) int {
	toks := a.s.Toks
	if !toks[i].Has(text.Cap) {
		return 0
	}
	placed := false
	if i > 0 {
		p := toks[i-1].Norm
		placed = toks[i-1].Is(cSurnameCtx) && !toks[i-1].Has(text.Upper) || toks[i-1].Is(cKin) && a.detBefore(i-1) ||
			(p == "des" || p == "de" || p == "du") && i > 1 && toks[i-2].Is(cKin) || // "l'aîné des Bensaïd"
			(p == "a" || p == "to") && i > 1 && (toks[i-2].Is(cAddressVerbs) || thanksWords[toks[i-2].Norm]) ||
			a.nameListGoesOn(i)
	}
	if !placed && !a.roleInApposition(i+1) || !a.unknownCapWord(i) && !a.englishWordAsSurname(i) || a.inQuotes(i) {
		return 0
	}
	if a.nationalityAdjective(i) { // nationality_adjective.go: "with French lessons"
		return 0
	}
	return a.extend(i + 1)
}

// thanksWords come before « à » or "to" and a person (« merci à Sinéad »).
var thanksWords = lexicon.Words(lexicon.Data, "thanks_words")

// nameListGoesOn: token i follows a name in a list ("Thierry, Gégé et
// Nanou"): after a comma, "et" or "and" that comes right after a name.
func (a *analysis) nameListGoesOn(i int) bool {
	toks := a.s.Toks
	if i > 0 && toks[i].Sep == ',' && a.named(i-1) {
		return true
	}
	return i > 1 && (toks[i-1].Norm == "et" || toks[i-1].Norm == "and") && a.named(i-2)
}

// roleInApposition: a comma or a bracket at token k opens a role or an
// age ("…, notre trésorière", "… (coach U13)", "…, 14 ans").
func (a *analysis) roleInApposition(k int) bool {
	toks := a.s.Toks
	if k == 0 || k >= len(toks) || !commaOrBracketIn(a.text[toks[k-1].End:toks[k].Start]) {
		return false // the gap holds the comma or bracket: "B., 16 ans"
	}
	for j := k; j < min(len(toks), k+3); j++ {
		if j > k && isClauseSep(toks[j].Sep) {
			return false
		}
		if toks[j].IsAny(cRole, cPerson, cKin, cAppositionRoles) {
			return true
		}
		if toks[j].Has(text.Digit) && j+1 < len(toks) && isAgeUnit(toks[j+1].Norm) {
			return true
		}
	}
	return false
}

// clauseFirstName: at the start of a clause, a first name that is also a
// word ("Pierre viendra samedi", "Rose a appelé", "Will keeps the keys"),
// a compound first name ("Jean-Pierre viendra") or an unknown capitalised
// word ("Bébert s'occupe du barbecue") is a person when a person's verb
// follows it.
func (a *analysis) clauseFirstName(i int) int {
	toks := a.s.Toks
	if i > 2 || i > 0 && toks[i].Sep != ',' && toks[i].Sep != ':' && !a.nicknameHead(i) {
		return 0
	}
	j := i + 1
	if a.isFirstName(i, true) {
		for j < len(toks) && j-i < maxFirstNameParts && text.Joined(toks, j, '-') && a.isFirstName(j, true) {
			j++
		}
		if j < len(toks) && (a.personVerbAt(j) || a.lifeVerbAt(j)) && toks[j].Norm != "et" && !(toks[j].Norm == "a" && (j+1 < len(toks) && toks[j+1].Norm == "lieu" || a.englishArticleAt(j))) {
			return j
		}
		return 0
	}
	if (a.humanVerbAt(j) || a.humanDeedAfter(j)) && a.unknownCapWord(i) {
		return j // "Bébert s'occupe du barbecue", "Dédé du club a ramené les lots"
	}
	if toks[i].Has(text.Cap) && toks[i].Is(cLast) && !toks[i].IsAny(cCapWord, cVenue) && a.humanVerbAt(j) { // the classes first
		return j // "Fontaine a dit qu'il viendrait": a listed surname that is also a word
	}
	return 0
}

// englishArticleAt: the « a » at j is an English article ("Can a trustee
// be paid?", "Will a parish council…"): the sentence is English, or the
// next word is one of letters in lower case that French does not know
// (« Karim a appelé » keeps its verb).
func (a *analysis) englishArticleAt(j int) bool {
	if a.inEnglish() {
		return true
	}
	n := j + 1
	if n >= len(a.s.Toks) {
		return false
	}
	t := &a.s.Toks[n]
	return t.Has(text.Letter) && !t.Has(text.Cap) && !t.Has(text.Digit) && !lexicon.IsFrenchWord(t.Norm)
}

// nicknameHead: "Le Grand Momo", "la petite Lou": a determiner and an
// adjective before a capitalised word at the start of the sentence.
func (a *analysis) nicknameHead(i int) bool {
	toks := a.s.Toks
	return i == 2 && (toks[0].Norm == "le" || toks[0].Norm == "la") && toks[1].Is(cNounAdjectives) && toks[1].Has(text.Cap)
}

// humanDeedAfter: within a short complement after token k, a human verb
// ("du club de belote a ramené", "passe prendre les ballons").
func (a *analysis) humanDeedAfter(k int) bool {
	toks := a.s.Toks
	for j := k; j < min(len(toks), k+6); j++ {
		if j > k && isClauseSep(toks[j].Sep) {
			return false
		}
		switch toks[j].Norm { // one switch, not five comparisons per word
		case "a", "est":
			if a.humanVerbAt(j) {
				return true
			}
		case "passe", "passera", "vient":
			if j+1 < len(toks) && isInfinitive(toks[j+1].Norm) {
				return true // "passe prendre", "vient chercher"
			}
		}
	}
	return false
}

func isInfinitive(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re"))
}

// humanVerbAt: only a person does what token k says ("s'occupe",
// "nous rejoint", "a dit", "est venue"): an unknown word before it
// is a name, where "Zumba a lieu" or "Covid a changé" are not.
func (a *analysis) humanVerbAt(k int) bool {
	toks := a.s.Toks
	if k >= len(toks) || isClauseSep(toks[k].Sep) {
		return false
	}
	if toks[k].Norm == "s" && text.Joined(toks, k, '\'') {
		return false // English "README's", not French "s'occupe"
	}
	switch n := toks[k].Norm; n {
	case "s", "nous", "vous", "lui", "leur", "m", "t", "dit", "says", "said", "told", "asked",
		"rang", "phoned", "texted", "emailed", "messaged": // "Shaz rang about the rent"
		return true
	case "a", "est", "has", "is", "was":
		p := k + 1
		if p < len(toks) && auxAdverbs[toks[p].Norm] {
			p++ // « a encore oublié », "has already called"
		}
		return p < len(toks) && toks[p].Is(cHumanParticiples)
	}
	return false
}

// lowerFirstInitial: a first name typed in lower case followed by the
// initial of a surname (« karim b. du groupe du jeudi »): the shape of a
// person, whatever the case.
func (a *analysis) lowerFirstInitial(i int) bool {
	toks := a.s.Toks
	t := toks[i]
	if !t.Is(cFirst) || t.Is(cAmbig) || len(t.Norm) < 3 || a.consumed[i] || i+1 >= len(toks) || toks[i+1].Sep != 0 {
		return false
	}
	u := toks[i+1]
	return len(u.Norm) == 1 && u.Has(text.Letter) && u.To() < len(a.text) && a.text[u.To()] == '.' && u.Norm != "a" && u.Norm != "y"
}

// auxAdverbs stand between an auxiliary and its participle (data/words/aux_adverbs.txt).
var auxAdverbs = lexicon.Words(lexicon.Data, "aux_adverbs")

// personVerbAt: token k is a verb (or a pronoun before one) whose subject
// is a person: "a", "viendra", "s'est", "nous rejoint", "will", "keeps".
func (a *analysis) personVerbAt(k int) bool {
	t := &a.s.Toks[k]
	if isClauseSep(t.Sep) {
		return false
	}
	n := t.Norm
	if n == "a" && a.text[t.Start:t.End] != "a" {
		return false // "à", folded to "a": "Grâce à vous" holds no verb
	}
	if t.IsAny(cPersonVerbs, cClausePersonVerbs) {
		return true
	}
	// French future, third person: "viendra", "tiendra", "passera"
	return len(n) >= 5 && strings.HasSuffix(n, "ra") && t.Has(text.Letter) && !t.Is(cCapWord)
}

// communePlace: a capitalised word after a place preposition that names a
// commune ("part de Ploërmel", "s'arrête à Josselin") is a place. It
// returns the end of the commune name, or 0.
func (a *analysis) communePlace(i int) int {
	toks := a.s.Toks
	if i == 0 || !toks[i].Has(text.Cap) {
		return 0
	}
	if n := toks[i].Norm; !toks[i-1].Is(cPlacePrep) && n != "le" && n != "la" && n != "les" {
		return 0 // a capitalised article inside a sentence opens a name: « pour La Rochelle »
	}
	end, _ := a.communeAt(i)
	if end == i+1 && a.personNamedAt(i) {
		return 0 // a first name and a surname: « merci à Marie Durand », not the commune of Marie
	}
	return end
}

// addressedAt: token i follows "à" after a verb of speech ("demander à
// Nancy"): a person, even when a commune bears the name.
func (a *analysis) addressedAt(i int) bool {
	toks := a.s.Toks
	return i > 1 && (toks[i-1].Norm == "a" || toks[i-1].Norm == "to") && toks[i-2].Is(cAddressVerbs)
}

// detBefore: a singular determiner within the three tokens before k
// ("le fils", "la petite-fille").
func (a *analysis) detBefore(k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if a.s.Toks[j].Is(cSingDet) {
			return true
		}
	}
	return false
}

// lowerFirstActs: a first name typed in lower case that opens the
// sentence before a person's verb ("nathalie passera prendre les clés"),
// or two such names joined by "et" ("mettre yasmine et inès ensemble"),
// or one before a relative clause ("aider kevin qui est malade").
func (a *analysis) lowerFirstActs(i int) bool {
	toks := a.s.Toks
	t := toks[i]
	if i == 0 && t.IsAny(cFirst, cAmbig) && len(t.Norm) >= 3 && !t.Is(cCapWord) && !a.consumed[i] && a.humanVerbAt(i+1) {
		return true // « rose a encore oublié ses clés »: a word does not forget, a person does
	}
	if t.Is(cAmbig) || len(t.Norm) < 4 || t.Is(cCapWord) || a.consumed[i] || lexicon.IsFrenchWord(t.Norm) {
		return false
	}
	if clauseStartAt(toks, i) && i+1 < len(toks) && a.personVerbAt(i+1) && toks[i+1].Norm != "et" {
		return true // « moussa est… », « … ; moussa est… »
	}
	if i+2 < len(toks) && toks[i+1].Sep == 0 && (toks[i+1].Norm == "qui" || toks[i+1].Norm == "who") && !(i > 0 && toks[i-1].Is(cNameLabels)) { // « le prénom emma qui domine les classements »: the name itself
		return true // « comment aider kevin qui est malade »: a relative clause after a first name that is no word tells of a person
	}
	pair := func(k int) bool {
		u := toks[k]
		return u.Is(cFirst) && !u.Is(cAmbig) && len(u.Norm) >= 4 && !lexicon.IsFrenchWord(u.Norm)
	}
	return i+2 < len(toks) && toks[i+1].Norm == "et" && pair(i+2) || i > 1 && toks[i-1].Norm == "et" && pair(i-2)
}

// clauseStartAt: token i opens the sentence or a clause (after a comma, a
// semicolon, a colon, « et », « mais », "and", "but").
func clauseStartAt(toks []text.Token, i int) bool {
	if i == 0 || isClauseSep(toks[i].Sep) {
		return true
	}
	switch toks[i-1].Norm {
	case "et", "mais", "and", "but":
		return true
	}
	return false
}

// civilityLetter: "M. X, 54 ans": a civility and a single capital letter
// stand for one person whose name was left out.
func (a *analysis) civilityLetter(i int) int {
	toks := a.s.Toks
	k := i + 1
	if k >= len(toks) || len(toks[k].Norm) != 1 || !toks[k].Has(text.Cap) || !toks[k].Has(text.Letter) {
		return 0
	}
	if (k+1 == len(toks) || isClauseSep(toks[k+1].Sep)) && toks[i].Is(cCivility) {
		return k + 1
	}
	return 0
}

// findHandle: after a handle word, a token that mixes letters and
// digits ("DarkNinja93", "lbrt2008") is someone's account.
func (a *analysis) findHandle() {
	if !a.has(cHandle) {
		return
	}
	toks := a.s.Toks
	for i, t := range toks {
		if !t.Is(cHandle) {
			continue
		}
		for k := i + 1; k < min(len(toks), i+6); k++ {
			if strings.Contains(a.text[t.End:toks[k].Start], "@") {
				break // an @handle is the byte scanner's, which knows the association's own
			}
			if n := toks[k].Norm; len(n) >= 5 && toks[k].Flags&(text.Digit|text.Letter) == 0 && digitsIn(n) < len(n)-1 {
				if !a.ourAccount(i) {
					a.add(ruleHandle, k, k+1)
				}
				return
			}
		}
	}
}

// commaOrBracketIn is strings.ContainsAny(gap, ",(") for the gap between
// two tokens, one or two bytes most often: a loop, without the set that
// ContainsAny builds at each call. ',' and '(' are ASCII, which no byte
// of a longer UTF-8 rune is.
func commaOrBracketIn(gap string) bool {
	for i := 0; i < len(gap); i++ {
		if gap[i] == ',' || gap[i] == '(' {
			return true
		}
	}
	return false
}
