package classify

import (
	"bufio"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"tamis/library/classify/text"
)

// The engine calls a stage only on a sentence that holds one of its
// triggers (stages.go). A trigger that is too narrow would silently skip
// a rule: these tests make every stage declare one, and compare the
// outputs with and without the dispatch on every text the package knows.

func TestEveryStageDeclaresItsTriggers(t *testing.T) {
	seen := map[string]bool{}
	for _, st := range sentenceStages {
		if st.name == "" || seen[st.name] {
			t.Errorf("stage %q: every stage needs a name of its own", st.name)
		}
		seen[st.name] = true
		declared := st.always || st.digits || st.needs != (text.ClassSet{}) || st.dicts != 0
		if !declared {
			t.Errorf("stage %q declares no trigger: give it needs (the word classes without which it finds nothing), digits, or always", st.name)
		}
		if st.always && (st.digits || st.needs != (text.ClassSet{}) || st.dicts != 0) {
			t.Errorf("stage %q: always and a trigger at once", st.name)
		}
		if st.run == nil {
			t.Errorf("stage %q has no function", st.name)
		}
	}
}

// dispatchCorpus returns the texts the package's tests classify (their
// string literals) first, then the values of the development, evaluation
// and coverage sets, and the number of the literals. The held-out sets
// are never read.
func dispatchCorpus(t *testing.T) (texts []string, literals int) {
	t.Helper()
	seen := map[string]bool{}
	add := func(s string) {
		if len(s) >= 2 && !seen[s] {
			seen[s] = true
			texts = append(texts, s)
		}
	}
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, p := range files {
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if bl, ok := n.(*ast.BasicLit); ok && bl.Kind == token.STRING {
				if s, err := strconv.Unquote(bl.Value); err == nil {
					add(s)
				}
			}
			return true
		})
	}
	literals = len(texts)
	dirs := globAll(t, filepath.Join("testdata", "dev*")) // every development set, the next ones too
	for _, d := range []string{"eval", "own", "coverage"} {
		dirs = append(dirs, filepath.Join("testdata", d))
	}
	for _, dir := range dirs {
		for _, p := range globAll(t, filepath.Join(dir, "*.jsonl")) {
			for _, s := range jsonlTexts(t, p) {
				add(s)
			}
		}
		for _, p := range globAll(t, filepath.Join(dir, "*.txt")) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(string(data), "\n") {
				add(strings.TrimSpace(strings.TrimLeft(l, "+-#")))
			}
		}
	}
	return texts, literals
}

func globAll(t *testing.T, pattern string) []string {
	t.Helper()
	ps, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

// jsonlTexts reads the "text" field of each line of a JSON Lines file.
func jsonlTexts(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var v struct {
			Text string `json:"text"`
		}
		if json.Unmarshal(sc.Bytes(), &v) == nil {
			out = append(out, v.Text)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDispatchChangesNoOutput(t *testing.T) {
	texts, literals := dispatchCorpus(t)
	if len(texts) < 3000 {
		t.Fatalf("only %d texts: the sets moved?", len(texts))
	}
	step := 1
	if raceEnabled {
		// ten times slower: a sample of the sets, still every kind of
		// text, and all the tests' own sentences, which are each rule's
		// cases (a guard too narrow for a new rule fails on them)
		step = 7
	}
	var profile []string
	for i := 0; i < len(texts); i += 41 {
		profile = append(profile, texts[i])
	}
	for _, r := range []Rules{{}, {
		Allow:   []string{"Les Jardins Partagés", "Jean Martin", "salle Jean Jaurès"},
		Deny:    []string{"projet Phénix", "Nadia", "opération Tournesol"},
		Profile: profile,
	}} {
		fast, every := New(r), New(r)
		every.everyStage = true
		for i := 0; i < len(texts); i++ {
			if i >= literals && i%step != 0 {
				continue
			}
			// Two sentences in a value: a stage may read what an earlier
			// sentence left (carried_person.go).
			s := texts[i]
			if i%3 == 0 && i+1 < len(texts) {
				s += " " + texts[i+1]
			}
			if got, want := fast.Classify(s), every.Classify(s); !reflect.DeepEqual(got, want) {
				t.Errorf("%q:\nwith dispatch    %+v\nevery stage runs %+v", s, got, want)
			}
		}
	}
}
