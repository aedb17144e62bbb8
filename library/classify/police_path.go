package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The path of a person through the police and the courts is told by what
// was done to them more often than by a noun (issue 7, section 4):
// « Karim a été arrêté hier soir », « la petite s'est fait embarquer par
// la BAC », "Kim got nicked", "was picked up by police". An act of the
// police (police_acts.txt) in the passive or after a causative « se
// faire », or any participle whose agent is the police
// (police_agents.txt), said of a person — the subject just before the
// verb is a name, a pronoun or a person noun — is a criminal matter,
// category 4. The subject is what keeps « le projet de Julie a été
// arrêté » and "my bike got nicked" public: a thing underwent the act.

// policeAgents act for the police and the courts (data/words/police_agents.txt).
var policeAgents = lexicon.Words(lexicon.Data, "police_agents")

// findPolicePath reports the first act of the police undergone by a person.
func (a *analysis) findPolicePath() {
	toks := a.s.Toks
	for k := range toks {
		if !toks[k].Is(cPoliceAct) && !policeAgentAfter(toks, k) {
			continue
		}
		i := passiveStart(toks, k)
		if i < 0 || !a.personSubject(i) || a.sentenceGeneric() || a.hypotheticalBefore(i) {
			continue
		}
		a.add(ruleCriminal, i, k+1)
		return
	}
}

// policeAgentAfter: the word at k is followed by « par » or "by", an
// optional article and a word of the police (« raccompagné par les
// gendarmes », "picked up by police").
func policeAgentAfter(toks []text.Token, k int) bool {
	j := k + 1
	if j < len(toks) && (toks[j].Norm == "up" || toks[j].Norm == "down" || toks[j].Norm == "in") {
		j++ // "picked up by police", "taken in by officers"
	}
	if j >= len(toks) || toks[j].Norm != "par" && toks[j].Norm != "by" || isClauseSep(toks[j].Sep) {
		return false
	}
	j++
	if j < len(toks) && isArticle(toks[j].Norm) {
		j++
	}
	return j < len(toks) && policeAgents[toks[j].Norm]
}

// passiveStart returns the first token of the passive or causative
// chain before the participle at k (« a été », « vient d'être », « s'est
// fait », "was", "got", "has been"), an adverb allowed inside (« a encore
// été »), or -1.
func passiveStart(toks []text.Token, k int) int {
	i := k - 1
	for i >= 0 && chainAdverbs[toks[i].Norm] {
		i--
	}
	if i < 0 {
		return -1
	}
	switch w := toks[i].Norm; {
	case w == "ete" || w == "etre" || w == "been":
		return auxiliaryBefore(toks, i)
	case causativeFaire[w] || englishGot[w] || w == "was" || w == "were" || w == "is" || w == "are":
		if causativeFaire[w] {
			return reflexiveBefore(toks, i)
		}
		return i
	}
	return -1
}

// auxiliaryBefore returns the start of « a été », « ont été », « vient
// d'être », "has been", "had been", from « été » at i, or -1.
func auxiliaryBefore(toks []text.Token, i int) int {
	j := i - 1
	for j >= 0 && chainAdverbs[toks[j].Norm] {
		j--
	}
	if j < 0 {
		return -1
	}
	if toks[j].Norm == "d" && j > 0 && (toks[j-1].Norm == "vient" || toks[j-1].Norm == "venait") {
		return j - 1
	}
	if auxiliaries[toks[j].Norm] || passiveAuxiliaries[toks[j].Norm] {
		return j
	}
	return -1
}

// reflexiveBefore returns the start of « s'est fait », « se sont fait »,
// « se fait », from « fait » at i, or -1.
func reflexiveBefore(toks []text.Token, i int) int {
	j := i - 1
	if j >= 0 && (toks[j].Norm == "est" || toks[j].Norm == "sont" || toks[j].Norm == "etait" || toks[j].Norm == "serait") {
		j--
	}
	if j >= 0 && (toks[j].Norm == "s" || toks[j].Norm == "se") {
		return j
	}
	return -1
}

// personSubject: the word before the chain at i is a person — a name, a
// personal pronoun, a person noun (« le fils de la gardienne »), or
// « qui » after one. A name that complements a thing (« le projet de
// Julie ») is no subject: the thing is.
func (a *analysis) personSubject(i int) bool {
	toks := a.s.Toks
	j := i - 1
	if j >= 0 && (toks[j].Norm == "qui" || toks[j].Norm == "who") {
		j--
	}
	if j < 0 {
		return false
	}
	if n, ok := a.nameHolding(j); ok {
		return !thingOfName(toks, n.i)
	}
	w := toks[j].Norm
	return subjectPronouns[w] || toks[j].IsAny(cPerson, cRole, cUniqueOffices) || toks[j].Is(cNounAdjectives) && j > 0 && toks[j-1].Is(cPlainDets) ||
		personHeadBefore(toks, j) || j > 0 && a.isInitialText(j) && a.isInitialText(j-1) // « D. L. sort des urgences » (initials_described.go)
}

// personHeadBefore: the words up to j complement a person noun a few
// words before (« la dame au chien », « notre voisine du 2e », "the lad
// from flat 4"): the subject is that person.
func personHeadBefore(toks []text.Token, j int) bool {
	for k := j; k > max(0, j-4); k-- {
		if isClauseSep(toks[k].Sep) {
			return false
		}
		if headLinks[toks[k].Norm] && toks[k-1].IsAny(cPerson, cRole, cUniqueOffices) {
			return true
		}
	}
	return false
}

// headLinks join a person noun to what tells which one it is.
var headLinks = prepositionUses.of("head")

// nameHolding returns the name holding token j.
func (a *analysis) nameHolding(j int) (nameHit, bool) {
	for _, n := range a.names {
		if n.i <= j && j < n.j {
			return n, true
		}
	}
	return nameHit{}, false
}

// thingOfName: the name starting at i complements a noun that is no
// person (« le projet de Julie », « la voiture de M. Petit »).
func thingOfName(toks []text.Token, i int) bool {
	j := i - 1
	if j >= 0 && isArticle(toks[j].Norm) && toks[j].Norm != "d" && toks[j].Norm != "du" && toks[j].Norm != "des" {
		j-- // « de la gardienne »
	}
	if j < 1 || toks[j].Norm != "de" && toks[j].Norm != "d" && toks[j].Norm != "du" && toks[j].Norm != "of" {
		return false
	}
	h := toks[j-1]
	return !h.Is(cPerson) && !h.Is(cNounAdjectives)
}

// The closed words of the passive chain.
var (
	chainAdverbs       = map[string]bool{"encore": true, "deja": true, "finalement": true, "aussi": true, "meme": true, "again": true, "also": true, "just": true, "finally": true}
	passiveAuxiliaries = auxiliaryUses.of("passive")
	subjectPronouns    = pronounUses.of("subject") // not « on », « vous », "you": the generic reader of a rights leaflet
)
