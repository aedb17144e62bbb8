package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// An injury is told by the part of the body it hurt more often than by
// a word of medicine: « s'est blessé au genou », « a la cheville foulée »,
// "broke his leg", "fractured her wrist". The lists held a few of these
// phrases whole (special_terms.txt, « s'est cassé la jambe »); each new
// limb or verb was a new miss. A verb of injury (injury_verbs.txt) right
// before a limb (limbs.txt), an article, a possessive or « au » between
// them, or right after it, said of a person, is a health fact, category
// 4. A first-aid sheet (« que faire en cas de jambe cassée ? ») tells it
// of no one.

// injuryVerbs hurt a limb (data/words/injury_verbs.txt).
var injuryVerbs = lexicon.Words(lexicon.Data, "injury_verbs")

// findInjuryTold reports the first injury told of a person.
func (a *analysis) findInjuryTold() {
	toks := a.s.Toks
	for k := range toks {
		if !toks[k].Is(cLimb) {
			continue
		}
		i, j := injuryAround(toks, k)
		if i < 0 || a.coveredByFinding(span{i, j, 0}) { // special_late_names.go: the list's « s'est cassé la jambe »
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
// arm"), with at most one article, possessive or « au » between, or the
// verb right after it (« la jambe cassée », "his leg broken"); -1 when
// there is none.
func injuryAround(toks []text.Token, k int) (int, int) {
	v := k - 1
	if v >= 0 && (isArticle(toks[v].Norm) || isPossessive(toks[v].Norm) || limbLinks[toks[v].Norm]) {
		v--
	}
	if v >= 0 && injuryVerbs[toks[v].Norm] && !isClauseSep(toks[v+1].Sep) {
		return v, k + 1
	}
	if k+1 < len(toks) && injuryVerbs[toks[k+1].Norm] && !isClauseSep(toks[k+1].Sep) {
		return k, k + 2
	}
	return -1, -1
}

// limbLinks stand between a verb of injury and the limb besides an
// article or a possessive: « blessé au genou », "hurt my back".
var limbLinks = lexicon.WordSet{"au": true, "aux": true, "my": true, "your": true, "mon": true, "ma": true, "mes": true}
