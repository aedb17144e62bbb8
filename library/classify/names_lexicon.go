package classify

import (
	"strings"
)

// Name shapes that lean on the large lexicons (lexicon_fr.go): most people
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
	if k >= len(a.s.toks) || a.consumed[k] || a.s.shouting {
		return false
	}
	t := a.s.toks[k]
	n := t.norm
	if !t.has(fCap) || !t.has(fLetter) || len(n) < 3 || a.isAcronym(k) || t.has(fUpper) && len(n) <= 4 {
		return false
	}
	if k > 0 && a.text[t.start-1] == '`' || innerCapital(a.text[t.start:t.end]) {
		return false // code: `Update`, SetEnabled
	}
	lx := a.lex
	if t.isAny(cCapWord, cVenue, cCivility, cPerson, cPopulation, cOrg, cKnownBodies) {
		return false
	}
	if lx.lastnames[n] && !isFrenchWord(n) {
		return true
	}
	if lx.firstnames[n] || lx.ambiguous[n] || isFrenchWord(n) {
		return false
	}
	end, _ := a.communeAt(k)
	return end == 0
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
	toks := a.s.toks
	if !toks[i].has(fCap) {
		return 0
	}
	placed := false
	if i > 0 {
		p := toks[i-1].norm
		placed = toks[i-1].is(cSurnameCtx) && !toks[i-1].has(fUpper) || toks[i-1].is(cKin) && a.detBefore(i-1) ||
			(p == "des" || p == "de" || p == "du") && i > 1 && toks[i-2].is(cKin) || // "l'aîné des Bensaïd"
			(p == "a" || p == "to") && i > 1 && (toks[i-2].is(cAddressVerbs) || toks[i-2].norm == "merci") ||
			a.nameListGoesOn(i)
	}
	if !placed && !a.roleInApposition(i+1) || !a.unknownCapWord(i) || a.inQuotes(i) {
		return 0
	}
	return a.extend(i + 1)
}

// nameListGoesOn: token i follows a name in a list ("Thierry, Gégé et
// Nanou"): after a comma, "et" or "and" that comes right after a name.
func (a *analysis) nameListGoesOn(i int) bool {
	toks := a.s.toks
	if i > 0 && toks[i].sep == ',' && a.named(i-1) {
		return true
	}
	return i > 1 && (toks[i-1].norm == "et" || toks[i-1].norm == "and") && a.named(i-2)
}

