package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// An operation is told by what it took out or put in more often than by
// its name (issue 7, section 4): « s'est fait retirer la vésicule », « doit
// se faire poser une prothèse », "had his gallbladder out", "had a
// pacemaker fitted". A causative « se faire » or "had" and a verb of
// surgery (surgery_verbs.txt) around a part of the body or a device
// (surgery_objects.txt, organs.txt), said of a person, is a health fact,
// category 4. « s'est fait poser un lapin » has no such object.

// surgeryVerbs take out or put in (data/words/surgery_verbs.txt).
var surgeryVerbs = lexicon.Words(lexicon.Data, "surgery_verbs")

// findSurgeryDone reports the first operation told of a person.
func (a *analysis) findSurgeryDone() {
	toks := a.s.Toks
	for k := range toks {
		if !toks[k].Is(cSurgeryObject) && !toks[k].Is(cOrgan) {
			continue
		}
		i, j := frenchSurgery(toks, k)
		if i < 0 {
			i, j = englishSurgery(toks, k)
		}
		if i >= 0 && (a.factOfSomeone(span{i, j, 0}) || ownedPart(toks, k) && !a.sentenceGeneric()) { // violence_suffered.go
			a.add(ruleHealth, i, j)
			return
		}
	}
}

// ownedPart: a singular possessive before the part (« sa vésicule », "his
// gallbladder") makes it someone's, named or not.
func ownedPart(toks []text.Token, k int) bool {
	return k > 0 && singularOwners[toks[k-1].Norm]
}

// frenchSurgery: « se faire » + a verb of surgery + an article or a
// possessive + the object at k; it returns the span, or -1.
func frenchSurgery(toks []text.Token, k int) (int, int) {
	v := k - 1
	if v >= 0 && (isArticle(toks[v].Norm) || isPossessive(toks[v].Norm)) {
		v--
	}
	if s := doneToThem(toks, v); s >= 0 {
		return s, k + 1 // « on lui a retiré la vésicule »
	}
	if v < 1 || !surgeryVerbs[toks[v].Norm] || !causativeFaire[toks[v-1].Norm] {
		return -1, -1
	}
	if s := reflexiveBefore(toks, v-1); s >= 0 { // police_path.go
		return s, k + 1
	}
	return -1, -1
}

// doneToThem: a participle of surgery at v (the verb of surgery_verbs.txt
// without its final r: « enlevé », « posé », « opéré »), after a form of
// avoir and « lui » or « m' » (« ils lui ont enlevé un sein », « on m'a
// posé un stent »): done to the person the pronoun stands for. It returns
// the pronoun's index, or -1. « ils ont enlevé les plâtres » has no such
// pronoun.
func doneToThem(toks []text.Token, v int) int {
	if v < 2 || !strings.HasSuffix(toks[v].Norm, "e") || !surgeryVerbs[toks[v].Norm+"r"] || !auxiliaries[toks[v-1].Norm] {
		return -1
	}
	if p := toks[v-2].Norm; p == "lui" || p == "m" {
		return v - 2
	}
	return -1
}

// englishSurgery: "had" + a possessive or an article + the object at k +
// a verb of surgery ("had his gallbladder out", "had a stent fitted"); it
// returns the span, or -1.
func englishSurgery(toks []text.Token, k int) (int, int) {
	if k < 2 || k+1 >= len(toks) || !surgeryVerbs[toks[k+1].Norm] || isClauseSep(toks[k+1].Sep) {
		return -1, -1
	}
	d := k - 1
	if !isPossessive(toks[d].Norm) && !isArticle(toks[d].Norm) && toks[d].Norm != "an" {
		return -1, -1
	}
	switch toks[d-1].Norm {
	case "had", "has", "have", "having", "got", "get", "getting":
		return d - 1, k + 2
	}
	return -1, -1
}
