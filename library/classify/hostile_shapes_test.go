package classify

import (
	"runtime"
	"strings"
	"testing"

	"tamis/library/classify/direct"
)

// hostileShapes are texts built against the whole classifier, not only
// the direct scanner (see hostileDirect): long name chains, a finding
// every few bytes, hidden characters everywhere.
var hostileShapes = map[string]func(size int) string{
	"hyphen-names": repeatTo("Jean-"),
	"initials":     repeatTo("J. "),
	"saints":       repeatTo("Saint-"),
	"addresses":    repeatTo("12 rue "),
	"names":        repeatTo("Jean Dupont "),
	"civilities":   repeatTo("Mme A. "),
	"phones":       repeatTo("06 12 34 56 78 "),
	"health":       repeatTo("Paul est diabétique "),
	"codes":        repeatTo("Personne_001 "),
	"zero-width":   repeatTo("a\u200b"),
	"no-break":     repeatTo("1\u00a0"),
	"full-width":   repeatTo("０"),
	"escapes":      repeatTo("\x1b[1m"),
	"tags":         repeatTo("\U000E0041"),
	"maxims":       repeatTo("Comme disait Jean Dupont, "),
	"eponyms":      repeatTo("Jean Dupont porte son nom "),
	"owners":       repeatTo("la maladie de Blaise "),
	"secrets":      repeatTo("Lavande77 comme mot de passe "),
	"far-pairs":    repeatTo("wifi de la salle : Gym / basket2023 "),
}

func repeatTo(unit string) func(int) string {
	return func(size int) string { return strings.Repeat(unit, max(size/len(unit), 1)) }
}

// classifyWork runs the rules as Classify does and returns their work
// counters.
func classifyWork(c *Classifier, text string) (steps, tokens int) {
	p := prepare(text)
	a := new(analysis)
	a.reset(c, p.text, direct.Find(p.text)) // as Classify does: without it the scanner read no text
	a.run()
	return a.steps, a.tokens
}

// The name shapes ask a bounded number of questions per token, whatever
// the shape: a hyphen chain once cost 200 per token (quadratic in the
// sentence, 1.8 s for 1 MB of "Jean-").
func TestHostileShapesWorkPerToken(t *testing.T) {
	c := New(Rules{})
	for name, gen := range hostileShapes {
		steps, tokens := classifyWork(c, gen(256<<10))
		t.Logf("%s: %.1f steps per token", name, float64(steps)/float64(max(tokens, 1)))
		if steps > 12*tokens+100 {
			t.Errorf("%s: %d steps for %d tokens", name, steps, tokens)
		}
	}
}

// A text of one long line, a credential's words and a digit in every
// sentence: the spreadsheet-line reader looked for the line of each
// sentence from the text's start (39 s for 2 MB); the line found last is
// kept, and each byte is scanned about once.
func TestOneLongLineIsScannedOnce(t *testing.T) {
	text := repeatTo("Mot de passe du local : le code 12 change. ")(1 << 20)
	p := prepare(text)
	a := new(analysis)
	a.reset(New(Rules{}), p.text, direct.Find(p.text))
	a.run()
	if a.lineBytes > 2*len(p.text) {
		t.Errorf("%d bytes scanned to find the lines of %d bytes", a.lineBytes, len(p.text))
	}
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// Memory stays within a few times the input, whatever the shape: 64 MiB
// of "12 rue " once took 3.9 GB (a finding every 7 bytes, 64 bytes each,
// copied three times).
func TestHostileShapesMemory(t *testing.T) {
	c := New(Rules{})
	size := 4 << 20
	if testing.Short() || raceEnabled {
		size = 1 << 20
	}
	for name, gen := range hostileShapes {
		text := gen(size)
		classified := allocated(func() { c.Classify(text) })
		anonymized := allocated(func() { c.Anonymize(text) })
		t.Logf("%s: %.1f bytes allocated per byte to classify, %.1f to anonymise", name,
			float64(classified)/float64(len(text)), float64(anonymized)/float64(len(text)))
		if limit := uint64(8*len(text)) + 16<<20; classified > limit || anonymized > 2*limit {
			t.Errorf("%s: %d bytes allocated to classify %d bytes, %d to anonymise", name, classified, len(text), anonymized)
		}
	}
}

// BenchmarkHostileShapes gives the throughput of Classify and Anonymize
// on each hostile shape (1 MB), to compare with ordinary prose
// (BenchmarkClassifyProse1MB).
func BenchmarkHostileShapes(b *testing.B) {
	c := New(Rules{})
	for name, gen := range hostileShapes {
		text := gen(1 << 20)
		b.Run("classify/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				c.Classify(text)
			}
		})
		b.Run("anonymize/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				c.Anonymize(text)
			}
		})
	}
}

// Past direct.MaxFindings, findings fold into one blocked finding that keeps the
// worst category: a health fact after 65,536 phone numbers still makes
// the text category 4, and anonymize's output still holds the numbers it
// did not replace, so it stays blocked.
func TestTooManyFindingsBlock(t *testing.T) {
	c := New(Rules{})
	text := strings.Repeat("06 12 34 56 78\n", direct.MaxFindings+10) + "Paul est diabétique.\n"
	r := c.Classify(text)
	f := findingOf(r, "too-many")
	if r.Verdict != Blocked || r.Category != Sensitive || f == nil || f.Category != Sensitive || f.Verdict != Blocked {
		t.Fatalf("verdict %s, category %d, too-many %+v", r.Verdict, r.Category, f)
	}
	if len(r.Findings) > direct.MaxFindings+2 {
		t.Errorf("%d findings kept", len(r.Findings))
	}
	out, _ := c.Anonymize(text)
	if r := c.Classify(out); r.Verdict != Blocked {
		t.Errorf("anonymised text: %s", r.Verdict)
	}
}
