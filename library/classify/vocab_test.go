package classify

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"tamis/library/classify/direct"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// overlayFS is the embedded data with some files replaced, as a référent
// would edit them.
type overlayFS struct {
	base  fs.FS
	files fstest.MapFS
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if _, ok := o.files[name]; ok {
		return o.files.Open(name)
	}
	return o.base.Open(name)
}

// withLine returns the embedded file with one more line at its end.
func withLine(t *testing.T, path, line string) overlayFS {
	t.Helper()
	data, err := fs.ReadFile(lexicon.Data, path)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.TrimRight(string(data), "\n") + "\n" + line + "\n"
	return overlayFS{base: lexicon.Data, files: fstest.MapFS{path: {Data: []byte(text)}}}
}

// Adding a word to a data file changes the verdict, with no Go code.
func TestAddingAWordToADataFileChangesTheVerdict(t *testing.T) {
	cases := []struct {
		name, path, line, text string
		before, after          Verdict
		cat                    Category
	}{
		{"health word", "data/phrases/special_terms.txt", "[health self-person]\nhyperbaroxique",
			"Notre voisin Marc Dubois est hyperbaroxique depuis l'hiver.", Blocked, Blocked, Sensitive},
		{"confidential matter", "data/phrases/strategy_terms.txt", "[confidential strong]\nopération grand sapin",
			"Ne parlez à personne de l'opération grand sapin.", OK, Blocked, Sensitive},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := New(Rules{}).Classify(tc.text)
			lx := buildLexicon(withLine(t, tc.path, tc.line))
			after := newWithLexicon(Rules{}, lx).Classify(tc.text)
			if before.Verdict != tc.before || before.Category == tc.cat {
				t.Fatalf("before the edit: %+v", before)
			}
			if after.Verdict != tc.after || after.Category != tc.cat {
				t.Fatalf("after adding %q to %s: %+v", tc.line, tc.path, after)
			}
		})
	}
}

// A malformed table is refused with the file and the line's fault named.
func TestATableEntryBeforeAnySectionIsRefused(t *testing.T) {
	fsys := fstest.MapFS{"data/phrases/x.txt": {Data: []byte("# comment\nmot\n")}}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "data/phrases/x.txt") {
			t.Fatalf("want a panic naming the file, got %v", r)
		}
	}()
	termList(fsys, "x")
}

// A pooled analysis keeps its buffers but no piece of the text it read:
// the volunteer's values live only as long as their check (the scanner's
// own buffers: text.TestResetKeepsNoPieceOfTheText).
func TestAPooledAnalysisHoldsNoText(t *testing.T) {
	c := New(Rules{})
	a := new(analysis)
	value := "Mme Zorglubienne est diabétique, 06 12 34 56 78. Elle vient jeudi."
	a.reset(c, value, direct.Find(value))
	a.run()
	if a.tokens == 0 || len(a.findings) == 0 {
		t.Fatal("the analysis read nothing")
	}
	a.reset(nil, "", nil)
	var empty text.Sentence
	if a.sc.Next(&empty) {
		t.Fatal("the scanner still holds the text")
	}
	if a.text != "" || a.s.Toks != nil || len(a.findings) != 0 {
		t.Fatal("the analysis still points at the text or its findings")
	}
	for _, f := range a.findings[:cap(a.findings)] { // the buffer is kept for the next value, empty
		if f != (Finding{}) {
			t.Fatalf("the findings' buffer still holds %+v", f)
		}
	}
}
