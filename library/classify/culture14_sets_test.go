package classify

import (
	"sort"
	"strings"
	"testing"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// TestEvalCulture14 measures the two sets of testdata/culture14, written
// by hand on 2 December 2026 before the rules they measure: public
// culture (fictional characters in a reading club, a rehearsal, a film
// club, a children's workshop; persons of history in a commemoration, a
// talk, a quiz, a walk; quotes, titles, the association's programme and
// contacts) and private look-alikes in the same frames. The sets were
// read while writing the rules: the floors guard against regressions,
// they say nothing of unseen text.
func TestEvalCulture14(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/culture14", "culture14 sets"))
	m.check(t, "culture14 sets", culture14Floor)
}

// culture14Floor is a little beside the sets' figures after the rules
// written from them (97.6 % of risky values blocked, 89.9 % of sensitive
// ones as category 4, 39.6 % of public values blocked and 43.4 % flagged
// on arrival; 97.6, 89.9, 33.5 and 37.3 after). The private look-alikes
// that pass did so on arrival (a child's health in a comic-strip
// workshop, a guide's chemotherapy after « Parcours mémoire »); the gray
// bound is unused (no gray value).
var culture14Floor = bounds{riskyBlocked: 97.5, sensitiveCat4: 89.5, okBlocked: 34, okFlagged: 38, grayFlagged: 0}

// TestFamousCultureFilters: the hand-kept list obeys the generated list's
// filters (SOURCES.md): folded, hyphens as spaces, a single name is no
// first name, surname or French word and has four letters or more, so
// that a volunteer's first name or surname alone never reads as a
// character's, and no full name of two words ends with a word that is
// both a first name and a surname (« Louise Michel » may be anybody).
func TestFamousCultureFilters(t *testing.T) {
	firsts, lasts := ordinaryNames()
	for n := range lexicon.LoadWords(lexicon.Data, "data/famous_culture.txt") {
		if n != text.Fold(n) || strings.Contains(n, "-") {
			t.Errorf("%q: not folded", n)
		}
		if !strings.Contains(n, " ") && (len(n) < 4 || firsts[n] || lasts[n] || lexicon.IsFrenchWord(n)) {
			t.Errorf("%q: a single name that is a first name, a surname or a word", n)
		}
		if ws := strings.Fields(n); len(ws) == 2 && firsts[ws[1]] && lasts[ws[1]] {
			t.Errorf("%q: a full name of two words whose second is a first name and a surname", n)
		}
	}
}

// ordinaryNames reads the first names and the surnames of the name lists,
// folded as famous_culture.txt is.
func ordinaryNames() (firsts, lasts lexicon.WordSet) {
	read := func(files ...string) lexicon.WordSet {
		set := lexicon.WordSet{}
		for _, f := range files {
			for w := range lexicon.LoadWords(lexicon.Data, "data/"+f) {
				set[text.Fold(strings.ReplaceAll(w, "-", " "))] = true
			}
		}
		return set
	}
	return read("firstnames.txt", "firstnames_extra.txt", "firstnames_female.txt", "firstnames_male.txt",
			"firstnames_ambiguous.txt", "firstnames_gaelic.txt"),
		read("lastnames.txt", "lastnames_extra.txt", "lastnames_zxcvbn.txt")
}

// TestFamousCultureNamesInEverydayNotes measures the reverse leak of the
// hand-kept full names that look like a person's (a first name, then a
// word: « Emma Bovary », « Jean Moulin », "Elizabeth Bennet"): a volunteer
// bearing one in the everyday notes of famousLookalikeNotes. They must
// stay blocked: none of the 204 notes of the list's full names that the
// session's start blocked passed when the list was added; names with no
// first name (« Capitaine Haddock ») were never read as a person's. The
// four of 103 that pass here passed before the list too (« Barbe Bleue »,
// « Don Corleone », « Don Quichotte », « San Antonio »: « Barbe », « Don »,
// « San » are first names of the lists, but no one's first name there).
func TestFamousCultureNamesInEverydayNotes(t *testing.T) {
	firsts, _ := ordinaryNames()
	var fulls []string
	for n := range lexicon.LoadWords(lexicon.Data, "data/famous_culture.txt") {
		first, _, two := strings.Cut(n, " ")
		if two && strings.Count(n, " ") == 1 && !strings.Contains(n, "'") && firsts[first] {
			fulls = append(fulls, n)
		}
	}
	sort.Strings(fulls)
	var names []string
	for _, n := range fulls {
		names = append(names, capitalizeWords(n))
	}
	checkReverseLeak(t, names, "a character's or a historical person's full name", 4)
}

// Characters and persons of history in the frames of culture pass; a
// member bearing their name, with a private fact, a relation word or
// contact details, stays blocked.
func TestCultureFramesAndTheirLookalikes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// a member in a rehearsal or a reading of a work stays a person
		{"Répétition de « Roméo et Juliette » : Juliette Morin, qui joue Juliette, habite 9 rue du Port.", Blocked, Personal, ""},
		{"Projection du film « Karim » : Karim a perdu son emploi à la mairie.", Blocked, Personal, ""},
		{"Séance du club : « Tartuffe » ; Tartuffe Morel est hospitalisé.", Blocked, Sensitive, ""},
		// a character of the hand-kept list, in a frame of culture
		{"Au cercle de lecture, on se penche sur Emma Bovary et son ennui de province.", OK, 0, ""},
		{"Book club reminder: this month we discuss Elizabeth Bennet and Jane Eyre.", OK, 0, ""},
		{"Club polar : le personnage de Miss Marple reste le favori des lectrices.", OK, 0, ""},
		{"Notre bénévole Emma Bovary est en dépression depuis la rentrée.", Blocked, Sensitive, ""},
		{"Au cercle de lecture, Emma Bovary nous a confié sa dépression.", Blocked, Sensitive, ""},
		{"Ciné-club : Mr Hyde vit seul au 3 rue du Port.", Blocked, Personal, ""},
		{"Club lecture : Madame Bovary, notre voisine, a perdu son mari.", Blocked, 0, ""},
		{"Club théâtre : M. Jourdain joue le rôle principal.", Blocked, Personal, "name"}, // an ordinary surname
		// a heading before a character's name is no title when a verb of now follows (titles.go)
		{"Cercle de lecture : Thérèse Raquin est en instance de divorce.", Blocked, Personal, "name"},
		// who plays, or kin, in a frame of culture: a namesake (famous_guards.go)
		{"Répétition : Jean Valjean, qui joue le rôle, est au RSA.", Blocked, Personal, "name"},
		{"Au cercle de lecture, Emma Bovary a divorcé et vit chez sa sœur.", Blocked, Personal, "name"},
		{"La cérémonie d'obsèques d'Emma Bovary aura lieu jeudi.", Blocked, Personal, "name"},
		{"Quiz de la soirée : Manon Lescaut a gagné, elle vit au foyer Adoma.", Blocked, Personal, "name"},
		{"Book club: Charles Bovary has lost his job at the bank.", Blocked, Personal, "name"},
		{"Jean Moulin a unifié les mouvements de la Résistance en 1943.", OK, 0, ""}, // a perfect dated long ago is history
		// a name only of the hand-kept list reads no quotation mark, « de » or event as a cue (famous_cues.go)
		{"L'adhésion d'Emma Bovary n'est pas réglée.", Blocked, Personal, "name"},
		{"« Je pars », a écrit Emma Bovary dans son message au bureau.", Blocked, Personal, "name"},
		// persons of history in a commemoration, a walk
		{"Cérémonie au monument : hommage à Lucie Aubrac, résistante.", OK, 0, ""},
		{"Hommage à Jean Moulin : son petit-fils habite 4 rue des Lilas à Caluire.", Blocked, Personal, ""},
		{"Hommage à Simone Veil : Simone Veil, notre voisine du 3e, est décédée hier.", Blocked, Personal, ""},
		// a quiz answer after a question that speaks of public figures (famous_cues.go)
		{"Quiz du club : qui a découvert la pénicilline en 1928 ? Alexander Fleming.", OK, 0, ""},
		{"Quiz : qui a gagné la tombola ? Alexander Fleming, notre trésorier.", Blocked, Personal, "name"},
		{"Quiz : qui a gagné ? Marie Curie. Elle est hospitalisée depuis hier.", Blocked, Sensitive, ""},
		{"Devinette : qui dort au local depuis lundi ? Emma Bovary.", Blocked, Personal, "name"},
		{"Quiz de la soirée : qui n'a pas payé sa cotisation ? Jean Moulin.", Blocked, Personal, "name"},
		// a nickname is a person's, even a character's (famous_guards.go)
		{"Surnommé Rambo par les jeunes, il ne vient plus au foyer.", Blocked, 0, ""},
	})
}
