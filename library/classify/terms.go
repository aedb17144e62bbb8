package classify

import (
	"fmt"
	"io/fs"
	"strings"

	"tamis/library/classify/lexicon"
)

// term is a section of a table: entries with the rule they belong to.
type term struct {
	kind    string // section name: a rule (health, merger…) or a quasi-identifier (age, place…)
	rule    RuleID // the rule named by kind, ruleNone for a quasi-identifier
	entries []string
	flags   termFlags
}

type termFlags uint8

const (
	// selfPerson: the word describes a person by itself ("diabétique",
	// "séropositif", "syndiqué"): singular, it needs no other anchor.
	selfPerson termFlags = 1 << iota
	// weak: only with a clear person anchor, never alone.
	weak
	// strong: blocked even without a person (strategy, confidentiality).
	strong
	// capOnly: only when written with a capital ("Solidaires", "SUD").
	capOnly
	// notAfterElision: not after "d'", "l'", "en" (a language: "cours d'arabe").
	notAfterElision
	// needMoney: only in a sentence that names an amount ("on propose
	// 800 €, ils en veulent 1 200").
	needMoney
	// upperOnly: only when written in capitals, an initialism (« SEP »,
	// « AIT »): in lower case the same letters are other words.
	upperOnly
	// accented: only when written with its accents: « interné » unaccented
	// is « interne » (« contrôle interne », « l'interne de garde »).
	accented
)

// flagNames spell the flags in the data files.
var flagNames = map[string]termFlags{
	"self-person": selfPerson, "weak": weak, "strong": strong, "cap-only": capOnly,
	"not-after-elision": notAfterElision, "need-money": needMoney, "upper-only": upperOnly,
	"accented": accented,
}

// termList reads a table, data/phrases/<name>.txt: sections
// "[kind flag…]", each followed by its entries, in order.
func termList(fsys fs.FS, name string) []term {
	path := "data/phrases/" + name + ".txt"
	var terms []term
	for _, line := range lexicon.MustList(fsys, path) {
		if !strings.HasPrefix(line, "[") {
			if len(terms) == 0 {
				panic(fmt.Sprintf("classify: vocabulary %s: entry %q before any [section]", path, line))
			}
			terms[len(terms)-1].entries = append(terms[len(terms)-1].entries, line)
			continue
		}
		fields := strings.Fields(strings.Trim(line, "[]"))
		if len(fields) == 0 {
			panic(fmt.Sprintf("classify: vocabulary %s: empty section", path))
		}
		t := term{kind: fields[0], rule: ruleNamed(fields[0])}
		for _, f := range fields[1:] {
			fl, ok := flagNames[f]
			if !ok {
				panic(fmt.Sprintf("classify: vocabulary %s: unknown flag %q", path, f))
			}
			t.flags |= fl
		}
		terms = append(terms, t)
	}
	return terms
}

// termEntries feeds terms; the value of each entry is its index + 1.
// An entry with « ne » is fed without it too (spoken_negation.go).
func termEntries(terms []term) func(func(string, int)) {
	return func(add func(string, int)) {
		for k, t := range terms {
			for _, e := range t.entries {
				add(e, k+1)
				if bare, ok := spokenForm(e, t.flags); ok { // spoken_negation.go
					add(bare, k+1)
				}
			}
		}
	}
}

// isASCII: s holds no byte outside ASCII, so no accented letter.
// accentMissing: the term at sp must be written with its accents and is
// not (« interne » for « interné », « remercie » for « remercié »).
func (a *analysis) accentMissing(sp span, t term) bool {
	return t.flags&accented != 0 && isASCII(a.text[a.s.Toks[sp.i].Start:a.s.Toks[sp.j-1].End])
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
