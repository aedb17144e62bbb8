package linediff

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestUnifiedDiffGolden(t *testing.T) {
	old := "[PROMPT-001] Titre\nStatut : brouillon\n\nPROMPT :\n« Rédige. »\n"
	cur := "[PROMPT-001] Titre\nStatut : validé\n\nPROMPT :\n« Rédige. »\n"
	want := `--- version 1
+++ version 2
@@ -1,5 +1,5 @@
 [PROMPT-001] Titre
-Statut : brouillon
+Statut : validé
 
 PROMPT :
 « Rédige. »
`
	if got := Unified("version 1", "version 2", old, cur, false); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := Unified("a", "b", old, old, false); got != "" {
		t.Errorf("equal texts give %q", got)
	}
	colored := Unified("a", "b", old, cur, true)
	if !strings.Contains(colored, "\x1b[31m-Statut : brouillon\x1b[0m") || !strings.Contains(colored, "\x1b[32m+Statut : validé\x1b[0m") {
		t.Errorf("colour missing:\n%q", colored)
	}
}

// Whatever the texts, the hunks rebuild both sides: the unchanged lines and
// the removed ones give the old text's lines at the stated positions.
func TestDiffRebuildsBothTexts(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"a", "b", "c", "d"}
	for range 500 {
		a, b := randomLines(r, words), randomLines(r, words)
		ops := Lines(a, b)
		var gotA, gotB []string
		for _, op := range ops {
			if op.Kind != '+' {
				gotA = append(gotA, op.Line)
			}
			if op.Kind != '-' {
				gotB = append(gotB, op.Line)
			}
		}
		if strings.Join(gotA, "\n") != strings.Join(a, "\n") || strings.Join(gotB, "\n") != strings.Join(b, "\n") {
			t.Fatalf("%q -> %q: ops %+v", a, b, ops)
		}
		for _, h := range hunks(ops) {
			oldLines, newLines := 0, 0
			for _, op := range ops[h.from:h.to] {
				if op.Kind != '+' {
					if a[h.oldStart-1+oldLines] != op.Line {
						t.Fatalf("hunk %+v misplaced in %q", h, a)
					}
					oldLines++
				}
				if op.Kind != '-' {
					newLines++
				}
			}
			if oldLines != h.oldLen || newLines != h.newLen {
				t.Fatalf("hunk %+v counts %d,%d", h, oldLines, newLines)
			}
		}
	}
}

func randomLines(r *rand.Rand, words []string) []string {
	out := make([]string, r.IntN(12))
	for i := range out {
		out[i] = words[r.IntN(len(words))]
	}
	return out
}

func BenchmarkDiffTemplate(b *testing.B) {
	var old, cur strings.Builder
	for i := range 2000 {
		old.WriteString("ligne du modèle numéro " + string(rune('a'+i%26)) + "\n")
		if i%50 == 0 {
			cur.WriteString("ligne changée\n")
			continue
		}
		cur.WriteString("ligne du modèle numéro " + string(rune('a'+i%26)) + "\n")
	}
	for b.Loop() {
		Unified("a", "b", old.String(), cur.String(), false)
	}
}
