package classify

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The special-category tables were written in the singular (« se
// drogue », « incarcéré », « enceinte », « suivi par l'ASE »), and the
// same facts told of two people passed: « Les deux fils du trésorier se
// droguent », « Les fils du voisin sont incarcérés à Fresnes ». The
// plural table is made from them, not by hand: each word of an entry is
// put in the plural by the rules of French and English spelling, and a
// form is kept only when the word lists (words_fr, words_en) hold it.
// A plural describes no single person by itself: the sections lose the
// self-person flag and are weak, so that a plural form needs someone
// named or pointed at in the sentence (« nos bénévoles diabétiques »,
// « d'anciens détenus » stay a public or a statistic). Sections read only
// in capitals (initialisms) are left out.

var updatePlurals = flag.Bool("update-plurals", false, "make lexicon/data/phrases/"+pluralTable+".txt again from the special tables")

// irregularPlurals are the verbs whose plural the spelling rules do not
// make (« est » → « sont », « boit » → « boivent », "is" → "are").
var irregularPlurals = map[string]string{
	"est": "sont", "a": "ont", "fait": "font", "va": "vont", "boit": "boivent", "prend": "prennent",
	"vit": "vivent", "doit": "doivent", "sort": "sortent", "suit": "suivent", "dort": "dorment",
	"sait": "savent", "peut": "peuvent", "veut": "veulent", "vient": "viennent", "revient": "reviennent",
	"tient": "tiennent", "part": "partent", "sert": "servent", "s'est": "se sont", "n'est": "ne sont",
	"is": "are", "was": "were", "has": "have", "does": "do", "goes": "go", "his": "their", "her": "their",
	"son": "leur", "sa": "leur", "ses": "leurs",
}

// TestPluralSpecialTermsAreCurrent checks the plural table against the
// special tables; -update-plurals writes it again.
func TestPluralSpecialTermsAreCurrent(t *testing.T) {
	want := pluralTableText()
	path := filepath.Join("lexicon", "data", "phrases", pluralTable+".txt")
	if *updatePlurals {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatalf("%s is not made from the special tables as they are: run\n\tgo test ./library/classify -run TestPluralSpecialTermsAreCurrent -update-plurals", path)
	}
}

// The plural table holds the forms that were missing.
func TestPluralSpecialTermsHoldTheForms(t *testing.T) {
	text := pluralTableText()
	for _, form := range []string{"boivent trop", "incarcérés", "enceintes", "se mutilent", "se sont suicidés"} {
		if !strings.Contains(text, "\n"+form+"\n") {
			t.Errorf("no %q in the plural table", form)
		}
	}
}

// pluralTableText makes the plural table from the special tables.
func pluralTableText() string {
	known := map[string]bool{}
	var tables [][]term
	for _, name := range specialTables {
		if name == pluralTable {
			continue
		}
		terms := termList(lexicon.Data, name)
		tables = append(tables, terms)
		for _, t := range terms {
			for _, e := range t.entries {
				known[text.Fold(e)] = true
			}
		}
	}
	singles := map[string]bool{}
	for _, terms := range tables {
		for _, t := range terms {
			for _, e := range t.entries {
				if !strings.Contains(e, " ") && pluralSingleWord(t, e) && t.flags&(capOnly|upperOnly) == 0 {
					for _, f := range pluralForms(e) {
						singles[text.Fold(f)] = true
					}
				}
			}
		}
	}
	// A phrase whose word is an entry alone adds nothing to it and would
	// hide it: the longest entry wins, and the phrase is weak (« sont
	// lesbiennes » would hide « lesbiennes »).
	hides := func(form string) bool {
		ws := strings.Fields(form)
		if len(ws) == 1 {
			return false
		}
		for _, w := range ws {
			if known[text.Fold(w)] || singles[text.Fold(w)] {
				return true
			}
		}
		return false
	}
	var b strings.Builder
	b.WriteString("# Made by plural_terms_test.go from the special tables: do not edit by hand, run\n")
	b.WriteString("#\tgo test ./library/classify -run TestPluralSpecialTermsAreCurrent -update-plurals\n")
	b.WriteString("# Each entry is an entry of those tables put in the plural (plural_terms_test.go says how).\n")
	for _, terms := range tables {
		for _, t := range terms {
			if t.flags&(capOnly|upperOnly) != 0 {
				continue
			}
			var forms []string
			for _, e := range t.entries {
				if !strings.Contains(e, " ") && !pluralSingleWord(t, e) {
					continue
				}
				for _, f := range pluralForms(e) {
					if k := text.Fold(f); !known[k] && !hides(f) {
						known[k] = true
						forms = append(forms, f)
					}
				}
			}
			if len(forms) == 0 {
				continue
			}
			b.WriteString("[" + t.kind + sectionFlags(t.flags&^selfPerson|weak) + "]\n")
			for _, f := range forms {
				b.WriteString(f + "\n")
			}
		}
	}
	return b.String()
}

// sectionFlags spells flags as a section header does, in a fixed order.
func sectionFlags(f termFlags) string {
	var s string
	for _, name := range []string{"self-person", "weak", "strong", "cap-only", "not-after-elision", "need-money", "upper-only", "accented"} {
		if f&flagNames[name] != 0 {
			s += " " + name
		}
	}
	return s
}

// pluralSingleWord: a word alone is put in the plural when it describes
// a person's state as a participle does (a self-person section:
// « incarcéré », « enceinte », « hospitalisée »). A noun alone
// (« traitement », « foi », « prison ») speaks of things in the plural
// (« des traitements », « deux fois »), and the words of an orientation
// have their plurals already (dictionaries.go pluralsOf).
func pluralSingleWord(t term, e string) bool {
	return t.flags&selfPerson != 0 && t.rule != ruleSexuality && participleEnding(e) && !strings.HasSuffix(e, "t")
}

// pluralForms returns the plurals of an entry where the plural changes
// the words a sentence about two people would change:
//   - a word alone that describes a person (a self-person section:
//     « enceinte » → « enceintes », « incarcéré » → « incarcérés »);
//   - a verb of irregularPlurals first, with the word after it in the
//     plural too (« est enceinte » → « sont enceintes », "is on dialysis"
//     → "are on dialysis");
//   - a reflexive verb (« se drogue » → « se droguent »);
//   - a French participle first, with its complement (« suivi par
//     l'ASE » → « suivis par l'ASE », « placée en foyer » → « placées en
//     foyer »).
//
// Other words of a phrase keep their number: a plural there would change
// what is said (« crache du sang »).
func pluralForms(entry string) []string {
	if strings.ContainsAny(entry, "*") {
		return nil // a stem matches its plural already
	}
	words := strings.Fields(entry)
	last := len(words) - 1
	replace := func(ws []string, i int, p string) []string {
		return append(append(append([]string(nil), ws[:i]...), p), ws[i+1:]...)
	}
	var forms []string
	switch {
	case len(words) == 1:
		forms = pluralWord(words[0])
	case irregularPlurals[words[0]] != "":
		verb := replace(words, 0, irregularPlurals[words[0]])
		forms = append(forms, strings.Join(verb, " "))
		if len(words) == 2 { // « est enceinte »; in a longer phrase the last word is not the verb's (« a fait un malaise »)
			for _, p := range pluralWord(words[last]) {
				forms = append(forms, strings.Join(replace(verb, last, p), " "))
			}
		}
	case words[0] == "se" && len(words) == 2:
		for _, p := range pluralWord(words[1]) {
			if strings.HasSuffix(p, "nt") { // a verb's plural (« se mutilent »), not a noun's (« se mutiles »)
				forms = append(forms, strings.Join(replace(words, 1, p), " "))
			}
		}
	case participleEnding(words[0]):
		for _, p := range pluralWord(words[0]) {
			if strings.HasSuffix(p, "s") && lexicon.IsFrenchWord(text.Fold(p)) {
				forms = append(forms, strings.Join(replace(words, 0, p), " "))
			}
		}
	}
	return forms
}

// participleEnding: the word ends as a French past participle or
// adjective does (« suivi », « placée », « détenu », « atteint »).
func participleEnding(w string) bool {
	for _, end := range []string{"é", "ée", "i", "ie", "u", "ue", "t", "te"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// pluralWord returns the plurals of a word of an entry, by the spelling
// rules, that a word list holds (« drogue » → « drogues »,
// « droguent »), or none.
func pluralWord(w string) []string {
	if p, ok := irregularPlurals[w]; ok {
		return []string{p}
	}
	lw := strings.ToLower(w)
	if len(lw) < 3 || lw != w || strings.ContainsAny(lw, "'’-0123456789") {
		return nil
	}
	var candidates []string
	switch {
	case strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "x") || strings.HasSuffix(lw, "z"):
		return nil
	case strings.HasSuffix(lw, "al"):
		candidates = []string{lw[:len(lw)-2] + "aux", lw + "s"}
	case strings.HasSuffix(lw, "eau") || strings.HasSuffix(lw, "eu"):
		candidates = []string{lw + "x"}
	case strings.HasSuffix(lw, "e"):
		candidates = []string{lw + "s", lw + "nt"} // « enceintes », « se droguent »
	case strings.HasSuffix(lw, "y"):
		candidates = []string{lw[:len(lw)-1] + "ies", lw + "s"}
	case strings.HasSuffix(lw, "ch") || strings.HasSuffix(lw, "sh"):
		candidates = []string{lw + "es"}
	default:
		candidates = []string{lw + "s"}
	}
	var out []string
	for _, c := range candidates {
		if f := text.Fold(c); lexicon.IsFrenchWord(f) || lexicon.IsEnglishWord(f) {
			out = append(out, c)
		}
	}
	return out
}
