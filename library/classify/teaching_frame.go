package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Teaching material tells of nobody (issue 7, section 4): a French-as-a-
// foreign-language exercise (« Exercice FLE : vous êtes Paul. Vous
// téléphonez au médecin… Jouez le dialogue »), a dialogue to act, a role
// play, a « mise en situation » for training, an example letter. Its
// persons are roles given to the learner: a first name, « Mme Diallo »,
// their ailments and troubles the exercise's. Two things tell it, and
// both are needed: a heading that names the material
// (teaching_headings.txt, in the value's first sentence, before its
// colon) and words that speak to the learner anywhere in the value
// (teaching_instructions.txt: an order of the class, « vous êtes », a
// question put to them, the level). The sentences of such a value read
// as an invented case (invented_case.go): their names are taken, and the
// facts of their characters go.
//
// A real case told as an exercise stays real, sentence by sentence:
// contact details, a word that says the case is real or drawn from one
// (« inspiré de », « d'après », "based on"), a full name (a first name
// and a known surname: « Ahmed Saïdi »), a weekday's regular (« Mme
// Lopez du mardi »), kin of a named person (« la fille de Mme Roux »)
// keep every name and finding; « notre », "our" beside a name keeps that
// name (takeCharacters).

var (
	inventedWords        = normalised(lexicon.Words(lexicon.Data, "invented_words"))
	teachingHeadings     = byFirstWord(phraseWords(wholeWordPhrases("teaching_headings")))
	teachingInstructions = wholeWordPhrases("teaching_instructions")
	wordProblemQuestions = wholeWordPhrases("word_problem_questions")
)

// phraseWords splits phrases in the form teachingNorm gives into their
// words, as the tokens' Norm hold them (« jeu de rôle », « ciné-débat »:
// a hyphen or an apostrophe cuts a token).
func phraseWords(list []string) [][]string {
	out := make([][]string, len(list))
	for k, p := range list {
		out[k] = strings.Fields(p)
	}
	return out
}

// phrasesByFirst are phrases split into words (phraseWords), under their
// first word, in the order of their list: a heading is read with one
// look-up per word instead of a comparison with every phrase.
type phrasesByFirst map[string][][]string

// byFirstWord files the phrases under their first words.
func byFirstWord(phrases [][]string) phrasesByFirst {
	out := phrasesByFirst{}
	for _, p := range phrases {
		out[p[0]] = append(out[p[0]], p)
	}
	return out
}

// headingHolds: one of the phrases stands in the tokens [0, end), at
// their start only when atStart. Read from the tokens: a value's first
// sentence asks it, and folding its text again would allocate.
func headingHolds(toks []text.Token, end int, phrases phrasesByFirst, atStart bool) bool {
	return headingPhrase(toks, end, phrases, atStart) != nil
}

// headingPhrase is the first phrase headingHolds finds, or nil.
func headingPhrase(toks []text.Token, end int, phrases phrasesByFirst, atStart bool) []string {
	_, p := phraseAt(toks, end, phrases, atStart)
	return p
}

// phraseSpan returns the tokens [i, j) of the first of the phrases that
// stands anywhere in toks, or -1, -1.
func phraseSpan(toks []text.Token, phrases phrasesByFirst) (i, j int) {
	i, p := phraseAt(toks, len(toks), phrases, false)
	return i, i + len(p)
}

// phraseAt returns where the first of the phrases stands in the tokens
// [0, end), at their start only when atStart, and the phrase; -1, nil
// when none does.
func phraseAt(toks []text.Token, end int, phrases phrasesByFirst, atStart bool) (int, []string) {
	for s := 0; s < end; s++ {
		for _, p := range phrases[toks[s].Norm] {
			if s+len(p) <= end && wordsAt(toks, s, p) {
				return s, p
			}
		}
		if atStart {
			break
		}
	}
	return -1, nil
}

// wordsAt: the words of p are the Norm of the tokens from s on.
func wordsAt(toks []text.Token, s int, p []string) bool {
	for w, word := range p {
		if toks[s+w].Norm != word {
			return false
		}
	}
	return true
}

// wholeWordPhrases reads a list of phrases (data/phrases/<name>.txt) in
// the form teachingNorm gives, so that each matches whole words.
func wholeWordPhrases(name string) []string {
	list := lexicon.Phrases(lexicon.Data, name)
	out := make([]string, 0, len(list))
	for _, p := range list {
		if n := teachingNorm(p); strings.TrimSpace(n) != "" { // a punctuation-only line would match every text
			out = append(out, n)
		}
	}
	return out
}

