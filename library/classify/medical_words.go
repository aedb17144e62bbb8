package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Illnesses, operations and cares are named by a vocabulary built from
// Greek and Latin endings (« coloscopie », « hémiplégie », "tonsillitis",
// "angioplasty"), and no list holds every word of it: a writer names the
// one their neighbour had. A word ending so (medical_suffixes.txt), said
// of a person, is a health fact as a weak word of the special tables is
// (special.go judgeSpecial: a person is needed; a campaign, a workshop,
// a plural public make it public or a statistic).

var (
	medicalSuffixes   = lexicon.Words(lexicon.Data, "medical_suffixes")
	medicalExceptions = lexicon.Words(lexicon.Data, "medical_suffix_exceptions")
	// medicalEndings are the suffixes by their last four letters: a word
	// costs one probe of its own last four.
	medicalEndings = endingsByTail(medicalSuffixes)
	// medicalLastTwo holds the last two letters of the suffixes: most
	// words end otherwise and cost no probe at all.
	medicalLastTwo = lastTwoOf(medicalSuffixes)
)

// medicalTerm is the weak health entry the words found so are judged as.
var medicalTerm = term{kind: "health", rule: ruleHealth, flags: weak}

// findMedicalWords judges each word with a medical ending that no
// special table already holds.
func (a *analysis) findMedicalWords() {
	if len(a.anchors) == 0 && !a.carried && !a.upperWordIn() {
		// a weak word needs a person: none here, none carried, no initials
		// (initials_owner.go); a question still notes its topic, as
		// special.go addSpecial does: "What is endometriosis? My doctor
		// thinks I have it."
		if a.endsOnQuestion() && !a.sentenceGeneric() {
			a.eachMedicalWord(func(sp span) { a.noteTopic(sp, medicalTerm) })
		}
		return
	}
	a.eachMedicalWord(func(sp span) { a.judgeSpecial(sp, medicalTerm) })
}

// eachMedicalWord calls f on each word with a medical ending that no
// special table holds and that tells a fact.
func (a *analysis) eachMedicalWord(f func(sp span)) {
	toks := a.s.Toks
	for k := range toks {
		if !toks[k].Has(text.Letter) || !medicalWord(toks[k].Norm) || a.specialAt(k) {
			continue
		}
		if sp := (span{k, k + 1, 0}); !a.notAFact(sp) {
			f(sp)
		}
	}
}

// medicalWord: w ends with a medical suffix and is no known exception;
// a plural's s or x is read past (« ses otites », "osteopathies").
func medicalWord(w string) bool {
	if endsMedical(w) {
		return true
	}
	if n := len(w) - 1; n > 0 && (w[n] == 's' || w[n] == 'x') {
		return endsMedical(w[:n])
	}
	return false
}

// endsMedical: w, as it is, ends with a suffix and is no exception.
func endsMedical(w string) bool {
	if len(w) < 5 || !medicalLastTwo[uint16(w[len(w)-2])<<8|uint16(w[len(w)-1])] || medicalExceptions[w] {
		return false
	}
	for _, s := range medicalEndings[w[len(w)-4:]] {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// specialAt: a special table already matched a phrase over token k.
func (a *analysis) specialAt(k int) bool {
	for _, h := range a.hits {
		if h.dict == dSpecial && h.i <= k && k < h.j {
			return true
		}
	}
	return false
}

// endingsByTail files each suffix under its last four letters (every
// suffix has four or more).
func endingsByTail(s lexicon.WordSet) map[string][]string {
	out := map[string][]string{}
	for w := range s {
		if len(w) >= 4 {
			out[w[len(w)-4:]] = append(out[w[len(w)-4:]], w)
		}
	}
	return out
}

// lastTwoOf marks the last two bytes of each word of s.
func lastTwoOf(s lexicon.WordSet) *[1 << 16]bool {
	var out [1 << 16]bool
	for w := range s {
		if n := len(w); n >= 2 {
			out[uint16(w[n-2])<<8|uint16(w[n-1])] = true
		}
	}
	return &out
}
