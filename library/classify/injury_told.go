package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// An injury is told by the part of the body it hurt more often than by
// a word of medicine: « s'est blessé au genou », « a la cheville foulée »,
// "broke his leg", "fractured her wrist". The lists held a few of these
// phrases whole (special_terms.txt, « s'est cassé la jambe »); each new
// limb or verb was a new miss. A verb of injury (injury_verbs.txt) right
// before a limb (limbs.txt), an article, a possessive, a count (« perdu
// deux doigts ») or « au » between them, or right after it, said of a person, is a health fact, category
// 4. A first-aid sheet (« que faire en cas de jambe cassée ? ») tells it
// of no one.

// An operation is told the same way, by the part it was on: "since the
// eye operation", "heart surgery", « opéré de la hanche », « son
// opération du genou » (operation_words.txt, beside a limb or an organ).

// injuryVerbs hurt a limb (data/words/injury_verbs.txt); operationWords
// are an operation's nouns and participles.
var (
	injuryVerbs    = lexicon.Words(lexicon.Data, "injury_verbs")
	operationWords = lexicon.Words(lexicon.Data, "operation_words")
)

// findInjuryTold reports the first injury or operation told of a person.
func (a *analysis) findInjuryTold() {
	toks := a.s.Toks
	for k := range toks {
		if !toks[k].IsAny(cLimb, cOrgan) {
			continue
		}
		i, j := operationAround(toks, k)
		if i < 0 && toks[k].Is(cLimb) {
			i, j = injuryAround(toks, k)
		}
		if i < 0 || a.healthFoundWithin(i, j) { // the list's « s'est cassé la jambe », « son opération »
			continue
		}
		if a.factOfSomeone(span{i, j, 0}) || ownedPart(toks, k) && !a.sentenceGeneric() { // violence_suffered.go
			a.add(ruleHealth, i, j)
			return
		}
	}
}

// injuryAround returns the span of a verb of injury and the limb at k:
// the verb before it (« cassé la jambe », "broke his leg", "broken
// arm", « blessée à l'épaule »), with up to two links between (an
// article, a possessive, « au », « à la », one adjective: "his left
// leg"), or the verb right after it (« la jambe cassée », "his leg
// broken"); -1 when there is none or when the pair is an idiom
// (injury_idioms.txt: « casser les pieds », "twist someone's arm"),
// unless the limb's side is said (« perdu la main droite »).
func injuryAround(toks []text.Token, k int) (int, int) {
	v := k - 1
	for n := 0; n < 2 && v >= 0 && !injuryVerbs[toks[v].Norm] && (isArticle(toks[v].Norm) || limbLink(toks[v].Norm) || sideWords[toks[v].Norm] || toks[v].Is(cSpelledNumber)); n++ {
		v--
	}
	if v >= 0 && v < k && injuryVerbs[toks[v].Norm] && !isClauseSep(toks[v+1].Sep) && (!injuryIdiom(toks[v].Norm, toks[k].Norm) || organSideSaid(toks, k)) {
		return v, k + 1
	}
	if k+1 < len(toks) && injuryVerbs[toks[k+1].Norm] && !isClauseSep(toks[k+1].Sep) && !injuryIdiom(toks[k+1].Norm, toks[k].Norm) {
		return k, k + 2
	}
	return -1, -1
}

// limbLinks stand between a verb of injury and the limb besides an
// article: « blessé au genou », « blessée à l'épaule »; sideWords tell
// which limb: "his left leg" (side_words.txt); partOfLinks join an
// operation to its part: « opération du genou ».
var (
	limbLinks   = prepositionUses.of("limb")
	partOfLinks = prepositionUses.of("part-of")
	sideWords   = lexicon.Words(lexicon.Data, "side_words")
)

// limbLink: a word that may stand between a verb of injury and the limb,
// besides an article: « au », « à », a possessive ("hurt my back").
func limbLink(w string) bool {
	return limbLinks[w] || ownerWords[w]
}

// injuryIdioms pair a verb's first letters with a limb
// (data/words/injury_idioms.txt).
var injuryIdioms = func() map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, p := range lexicon.Pairs(lexicon.Data, "injury_idioms") {
		m[p] = true
	}
	return m
}()

// injuryIdiom: the verb and the limb say something else together.
func injuryIdiom(verb, limb string) bool {
	for pair := range injuryIdioms {
		if pair[1] == limb && strings.HasPrefix(verb, pair[0]) {
			return true
		}
	}
	return false
}

// operationAround returns the span of an operation on the part at k:
// the operation's noun right after it ("eye operation", "heart
// surgery"), or its noun or participle before it with « de », « du »,
// « des » and an article between (« opération du genou », « opérée de
// la hanche »); -1 when there is none.
func operationAround(toks []text.Token, k int) (int, int) {
	if k+1 < len(toks) && operationWords[toks[k+1].Norm] && toks[k+1].Sep == 0 {
		return k, k + 2
	}
	if k+1 < len(toks) && !isClauseSep(toks[k+1].Sep) && nounComplements[toks[k+1].Norm] {
		return -1, -1 // « l'opération de la main tendue », a project's name
	}
	v := k - 1
	if v >= 0 && isArticle(toks[v].Norm) && !partOfLinks[toks[v].Norm] {
		v-- // « opérée de la hanche »: the article after « de »
	}
	if v >= 1 && (partOfLinks[toks[v].Norm] || limbLinks[toks[v].Norm]) && operationWords[toks[v-1].Norm] {
		return v - 1, k + 1 // « opération du genou », « intervention à l'épaule », « opération aux yeux »
	}
	return -1, -1
}

// healthFoundWithin: a health finding already overlaps tokens [i, j).
func (a *analysis) healthFoundWithin(i, j int) bool {
	start, end := a.s.Toks[i].From(), a.s.Toks[j-1].To()
	for _, f := range a.findings {
		if f.Rule == ruleHealth.String() && f.Start < end && f.End > start {
			return true
		}
	}
	return false
}
