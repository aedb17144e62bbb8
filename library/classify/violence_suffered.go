package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Violence suffered is told by its verb more often than by its noun
// (issue 7, section 4): « son mari la frappait », « elle se fait
// tabasser », « il l'a giflée », "her boyfriend hits her". A verb of
// beating (data/words/beating_verbs.txt) whose object is a person — a
// pronoun before it in French, the causative « se faire » or "get", a
// possessive after « par » in the passive, a pronoun after it in
// English — said next to a person is a criminal matter about the one
// beaten (category 4). The verb with a thing as its object (« frapper à la
// porte », « taper le ballon ») or with nobody near (« apprendre à
// frapper en rythme ») passes.

// findViolenceSuffered reports the first verb of beating with a person
// as its object, when the sentence (or the one before) is about someone.
func (a *analysis) findViolenceSuffered() {
	toks := a.s.Toks
	for k := range toks {
		if !toks[k].Is(cBeating) {
			continue
		}
		i, j := beatenPerson(toks, k)
		if i < 0 || !a.factOfSomeone(span{i, j, 0}) {
			continue
		}
		a.add(ruleCriminal, i, j)
		return
	}
}

// beatenPerson returns the span of the verb at k with its object when
// that object is a person, or -1.
func beatenPerson(toks []text.Token, k int) (int, int) {
	if i := objectPronounBefore(toks, k); i >= 0 {
		return i, k + 1
	}
	if i := causativeBefore(toks, k); i >= 0 {
		return i, k + 1
	}
	by := k + 1
	if by < len(toks) && toks[by].Norm == "up" {
		by++ // "beaten up by her son"
	}
	if by+1 < len(toks) && (toks[by].Norm == "par" || toks[by].Norm == "by") && isPossessive(toks[by+1].Norm) {
		return k, by + 2 // « battue par son mari », "beaten by her partner"
	}
	if k > 0 && englishGot[toks[k-1].Norm] && (k+1 == len(toks) || !awayWords[toks[k+1].Norm]) {
		return k - 1, k + 1 // "got beaten up", "gets slapped"; not "got kicked out"
	}
	if k+1 < len(toks) && englishObjects[toks[k+1].Norm] && k > 0 && beaterBefore(toks, k-1) {
		return k, k + 2 // "he hits her"
	}
	return -1, -1
}

// objectPronounBefore: « la frappait », « l'a giflée », « ne le bat
// plus »: an object pronoun, maybe with an auxiliary after it, stands
// before the verb, and a subject before the pronoun (« son mari la
// frappe »; « la frappe du ballon » opens with an article, no subject).
func objectPronounBefore(toks []text.Token, k int) int {
	j := k - 1
	if j >= 0 && auxiliaries[toks[j].Norm] {
		j--
	}
	if j < 1 || !objectPronouns[toks[j].Norm] {
		return -1
	}
	if p := toks[j-1]; frenchSubjects[p.Norm] || p.IsAny(cKin, cPerson, cPartner) || p.Has(text.Cap) {
		return j
	}
	return -1
}

// causativeBefore: « se fait frapper », « s'est fait tabasser ».
func causativeBefore(toks []text.Token, k int) int {
	j := k - 1
	if j < 1 || !causativeFaire[toks[j].Norm] {
		return -1
	}
	if j >= 2 && (toks[j-1].Norm == "est" || toks[j-1].Norm == "etait") && toks[j-2].Norm == "s" {
		return j - 2
	}
	if toks[j-1].Norm == "se" || toks[j-1].Norm == "s" {
		return j - 1
	}
	return -1
}

// beaterBefore: the word before an English verb of beating is who beats
// ("he", "her boyfriend", "Dad") or an adverb or "to" between them ("used
// to hit her"), not a thing ("the ball hit him").
func beaterBefore(toks []text.Token, k int) bool {
	p := toks[k]
	return englishBeaters[p.Norm] || p.IsAny(cKin, cPerson, cPartner) || p.Has(text.Cap)
}

// factOfSomeone: someone the sentence is about stands near the fact at
// sp, or the sentence before was about someone and this one points back
// at them; a campaign or a case that may arise is about no one.
func (a *analysis) factOfSomeone(sp span) bool {
	if a.sentenceGeneric() && !a.namedUnderHeading(sp.i) || a.hypotheticalBefore(sp.i) || a.caseOfAnyone(sp) { // case_of_anyone.go
		return false // « que faire si votre conjoint vous frappe ? », a campaign
	}
	if _, ok := a.nearestAnchor(sp.i); ok {
		return true
	}
	_, ok := a.carriedAnchor(sp)
	return ok
}

func isPossessive(w string) bool {
	switch w {
	case "son", "sa", "ses", "leur", "leurs", "her", "his", "their":
		return true
	}
	return false
}

// The closed words of grammar the verb's subject and object are read
// from: the auxiliaries and pronouns are uses of their class files
// (word_uses.go), the words of who beats are data (english_beaters.txt).
var (
	objectPronouns = pronounUses.of("object")
	auxiliaries    = auxiliaryUses.of("avoir")
	frenchSubjects = map[string]bool{"il": true, "elle": true, "ils": true, "elles": true, "on": true, "qui": true, "ne": true, "n": true}
	causativeFaire = map[string]bool{"fait": true, "faisait": true, "faire": true, "fera": true, "font": true, "faisaient": true}
	englishGot     = map[string]bool{"got": true, "gets": true, "get": true, "getting": true}
	awayWords      = map[string]bool{"out": true, "off": true}
	englishObjects = pronounUses.of("object-en")
	englishBeaters = lexicon.Words(lexicon.Data, "english_beaters") // pronouns, "who", "to", adverbs of how often
)

// namedUnderHeading: the generic words of the sentence are a heading
// that names someone (« Conférence de Julie Marchetti : … », "Talk by
// Emma Shore: …"), and the fact at i is told after the heading's colon,
// in a clause that holds no generic word of its own and opens on no case
// for whoever it befalls (« quand », "if": data/words/case_openers.txt).
// The heading announces a person; what follows is her life.
func (a *analysis) namedUnderHeading(i int) bool {
	toks := a.s.Toks
	colon := -1
	for k := min(i, len(toks)-1); k > 0; k-- {
		if toks[k].Sep == ':' || toks[k].Sep == ';' {
			colon = k
			break
		}
	}
	if colon < 0 || !a.nameWithin(0, colon) {
		return false
	}
	for _, h := range a.hits {
		if h.dict == dGeneric && h.i >= colon {
			return false // « … : atelier sur les violences » is a topic again
		}
	}
	for k := colon; k <= i && k < len(toks); k++ {
		if caseOpeners[toks[k].Norm] {
			return false
		}
	}
	return true
}
