package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A sheet of instructions for anyone names an emergency in its heading
// and tells the reader what to do: « Crise d'épilepsie : ne mettez rien
// dans la bouche, protégez la tête et chronométrez la crise »,
// « Réaction allergique grave : utilisez le stylo d'adrénaline ». The
// condition is the sheet's topic, no one's. The heading ends on a colon
// within six words and holds the term, or the term follows « en cas
// de », « si » after it (« Asthme : en cas de crise, appelez le 15 »);
// the heading names the emergency as it happens (emergency_heads.txt) or
// such a case is said; the instructions open in the reader's « vous »
// (« mettez »). A condition alone with an infinitive or an English
// imperative is how a note about one child reads too (« Allergie aux
// arachides : prévenir la cantine », "Epilepsy: call 112 if it lasts"),
// and stays its person's. Someone is meant when the sentence names or
// points at a person, holds a capitalised word in its instructions (« surveillez
// Léo », « donnez la Ventoline »), a possessive of someone (« sa Ventoline »),
// an object pronoun (« surveillez-le », « ne pas le laisser seul »), or
// dates a case.

var emergencyHeads = lexicon.Words(lexicon.Data, "emergency_heads")

// instructionSheet: the special term at sp is the topic of a sheet of
// instructions for anyone.
func (a *analysis) instructionSheet(sp span) bool {
	toks := a.s.Toks
	if len(a.names) > 0 || len(a.sdirect) > 0 {
		return false
	}
	q, mark := headingEnd(a.text, toks, ruleHeading)              // rights_of_anyone.go
	if mark != ':' || q == 0 || q >= len(toks) || a.oneMoment() { // faith_thing.go
		return false
	}
	start := q
	if caseEnd := caseClauseEnd(toks, q); caseEnd > 0 {
		start = caseEnd
	}
	if start >= len(toks) {
		return false
	}
	if !readerAddressed(toks, start) || !emergencyHeading(toks, q) && !caseAfter(toks, q) {
		return false // « Allergie aux arachides : prévenir la cantine », « Asthme : penser à… »: a note about its child
	}
	if sp.i >= q && !(start > q && sp.i < start) {
		return false // the term stands in the instructions, not in their heading or their case
	}
	for k := range toks {
		w := &toks[k]
		if thirdPersonWords[w.Norm] && w.Norm != "la" && w.Norm != "le" || possessives[w.Norm] || readerSelf[w.Norm] || w.Is(cKin) || w.Is(cRole) {
			return false // « sa Ventoline », « notre », « mon fils », « le trésorier »
		}
		if objectPronounAt(toks, k) {
			return false // « surveillez-le », « ne pas le laisser seul »: someone in mind
		}
		if k > q && w.Has(text.Cap) && !w.Has(text.Upper) && !isClauseSep(w.Sep) {
			return false // « surveillez Léo », « donnez la Ventoline »: a first name, someone's own medicine
		}
	}
	return true
}

// caseClauseEnd: after the heading at q, « en cas de … , », "if … ,",
// « si … , » opens a case; the index after its comma, or 0.
func caseClauseEnd(toks []text.Token, q int) int {
	if q+2 >= len(toks) {
		return 0
	}
	opens := toks[q].Norm == "si" || toks[q].Norm == "if" || toks[q].Norm == "en" && toks[q+1].Norm == "cas"
	if !opens {
		return 0
	}
	for k := q + 2; k < min(len(toks), q+10); k++ {
		if toks[k].Sep == ',' {
			return k
		}
	}
	return 0
}

// readerAddressed: the token at k, or after « ne », « ne pas », opens
// an instruction in the reader's « vous » (« mettez », « protégez »,
// « ne mettez rien »). An infinitive or an English imperative is also
// how a note reminds what to do for its person (« prévenir la cantine »,
// "call his mum").
func readerAddressed(toks []text.Token, k int) bool {
	if toks[k].Norm == "ne" || toks[k].Norm == "n" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	w := toks[k].Norm
	return len(w) >= 5 && strings.HasSuffix(w, "ez") && w != "assez" && !toks[k].Is(cFunctionWords)
}

// emergencyHeading: the heading before q names an emergency as it
// happens (emergency_heads.txt: « Crise d'épilepsie », « Malaise »).
func emergencyHeading(toks []text.Token, q int) bool {
	for k := range q {
		if emergencyHeads[toks[k].Norm] {
			return true
		}
	}
	return false
}

// caseAfter: a case is opened after the heading at q (« si », "if",
// « en cas de », « quand », "when"): the instructions are for whoever
// meets it.
func caseAfter(toks []text.Token, q int) bool {
	for k := q; k < len(toks); k++ {
		switch toks[k].Norm {
		case "si", "if", "quand", "lorsque", "when":
			return true
		case "cas":
			if k > 0 && toks[k-1].Norm == "en" {
				return true
			}
		}
	}
	return false
}

// objectPronounAt: an object pronoun of someone at k: glued to the verb
// after a hyphen (« surveillez-le », "-la", "-lui"), or before an
// infinitive after « pas », « de », « à » (« ne pas le laisser seul »).
func objectPronounAt(toks []text.Token, k int) bool {
	switch toks[k].Norm {
	case "le", "la", "l", "les", "lui", "leur", "him", "her":
	default:
		return false
	}
	if toks[k].Sep == '-' && !toks[k].Spaced {
		return true
	}
	if toks[k].Norm == "him" || toks[k].Norm == "her" {
		return true
	}
	if k == 0 || k+1 >= len(toks) {
		return false
	}
	switch toks[k-1].Norm {
	case "pas", "de", "d", "à", "a", "pour":
		n := toks[k+1].Norm
		return strings.HasSuffix(n, "er") || strings.HasSuffix(n, "ir") || strings.HasSuffix(n, "re")
	}
	return false
}