// roleInApposition: a comma or a bracket at token k opens a role or an
// age ("…, notre trésorière", "… (coach U13)", "…, 14 ans").
func (a *analysis) roleInApposition(k int) bool {
	toks := a.s.toks
	if k == 0 || k >= len(toks) || !strings.ContainsAny(a.text[toks[k-1].end:toks[k].start], ",(") {
		return false // the gap holds the comma or bracket: "B., 16 ans"
	}
	for j := k; j < min(len(toks), k+3); j++ {
		if j > k && isClauseSep(toks[j].sep) {
			return false
		}
		if toks[j].isAny(cRole, cPerson, cKin, cAppositionRoles) {
			return true
		}
		if toks[j].has(fDigit) && j+1 < len(toks) && isAgeUnit(toks[j+1].norm) {
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
	toks := a.s.toks
	if i > 2 || i > 0 && toks[i].sep != ',' && toks[i].sep != ':' && !a.nicknameHead(i) {
		return 0
	}
	j := i + 1
	if a.isFirstName(i, true) {
		for j < len(toks) && j-i < maxFirstNameParts && joined(toks, j, '-') && a.isFirstName(j, true) {
			j++
		}
		if j < len(toks) && a.personVerbAt(j) && toks[j].norm != "et" && !(toks[j].norm == "a" && j+1 < len(toks) && toks[j+1].norm == "lieu") {
			return j
		}
		return 0
	}
	if (a.humanVerbAt(j) || a.humanDeedAfter(j)) && a.unknownCapWord(i) {
		return j // "Bébert s'occupe du barbecue", "Dédé du club a ramené les lots"
	}
	if toks[i].has(fCap) && a.humanVerbAt(j) && toks[i].is(cLast) && !toks[i].isAny(cCapWord, cVenue) {
		return j // "Fontaine a dit qu'il viendrait": a listed surname that is also a word
	}
	return 0
}

// nicknameHead: "Le Grand Momo", "la petite Lou": a determiner and an
// adjective before a capitalised word at the start of the sentence.
func (a *analysis) nicknameHead(i int) bool {
	toks := a.s.toks
	return i == 2 && (toks[0].norm == "le" || toks[0].norm == "la") && toks[1].is(cNounAdjectives) && toks[1].has(fCap)
}

// humanDeedAfter: within a short complement after token k, a human verb
// ("du club de belote a ramené", "passe prendre les ballons").
func (a *analysis) humanDeedAfter(k int) bool {
	toks := a.s.toks
	for j := k; j < min(len(toks), k+6); j++ {
		if j > k && isClauseSep(toks[j].sep) {
			return false
		}
		if (toks[j].norm == "a" || toks[j].norm == "est") && a.humanVerbAt(j) {
			return true
		}
		if (toks[j].norm == "passe" || toks[j].norm == "passera" || toks[j].norm == "vient") && j+1 < len(toks) && isInfinitive(toks[j+1].norm) {
			return true // "passe prendre", "vient chercher"
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
	toks := a.s.toks
	if k >= len(toks) || isClauseSep(toks[k].sep) {
		return false
	}
	if toks[k].norm == "s" && joined(toks, k, '\'') {
		return false // English "README's", not French "s'occupe"
	}
	switch n := toks[k].norm; n {
	case "s", "nous", "vous", "lui", "leur", "m", "t", "dit", "says", "said", "told", "asked":
		return true
	case "a", "est", "has", "is", "was":
		p := k + 1
		if p < len(toks) && auxAdverbs[toks[p].norm] {
			p++ // « a encore oublié », "has already called"
		}
		return p < len(toks) && toks[p].is(cHumanParticiples)
	}
	return false
}

// lowerFirstInitial: a first name typed in lower case followed by the
// initial of a surname (« karim b. du groupe du jeudi »): the shape of a
// person, whatever the case.
func (a *analysis) lowerFirstInitial(i int) bool {
	toks := a.s.toks
	t := toks[i]
	if !t.is(cFirst) || t.is(cAmbig) || len(t.norm) < 3 || a.consumed[i] || i+1 >= len(toks) || toks[i+1].sep != 0 {
		return false
	}
	u := toks[i+1]
	return len(u.norm) == 1 && u.has(fLetter) && u.end < len(a.text) && a.text[u.end] == '.' && u.norm != "a" && u.norm != "y"
}

// auxAdverbs stand between an auxiliary and its participle.
var auxAdverbs = wordSet{"encore": true, "deja": true, "bien": true, "toujours": true, "again": true, "already": true, "just": true}

// personVerbAt: token k is a verb (or a pronoun before one) whose subject
// is a person: "a", "viendra", "s'est", "nous rejoint", "will", "keeps".
func (a *analysis) personVerbAt(k int) bool {
	t := a.s.toks[k]
	if isClauseSep(t.sep) {
		return false
	}
	n := t.norm
	if n == "a" && a.text[t.start:t.end] != "a" {
		return false // "à", folded to "a": "Grâce à vous" holds no verb
	}
	if t.isAny(cPersonVerbs, cClausePersonVerbs) {
		return true
	}
	// French future, third person: "viendra", "tiendra", "passera"
	return len(n) >= 5 && strings.HasSuffix(n, "ra") && t.has(fLetter) && !t.is(cCapWord)
}

// communePlace: a capitalised word after a place preposition that names a
// commune ("part de Ploërmel", "s'arrête à Josselin") is a place. It
// returns the end of the commune name, or 0.
func (a *analysis) communePlace(i int) int {
	toks := a.s.toks
	if i == 0 || !toks[i].has(fCap) {
		return 0
	}
	if n := toks[i].norm; !toks[i-1].is(cPlacePrep) && n != "le" && n != "la" && n != "les" {
		return 0 // a capitalised article inside a sentence opens a name: « pour La Rochelle »
	}
	end, _ := a.communeAt(i)
	return end
}

// addressedAt: token i follows "à" after a verb of speech ("demander à
// Nancy"): a person, even when a commune bears the name.
func (a *analysis) addressedAt(i int) bool {
	toks := a.s.toks
	return i > 1 && (toks[i-1].norm == "a" || toks[i-1].norm == "to") && toks[i-2].is(cAddressVerbs)
}

// detBefore: a singular determiner within the three tokens before k
// ("le fils", "la petite-fille").
func (a *analysis) detBefore(k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if a.s.toks[j].is(cSingDet) {
			return true
		}
	}
	return false
}

// lowerFirstActs: a first name typed in lower case that opens the
// sentence before a person's verb ("nathalie passera prendre les clés"),
// or two such names joined by "et" ("mettre yasmine et inès ensemble").
func (a *analysis) lowerFirstActs(i int) bool {
	toks := a.s.toks
	t := toks[i]
	if i == 0 && t.isAny(cFirst, cAmbig) && len(t.norm) >= 3 && !t.is(cCapWord) && !a.consumed[i] && a.humanVerbAt(1) {
		return true // « rose a encore oublié ses clés »: a word does not forget, a person does
	}
	if t.is(cAmbig) || len(t.norm) < 4 || t.is(cCapWord) || a.consumed[i] || isFrenchWord(t.norm) {
		return false
	}
	if i == 0 && i+1 < len(toks) && a.personVerbAt(i+1) && toks[i+1].norm != "et" {
		return true
	}
	pair := func(k int) bool {
		u := toks[k]
		return u.is(cFirst) && !u.is(cAmbig) && len(u.norm) >= 4 && !isFrenchWord(u.norm)
	}
	return i+2 < len(toks) && toks[i+1].norm == "et" && pair(i+2) || i > 1 && toks[i-1].norm == "et" && pair(i-2)
}

// civilityLetter: "M. X, 54 ans": a civility and a single capital letter
// stand for one person whose name was left out.
func (a *analysis) civilityLetter(i int) int {
	toks := a.s.toks
	k := i + 1
	if k >= len(toks) || len(toks[k].norm) != 1 || !toks[k].has(fCap) || !toks[k].has(fLetter) {
		return 0
	}
	if (k+1 == len(toks) || isClauseSep(toks[k+1].sep)) && toks[i].is(cCivility) {
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
	toks := a.s.toks
	for i, t := range toks {
		if !t.is(cHandle) {
			continue
		}
		for k := i + 1; k < min(len(toks), i+6); k++ {
			if strings.Contains(a.text[t.end:toks[k].start], "@") {
				break // an @handle is the byte scanner's, which knows the association's own
			}
			if n := toks[k].norm; len(n) >= 5 && toks[k].flags&(fDigit|fLetter) == 0 && digitsIn(n) < len(n)-1 {
				a.add(ruleHandle, k, k+1)
				return
			}
		}
	}
}
