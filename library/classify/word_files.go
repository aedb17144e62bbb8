package classify

import "strings"

// Words added to the hand lists from embedded text files (issue 7,
// section 4), so that a word joins a list or a rule without a change in
// Go: data/words/ for the lexicon's lists, data/classes/ for the word
// classes of tags.go, data/special/ for the special-category terms of
// special_words.go. Each file says in a comment which rule reads it.

// addWordFiles adds the word files to the lexicon's lists; buildLexicon
// calls it before buildClasses, which derives the classes from the lists.
func (lx *lexicon) addWordFiles() {
	for w := range loadWords("data/classes/photo.txt") {
		lx.photo[w] = true
	}
	for w := range loadWords("data/words/bodies.txt") {
		lx.words[w] = true
	}
}

// describedPersons, schoolClasses and eventHeads are read by
// described_person.go, surname_alone.go and cue_public.go.
var (
	describedPersons = loadWords("data/words/persons.txt")
	schoolClasses    = loadWords("data/words/school_classes.txt")
	eventHeads       = loadWords("data/words/event_heads.txt")
)

// classFiles add words to a class of tags.go.
var classFiles = []struct {
	path string
	c    wordClass
}{
	{"data/classes/fall.txt", cFall},
	{"data/classes/tension.txt", cTension},
}

// addClassFiles gives the words of classFiles their class; buildLexicon
// calls it after buildClasses.
func (lx *lexicon) addClassFiles() {
	for _, f := range classFiles {
		for w := range loadWords(f.path) {
			info := lx.class[w]
			info.cls |= f.c
			lx.class[w] = info
		}
	}
}

// specialFiles add terms to specialTerms, read by judgeSpecial like the
// hand-written ones.
var specialFiles = []struct {
	kind, path string
	flags      termFlags
}{
	{"health", "data/special/health.txt", weak},
	{"religion", "data/special/religion.txt", weak},
	{"origin", "data/special/origin.txt", weak},
}

// firstFileTerm is the index in specialTerms of the first term read from
// specialFiles: small_group.go reads those of a small counted group.
var firstFileTerm int

func init() {
	firstFileTerm = len(specialTerms)
	for _, f := range specialFiles {
		if lines := dataLines(f.path); len(lines) > 0 {
			specialTerms = append(specialTerms, term{kind: f.kind, entries: strings.Join(lines, ","), flags: f.flags})
		}
	}
}
