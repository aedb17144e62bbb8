package classify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tamis/library/classify/lexicon"
)

// benchValue is a typical 200-byte filled value.
const benchValue = "Mme Caillaud, 8 rue des Mésanges à Angers, viendra avec sa fille le mardi ; " +
	"elle est diabétique et demande un repas adapté. Le bureau n'a pas encore décidé du budget."

// benchForm is a 10-field form: values of 40 to 200 bytes.
var benchForm = []string{
	"Les Jardins Partagés du Quartier Nord",
	"2011",
	"Rendre le jardinage accessible à tous les habitants du quartier, quels que soient leur âge et leurs moyens.",
	"Atelier compost ouvert à tous le samedi 12 avril de 10h à 12h, salle polyvalente, entrée libre.",
	"réseaux sociaux",
	"Contact : jardins.nord@example.org, 06 12 34 56 78 (Karima, coordinatrice bénévole)",
	"Nos adhérents ont en moyenne 62 ans ; la plupart habitent les immeubles voisins.",
	"Un de nos bénévoles est en arrêt maladie, il faut le remplacer pour la distribution du jeudi.",
	"300 mots",
	"Ton chaleureux, tutoiement, pas d'emoji, termine par un appel à venir nous rencontrer au jardin.",
}

// benchProse is about 1 MB of French association prose, with some personal
// and sensitive sentences mixed in.
func benchProse(b *testing.B) string {
	b.Helper()
	seed, err := os.ReadFile("direct/testdata/direct_prose_fr.txt")
	if err != nil {
		seed = []byte(strings.Join(benchForm, "\n") + "\n")
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.Write(seed)
		sb.WriteString(benchValue)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func BenchmarkClassifyValue(b *testing.B) {
	c := New(Rules{Allow: []string{"Les Jardins Partagés"}, Deny: []string{"projet Phénix"}})
	lexicon.Warm()
	b.SetBytes(int64(len(benchValue)))
	b.ReportAllocs()
	for b.Loop() {
		c.Classify(benchValue)
	}
}

func BenchmarkClassifyForm10(b *testing.B) {
	c := New(Rules{Allow: []string{"Les Jardins Partagés"}, Deny: []string{"projet Phénix"}})
	lexicon.Warm()
	b.ReportAllocs()
	cpu := processCPU()
	for b.Loop() {
		for _, v := range benchForm {
			c.Classify(v)
		}
	}
	reportCPU(b, cpu)
}

func BenchmarkClassifyProse1MB(b *testing.B) {
	c := New(Rules{Allow: []string{"Les Jardins Partagés"}, Deny: []string{"projet Phénix"}})
	lexicon.Warm()
	prose := benchProse(b)
	b.SetBytes(int64(len(prose)))
	b.ReportAllocs()
	cpu := processCPU()
	for b.Loop() {
		c.Classify(prose)
	}
	reportCPU(b, cpu)
}

// shortLines is a mixed corpus of one-line values, about 65 bytes each, as
// `tamis classify --jsonl` reads from an export of notes: the values of the
// development and evaluation sets (never the held-out one) and the lines of
// the shipped templates.
func shortLines(b *testing.B) (lines []string, size int) {
	b.Helper()
	for _, p := range []string{"testdata/dev/devset-2026-11-30.jsonl", "testdata/eval/eval.jsonl"} {
		for _, c := range readEval(b, p) {
			lines = append(lines, c.Text)
		}
	}
	templates, err := filepath.Glob("../../prompts/*.md")
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range templates {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); len(l) >= 20 && len(l) <= 200 {
				lines = append(lines, l)
			}
		}
	}
	for _, l := range lines {
		size += len(l)
	}
	return lines, size
}

// BenchmarkClassifyShortLines is the batch check: one Classify per line.
func BenchmarkClassifyShortLines(b *testing.B) {
	benchShortLines(b, func(c *Classifier, lines []string) {
		for _, l := range lines {
			c.Classify(l)
		}
	})
}

// BenchmarkClassifyShortLinesBatch is the batch check as classify
// --jsonl runs it: the same lines, through ClassifyBatch (batch.go).
func BenchmarkClassifyShortLinesBatch(b *testing.B) {
	benchShortLines(b, func(c *Classifier, lines []string) { c.ClassifyBatch(lines) })
}

// benchShortLines runs pass over the short lines, with lists, per op.
func benchShortLines(b *testing.B, pass func(c *Classifier, lines []string)) {
	c := New(Rules{Allow: []string{"Les Jardins Partagés"}, Deny: []string{"projet Phénix"}})
	lexicon.Warm()
	lines, size := shortLines(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := processCPU()
	for b.Loop() {
		pass(c, lines)
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(size)/float64(len(lines)), "B/line")
}

// reportCPU adds the processor time per operation since start: on a
// shared machine the wall time counts the waits for a core, the
// processor time much less, so before/after figures compare better.
func reportCPU(b *testing.B, start int64) {
	if start > 0 && b.N > 0 {
		b.ReportMetric(float64(processCPU()-start)/float64(b.N), "cpu-ns/op")
	}
}
