package tui

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkDiffView draws a long template (300 lines, one in ten changed)
// beside its previous version, as the history and conflicts screens do on
// entrée and on each resize: side by side at 120 columns, stacked at 80.
func BenchmarkDiffView(b *testing.B) {
	var old, cur strings.Builder
	for i := range 300 {
		line := fmt.Sprintf("Ligne %d du modèle : rédige une annonce pour l'atelier [thème] du quartier, ton chaleureux.", i)
		old.WriteString(line + "\n")
		if i%10 == 0 {
			line = "Ligne changée : " + line
		}
		cur.WriteString(line + "\n")
	}
	d := diffText{oldName: "version 1", newName: "version 2", oldText: old.String(), newText: cur.String()}
	for _, w := range []int{120, 80} {
		b.Run(fmt.Sprintf("%dcols", w), func(b *testing.B) {
			c := newCommon(newTestEnv().deps)
			c.Width, c.Height = w, 40
			for b.Loop() {
				d.render(c)
			}
		})
	}
}
