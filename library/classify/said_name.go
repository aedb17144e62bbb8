package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A sentence that says what someone is called names them, whatever the
// name lists hold (issue 7, section 4: people named without a name of the
// lists): « il s'appelle Kev », « elle se prénomme Lyna », « un petit
// prénommé Titou », "his name is Wolf", "her name's Jaz". Only a person
// is said so: the verb follows a pronoun of a person (« il », « elle »,
// "his", "her"…) or « qui » after a person noun, not « la rue
// s'appelle… », « un logiciel qui s'appelle… », "the company's name
// is…". The capitalised words after
// it are the name; a word of the lists' common capitals (a day, a
// month), an acronym or a known commune is not.

var saidNameVerbs = lexicon.Words(lexicon.Data, "said_name_verbs")

// notAPersonNamed: « il », "his" also stand for a pet or a character (a
// read-only review found seventeen public texts so blocked: « Le chiot
// du refuge ? Il s'appelle Biscuit », « Il s'appelle Pinocchio et son nez
// s'allonge »). The name is no one's when it is a famous name of the
// lists, or when the sentence speaks of an animal or of a story.
func (a *analysis) notAPersonNamed(i, j int) bool {
	if listed, _ := a.listedFamous(i, j); listed || a.has(cAnimalWords) {
		return true
	}
	for _, t := range a.s.Toks {
		if fictionNouns[t.Norm] || characterLabels[t.Norm] {
			return true
		}
	}
	return false
}

// saidName returns the span [i, j) of a name said after a verb of naming,
// or j == 0.
func (a *analysis) saidName() (i, j int) {
	if !a.has(cSaidNameVerb) && !a.has(cNameLabels) {
		return 0, 0 // the classes first (set_classes.go): no verb of naming, no "name"
	}
	toks := a.s.Toks
	for k := 1; k+1 < len(toks); k++ {
		if !a.namingSaid(k) {
			continue
		}
		i = k + 1
		if a.consumed[i] || !toks[i].Has(text.Cap) || !toks[i].Has(text.Letter) || toks[i].IsAny(cCapWord, cFunctionWords) || a.isAcronym(i) {
			return 0, 0
		}
		if end, _ := a.communeAt(i); end > 0 {
			return 0, 0 // « un village qui s'appelle Tréguier »
		}
		j = i + 1
		for j < len(toks) && j < i+3 && toks[j].Sep == 0 && toks[j].Has(text.Cap) && !toks[j].Is(cCapWord) {
			j++
		}
		if a.notAPersonNamed(i, j) {
			return 0, 0
		}
		return i, j
	}
	return 0, 0
}

// namingSaid: token k ends a phrase of naming said of a person: « il
// s'appelle », « qui se prénomme », « elle est surnommée », "his name
// is", "her name's".
func (a *analysis) namingSaid(k int) bool {
	toks := a.s.Toks
	w := toks[k].Norm
	if saidNameVerbs[w] {
		p := k - 1
		if reflexives[toks[p].Norm] && p > 0 {
			p-- // « s'appelle », « se prénomme »
		} else if toks[p].Norm == "est" && p > 0 {
			p-- // « elle est surnommée »
		}
		if toks[p].Norm == "qui" {
			return p > 0 && toks[p-1].Is(cPerson) || p > 1 && toks[p-2].Is(cPerson) // « un jeune (homme) qui s'appelle », not « un logiciel qui s'appelle »
		}
		return namers[toks[p].Norm] || p == k-1 && toks[p].Is(cPerson) // « un petit prénommé Titou »
	}
	if w != "is" && w != "was" && !(w == "s" && toks[k].Sep == '\'') {
		return false
	}
	return toks[k-1].Norm == "name" && k > 1 && namers[toks[k-2].Norm]
}

var (
	reflexives = pronounUses.of("reflexive") // « s' », « se »
	// namers are the persons a verb of naming is said of (« il
	// s'appelle ») and whose name is given ("his name is").
	namers = pronounUses.of("named")
)
