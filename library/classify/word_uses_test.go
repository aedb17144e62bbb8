package classify

import (
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// A class file gives each use its words, folded; a word under several
// uses is in each of them.
func TestReadWordUses(t *testing.T) {
	fsys := fstest.MapFS{"data/words/toy.txt": {Data: []byte("# a toy class\nété  stay past\nEst stay\n\nwas past\n")}}
	u := readWordUses(fsys, "toy")
	if got := slices.Sorted(maps.Keys(u.of("stay"))); !slices.Equal(got, []string{"est", "ete"}) {
		t.Errorf("stay = %v, want est, ete", got)
	}
	if got := slices.Sorted(maps.Keys(u.of("past"))); !slices.Equal(got, []string{"ete", "was"}) {
		t.Errorf("past = %v, want ete, was", got)
	}
}

// A misspelt use and a word without a use fail at once instead of
// reading as an empty set.
func TestWordUsesFaults(t *testing.T) {
	fsys := fstest.MapFS{
		"data/words/toy.txt":   {Data: []byte("est stay\n")},
		"data/words/nouse.txt": {Data: []byte("est\n")},
	}
	for name, f := range map[string]func(){
		"unknown use": func() { readWordUses(fsys, "toy").of("stya") },
		"no use":      func() { readWordUses(fsys, "nouse") },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}

// Every use of the class files is asked for by a rule: a use nobody
// reads is a list that does nothing.
func TestEveryWordUseIsRead(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	asked := map[string]bool{}
	call := regexp.MustCompile(`(\w+Uses)\.of\("([\w-]+)"\)`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			asked[m[1]+" "+m[2]] = true
		}
	}
	for name, u := range map[string]wordUses{"auxiliaryUses": auxiliaryUses, "prepositionUses": prepositionUses, "pronounUses": pronounUses} {
		for use := range u.sets {
			if !asked[name+" "+use] {
				t.Errorf("%s.txt: the use %q is read by no rule", u.name, use)
			}
		}
	}
}