// teachingNorm folds s and keeps its words only, each between spaces,
// so that a phrase matches whole words (« fle » is not in « fleur »).
func teachingNorm(s string) string {
	f := text.Fold(s)
	var b strings.Builder
	b.Grow(len(f) + 2)
	b.WriteByte(' ')
	space := true
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 {
			b.WriteByte(c)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// teachingValue reports whether the value is teaching material. It is
// read once, in the value's first sentence; the later ones ask the answer.
func (a *analysis) teachingValue() bool {
	if !a.teachRead {
		a.teachRead = true
		heading, ok := a.teachingHeading()
		if !ok {
			return false // the value is read again only when its heading names teaching material
		}
		// the words to the learner are another phrase than the heading's: a
		// heading that names material and is also on the list of words to
		// the learner (« Mise en situation : », "Role play:") does not tell
		// the two things on its own; an order (« Complétez : ») or a
		// question put in the value does
		norm := teachingNorm(a.text)
		switch saysInventedIn(norm) {
		case invented:
			a.teaching = true // the value says its people are made up (« Exercice avec des personnages fictifs : … »)
			return true
		case notInvented:
			return false // « ce n'est pas un cas inventé »: a real case told as an exercise
		}
		if learnerOrder(heading) || strings.IndexByte(a.text, '?') >= 0 {
			heading = ""
		}
		a.teaching = containsAnyBut(norm, teachingInstructions, heading) || a.wordProblem(norm)
	}
	return a.teaching
}

// wordProblem: the value asks the question of a word problem (« combien »,
// "how many") after a number it gives (« Léa achète 3 cahiers… »).
func (a *analysis) wordProblem(norm string) bool {
	for _, q := range wordProblemQuestions {
		if k := strings.Index(norm, q); k > 0 && strings.ContainsAny(norm[:k], "0123456789") {
			return true
		}
	}
	return false
}

// learnerOrder: the phrase (teachingNorm form) opens on an order to the
// learner, a verb in « -ez » (« complétez », « conjuguez »).
func learnerOrder(phrase string) bool {
	f := strings.Fields(phrase)
	return len(f) > 0 && len(f[0]) > 3 && strings.HasSuffix(f[0], "ez")
}

// normalised returns the words of set in the form teachingNorm gives
// (« made-up » as « made up »), read once.
func normalised(set lexicon.WordSet) []string {
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, teachingNorm(w))
	}
	return out
}

// inventedSaid is what a value says of its persons: nothing, that they
// are invented, or that they are not.
type inventedSaid int

const (
	inventedUnsaid inventedSaid = iota
	invented
	notInvented
)

// saysInventedIn: the normalised text holds a word that says persons are
// invented (invented_words.txt: « fictif », "(fictional)"), or denies it
// (« pas inventé », "not made-up", « non fictif »).
func saysInventedIn(norm string) inventedSaid {
	for _, w := range inventedWords {
		k := strings.Index(norm, w)
		if k < 0 {
			continue
		}
		before := strings.Fields(norm[max(0, k-16):k])
		for n := max(0, len(before)-3); n < len(before); n++ {
			if inventedNegations[before[n]] { // invented_case.go
				return notInvented
			}
		}
		return invented
	}
	return inventedUnsaid
}

// containsAnyBut: the normalised text holds one of the phrases other than
// but.
func containsAnyBut(norm string, phrases []string, but string) bool {
	for _, p := range phrases {
		if p != but && strings.Contains(norm, p) {
			return true
		}
	}
	return false
}

// teachingMarks end a teaching heading within its first eight words at
// the first colon, else at the first spaced dash (heading_end.go).
var teachingMarks = headingMarks{before: 8, colonFirst: true}

// teachingHeading: the sentence's heading — its words before the first
// colon (« Niveau A2 – Lisez : »), else before the first spaced dash, or
// its first eight words — names teaching material; it returns the phrase
// that names it, in the form teachingNorm gives. Without a colon the
// name must open the value: a heading, not a mention.
func (a *analysis) teachingHeading() (string, bool) {
	if !a.has(cFrameHeadCue) {
		return "", false
	}
	toks := a.s.Toks
	end, mark := headingEnd(a.text, toks, teachingMarks)
	if end == 0 {
		end = min(len(toks), teachingMarks.before) // no mark: its first eight words
	}
	if end == 0 {
		return "", false
	}
	// « Formation écoutants, exercice 2 : »; with no colon the heading
	// opens the value: not « Pendant l'exercice d'évacuation, Mme Roux… »
	p := headingPhrase(toks, end, teachingHeadings, mark != ':')
	return " " + strings.Join(p, " ") + " ", p != nil
}

// teachingSentence: the value is teaching material and nothing in the
// sentence ties its persons to real ones (real_life.go: a floor, the
// writer's own people, a time of real events, an identifier).
func (a *analysis) teachingSentence() bool {
	if !a.teachingValue() || len(a.sdirect) > 0 || a.realLifeSaid() {
		return false
	}
	toks := a.s.Toks
	for k := range toks {
		if realCaseWords[toks[k].Norm] && !negatedAt(toks, k) {
			return false // « inspiré de Mme Lopez », "based on last week's call"
		}
		if k+1 < len(toks) && toks[k].Is(cFirst) && toks[k].Has(text.Cap) && toks[k+1].Is(cLast) &&
			toks[k+1].Has(text.Cap) && toks[k+1].Sep == 0 {
			return false // « Ahmed Saïdi »: an exercise gives a first name, not a person's full name
		}
		if a.knownCaseAt(k) {
			return false
		}
	}
	return true
}

// closeOnes tie a person to another as kin does (data/words/close_ones.txt).
var closeOnes = lexicon.Words(lexicon.Data, "close_ones")

// knownCaseAt: the word at k points at a case the association knows: a
// regular of a weekday (« Mme Lopez du mardi »), a case told after what
// happened (« d'après »), or kin or a friend of a person named by civility and
// surname (« la fille de Mme Roux »; not « le fils de Paul », an
// exercise's family): a real family, a real habit.
func (a *analysis) knownCaseAt(k int) bool {
	toks := a.s.Toks
	n := toks[k].Norm
	switch {
	case dayWords[n] && k > 0 && (toks[k-1].Norm == "du" || toks[k-1].Norm == "of"):
		return true
	case n == "apres" && k > 0 && toks[k-1].Norm == "d":
		return true
	case (toks[k].Is(cKin) || closeOnes[n]) && k+2 < len(toks) && (toks[k+1].Norm == "de" || toks[k+1].Norm == "d" || toks[k+1].Norm == "of") &&
		toks[k+2].Is(cCivility):
		return true
	}
	return false
}
