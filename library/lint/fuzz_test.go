package lint

import (
	"io/fs"
	"strings"
	"testing"

	"tamis/library/classify"
	"tamis/prompts"
)

// FuzzLint checks that the lint never panics on any input and that every
// finding points inside the file: a line that exists, a column within it.
func FuzzLint(f *testing.F) {
	names, _ := fs.Glob(prompts.FS, "*.md")
	for _, n := range names {
		data, _ := fs.ReadFile(prompts.FS, n)
		f.Add(data)
	}
	f.Add([]byte("[PROMPT-001] T\nCONTEXTE : « Mme Dupont [x] est diabétique »\nPROMPT : [nom] [d]\nVARIABLES :\n- [d] : type : date ; défaut : demain\n"))
	f.Add([]byte("[PROMPT-001] T\nPROMPT :\n«\n»\n"))
	c := classify.New(classify.Rules{})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := File("f.md", data, Options{Classifier: c, Profile: map[string]string{"site": "www.exemple.fr"}})
		lines := strings.Split(string(data), "\n")
		for _, fd := range r.Findings {
			if fd.Msg == "" || fd.Line < 0 || fd.Line > len(lines) || fd.Col < 0 {
				t.Fatalf("finding out of the file: %+v", fd)
			}
			if fd.Line > 0 && fd.Col > len([]rune(lines[fd.Line-1]))+1 {
				t.Fatalf("column past the line %q: %+v", lines[fd.Line-1], fd)
			}
		}
	})
}
