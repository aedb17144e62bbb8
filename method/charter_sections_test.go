package method

import (
	"slices"
	"testing"
)

// TestMissingSections: the default charter has all eight sections; a
// charter without two of them names those two, headings read without
// case or accents, and a word in the body is no heading.
func TestMissingSections(t *testing.T) {
	if got := MissingSections(DefaultCharter); len(got) != 0 {
		t.Fatalf("the default charter lacks %v", got)
	}
	text := "# Charte\n## PREAMBULE\n## Principes\n## Données interdites\n## Usages autorisés\n" +
		"## Processus de validation\nLa formation a lieu chaque année.\n## Signature\n"
	if got := MissingSections(text); !slices.Equal(got, []string{"Formation", "Révision"}) {
		t.Fatalf("missing %v", got)
	}
}
