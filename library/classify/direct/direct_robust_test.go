package direct

import (
	"strings"
	"testing"
)

// checkSpans verifies the contract of Find's output: sorted by
// Start, spans inside the text on UTF-8 boundaries, known rules.
func checkSpans(t *testing.T, text string, fs []Finding) {
	t.Helper()
	bounds := runeBoundaries(text)
	for k, f := range fs {
		if f.Start < 0 || f.Start >= f.End || f.End > len(text) {
			t.Fatalf("finding %d %s: bad span [%d,%d) in %d bytes", k, f.Rule, f.Start, f.End, len(text))
		}
		if !bounds[f.Start] || !bounds[f.End] {
			t.Fatalf("finding %d %s: span [%d,%d) cuts a rune", k, f.Rule, f.Start, f.End)
		}
		if k > 0 && fs[k-1].Start > f.Start {
			t.Fatalf("findings not sorted at %d", k)
		}
		if !directRules[f.Rule] {
			t.Fatalf("unknown rule %q", f.Rule)
		}
	}
}

// runeBoundaries marks the offsets where a rune starts as decoding sees
// them, plus len(text). For valid UTF-8 it is utf8.RuneStart; a stray
// continuation byte of invalid UTF-8 is a rune of its own (U+FFFD).
func runeBoundaries(text string) []bool {
	b := make([]bool, len(text)+1)
	for i := range text {
		b[i] = true
	}
	b[len(text)] = true
	return b
}

var directRules = map[string]bool{
	"email": true, "phone": true, "nir": true, "iban": true, "bank-card": true, "id-document": true,
	"postal-address": true, "birthdate": true, "licence-plate": true, "profile-url": true, "handle": true,
	"credential": true, "too-many": true,
}

// hostileSize is the size of the hostile inputs: 10 MB, the bound the
// issue sets; 1 MB under the race detector and 256 KB with -short, so
// that the package's tests stay fast (BenchmarkHostile keeps 10 MB).
func hostileSize() int {
	switch {
	case testing.Short():
		return 256 << 10
	case raceEnabled:
		return 1 << 20
	}
	return 10 << 20
}

// hostileDirect are generators of inputs of about size bytes built to
// defeat a scanner: long digit runs, anchors everywhere, invalid UTF-8.
var hostileDirect = map[string]func(size int) string{
	"digits":       func(size int) string { return strings.Repeat("0", size) },
	"phones":       func(size int) string { return strings.Repeat("06 12 34 56 78 ", size/15) },
	"uk-phones":    func(size int) string { return strings.Repeat("020 7946 0958 ", size/14) },
	"us-phones":    func(size int) string { return strings.Repeat("call (415) 555-0132 ", size/20) },
	"at":           func(size int) string { return strings.Repeat("@", size) },
	"at-words":     func(size int) string { return strings.Repeat("a@b.", size/4) },
	"spelled-at":   func(size int) string { return strings.Repeat("a.b at c dot ", size/13) },
	"loose-at":     func(size int) string { return strings.Repeat("a dot b @ c dot ", size/16) },
	"spaces":       func(size int) string { return strings.Repeat(" ", size) },
	"nul":          func(size int) string { return strings.Repeat("\x00", size) },
	"invalid-utf8": func(size int) string { return strings.Repeat("\xff\xfe\xc3", size/3) },
	"letters":      func(size int) string { return strings.Repeat("a", size) },
	"token":        func(size int) string { return strings.Repeat("aZ3k", size/4) },
	"dashes":       func(size int) string { return strings.Repeat("-----BEGIN ", size/11) },
	"addresses":    func(size int) string { return strings.Repeat("1 rue ", size/6) },
	"keywords":     func(size int) string { return strings.Repeat("mdp : ", size/6) },
	"references":   func(size int) string { return strings.Repeat("commande n° 0612345678 ", size/24) },
	"dates":        func(size int) string { return strings.Repeat("12/03/1987 ", size/11) },
	"plus":         func(size int) string { return strings.Repeat("+1", size/2) },
	"dots":         func(size int) string { return strings.Repeat("1.", size/2) },
}

// Hostile inputs must finish (linear scan) and respect the span contract.
func TestDirectHostileInputs(t *testing.T) {
	for name, gen := range hostileDirect {
		t.Run(name, func(t *testing.T) {
			text := gen(hostileSize())
			checkSpans(t, text, Find(text))
		})
	}
}

// The scan is linear: four times the input gives at most about four times
// the findings, and the same findings per repeated unit (no quadratic
// look-back that would drop or multiply them).
func TestDirectHostileLinear(t *testing.T) {
	for name, gen := range hostileDirect {
		a, b := len(Find(gen(32<<10))), len(Find(gen(128<<10)))
		if b > 4*a+8 || a > 0 && b < 3*a {
			t.Errorf("%s: %d findings in 32 KB, %d in 128 KB", name, a, b)
		}
	}
}

func TestDirectEmptyAndTiny(t *testing.T) {
	long := strings.Repeat("é", 20000)
	for _, text := range []string{
		"", "0", "+", "@", "a", "é", "\xc3", "06", "+3", "-----BEGIN ", "FR76", "AB-123-C", "mdp \xc2",
		// Spans cut by a length bound must still end on a rune boundary.
		"mdp : x" + long, "linkedin.com/in/x" + long, "8 rue A" + long, "8 rue Ab" + long,
		"-----BEGIN RSA PRIVATE KEY-----" + long, "@a" + long, "x" + long + "@gmail.com",
	} {
		checkSpans(t, text, Find(text))
	}
}
