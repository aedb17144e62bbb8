package classify

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"math"
	"sync"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The learned check: a linear model (logistic regression) over the words
// of a sentence, its word pairs and what the rules found in it, learned
// from the labelled sets of testdata/ (learned_train_test.go). It runs
// after the rules, on a value they did not block, and blocks a sentence
// that reads like the personal or sensitive values of those sets: the
// model closes what the rules' words miss (a strategy told casually, a
// person pointed at in everyday words). It softens one kind of finding
// only: names, in a value that nothing else blocks, in sentences that
// read like public text, are dropped or made a doubt
// (learned_release.go); every other finding of the rules stays whole.
//
// Its weights are data (lexicon/data/learned/model.tsv.gz, a readable
// table once unzipped); `go test ./library/classify -run
// TestLearnedModelIsCurrent -retrain` learns them again, and that test
// fails when the rules' findings on the sets changed since.

// learnedPath is the model's file in lexicon.Data.
const learnedPath = "data/learned/model.tsv.gz"

// learnedWeights are the model read from its file.
type learnedWeights struct {
	w           map[uint64][2]float32   // a feature's weights: [0] risky (personal or sensitive), [1] sensitive rather than personal
	rule        [numRules][2]float32    // the weights of "r:" features, by rule
	verdict     [Blocked + 1][2]float32 // the weights of "v:" features, by verdict
	bias        [2]float32
	threshold   float32 // a sentence whose risky score exceeds it is blocked
	release     float32 // names alone are let through in sentences that score below it (learned_release.go)
	doubt       float32 // names alone are a doubt, not blocked, in sentences that score below it (learned_release.go)
	upgrade     float32 // a value blocked as personal data only is sensitive where a sentence's sensitive score exceeds it
	fingerprint string  // of the sets and the rules' findings it was learned from
}

// learnedModel reads the model once per process; nil when the file is
// missing (a test's own lexicon), which turns the check off.
var learnedModel = sync.OnceValue(func() *learnedWeights {
	raw, err := lexicon.Data.ReadFile(learnedPath)
	if err != nil {
		return nil
	}
	m, err := parseLearned(raw)
	if err != nil {
		panic("classify: " + learnedPath + ": " + err.Error()) // embedded: a test reads it
	}
	return m
})

// parseLearned reads the gzipped table: header lines "threshold", "release",
// "doubt", "upgrade", "bias" and "fingerprint", then one line per feature, its two weights
// after tabs. It reads the table's lines without a string per line: the
// first classifier of a process waits for it. A table without its
// threshold or its bias is an error, not a model that blocks nothing.
func parseLearned(raw []byte) (*learnedWeights, error) {
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	table, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	m := &learnedWeights{w: make(map[uint64][2]float32, bytes.Count(table, []byte{'\n'}))}
	var haveThreshold, haveBias bool
	m.release = float32(math.Inf(-1)) // no release line: nothing is let through
	m.doubt = float32(math.Inf(-1))   // no doubt line: names alone stay blocked
	m.upgrade = float32(math.Inf(1))  // no upgrade line: the rules' category stands
	for line := range bytes.Lines(table) {
		line = bytes.TrimSuffix(line, []byte{'\n'})
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		name, rest, ok := bytes.Cut(line, []byte{'\t'})
		if !ok {
			return nil, errLearnedLine(line)
		}
		switch string(name) {
		case "fingerprint":
			m.fingerprint = string(rest)
			continue
		case "threshold", "release", "doubt", "upgrade":
			v, ok := parseWeight(rest)
			if !ok {
				return nil, errLearnedLine(line)
			}
			switch string(name) {
			case "threshold":
				m.threshold, haveThreshold = v, true
			case "release":
				m.release = v
			case "doubt":
				m.doubt = v
			default:
				m.upgrade = v
			}
			continue
		}
		first, second, ok := bytes.Cut(rest, []byte{'\t'})
		w0, ok0 := parseWeight(first)
		w1, ok1 := parseWeight(second)
		if !ok || !ok0 || !ok1 {
			return nil, errLearnedLine(line)
		}
		if string(name) == "bias" {
			m.bias, haveBias = [2]float32{w0, w1}, true
			continue
		}
		m.w[featureKey(name)] = [2]float32{w0, w1}
	}
	if !haveThreshold || !haveBias {
		return nil, errors.New("no threshold or no bias line")
	}
	for r := ruleNone + 1; r < numRules; r++ {
		m.rule[r] = m.w[wordHash("r:"+r.String())]
	}
	for v := OK; v <= Blocked; v++ {
		m.verdict[v] = m.w[wordHash("v:"+v.String())]
	}
	return m, nil
}

// parseWeight reads a weight as the trainer writes it: an optional
// minus, digits, and a fraction after a point.
func parseWeight(b []byte) (float32, bool) {
	neg := len(b) > 0 && b[0] == '-'
	if neg {
		b = b[1:]
	}
	var v, scale float64 = 0, 1
	seenPoint, digits := false, 0
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			v = v*10 + float64(c-'0')
			digits++
			if seenPoint {
				scale *= 10
			}
		case c == '.' && !seenPoint:
			seenPoint = true
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	if neg {
		v = -v
	}
	return float32(v / scale), true
}

type errLearnedLine []byte

func (e errLearnedLine) Error() string { return "bad line: " + string(e) }

// A feature's key in the table: a word's FNV-1a hash, salted for a single
// word, mixed with the previous word's for a pair; a rule or a verdict is
// the hash of its whole spelling ("r:health", "v:doubt"). The sentence
// hashes each word once, and parseLearned keys the table the same way.
const unigramSalt = 0x9e3779b97f4a7c15

func wordHash[S string | []byte](w S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h
}

func bigramKey(prev, h uint64) uint64 {
	return (prev*0xbf58476d1ce4e5b9 ^ h) + 0x94d049bb133111eb
}

// featureKey keys a feature spelled as in the file.
func featureKey(f []byte) uint64 {
	switch {
	case bytes.HasPrefix(f, []byte("w:")):
		return wordHash(f[2:]) ^ unigramSalt
	case bytes.HasPrefix(f, []byte("b:")):
		if x, y, ok := bytes.Cut(f[2:], []byte(" ")); ok {
			return bigramKey(wordHash(x), wordHash(y))
		}
	}
	return wordHash(f)
}

// learnedNumber is how every number enters the model.
const learnedNumber = "<d>"

// learnedWord is how a token enters the model: its folded form, one
// spelling for every number, nothing for an anonymisation code.
func learnedWord(t *text.Token) string {
	switch {
	case t.Has(text.Code):
		return ""
	case t.Has(text.Digit):
		return learnedNumber
	}
	return t.Norm
}
