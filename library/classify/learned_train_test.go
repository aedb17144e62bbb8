package classify

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
)

// The learned check's weights are learned here, from the labelled sets of
// testdata/ that were read while writing rules. The held-out sets
// (testdata/holdout, holdout-focus, redteam) are never learned from: they
// measure it.
var retrain = flag.Bool("retrain", false, "learn the learned check's weights again (lexicon/"+learnedPath+")")

// learnedExcluded are the directories of testdata/ kept to measure.
var learnedExcluded = []string{"holdout", "holdout-focus", "redteam", "release_redteam", "frames_redteam", "identifiers_redteam", "described_redteam", "public_redteam", "english_redteam", "long_texts_redteam", "keyless_redteam", "public_names_redteam", "syntax_redteam", "leaks_redteam"}

// trainingValue is one labelled value and the features the classifier
// gives it with the learned check off, sorted: sums run in one order, so
// the same sets give the same weights to the last bit.
type trainingValue struct {
	label   string
	feats   []string
	blocked bool // the rules block it ("v:blocked")
}

func (v trainingValue) risky() bool { return v.label == "personal" || v.label == "sensitive" }

func (v trainingValue) blockedByRules() bool { return v.blocked }

// trainingTexts reads every labelled value of testdata/ outside the
// held-out directories, once per text, in the order of the files.
func trainingTexts(t testing.TB) []string {
	texts, _ := trainingLabelled(t)
	return texts
}

func trainingLabelled(t testing.TB) (texts, labels []string) {
	t.Helper()
	seen := map[string]bool{}
	err := filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && slices.Contains(learnedExcluded, d.Name()) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".jsonl") {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, line := range bytes.Split(raw, []byte("\n")) {
			var c evalCase
			if json.Unmarshal(line, &c) != nil || seen[c.Text] {
				continue
			}
			switch c.Label {
			case "ok", "gray", "personal", "sensitive":
				seen[c.Text] = true
				texts, labels = append(texts, c.Text), append(labels, c.Label)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The shipped templates' own wording is public by definition (the
	// référent validated it); the check must never block it, and the
	// retrained weights once did (« L'e-mail doit fonctionner sans aucun
	// nom »).
	templates, err := filepath.Glob("../../prompts/*.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range templates {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			if line = strings.TrimSpace(line); len(line) >= 20 && !seen[line] {
				seen[line] = true
				texts, labels = append(texts, line), append(labels, "ok")
			}
		}
	}
	return texts, labels
}

// trainingSet is the values of trainingTexts with their labels and the
// features the classifier gives them.
func trainingSet(t testing.TB) []trainingValue {
	texts, labels := trainingLabelled(t)
	var feats []string
	c := New(Rules{})
	c.learnTrace = func(f string) { feats = append(feats, f) }
	set := make([]trainingValue, len(texts))
	for k, text := range texts {
		feats = nil
		c.Classify(text)
		slices.Sort(feats)
		feats = slices.Compact(feats) // a feature counts once, as in a sentence (learned_check.go)
		set[k] = trainingValue{label: labels[k], feats: feats, blocked: slices.Contains(feats, "v:blocked")}
	}
	return set
}

// fingerprint sums up the training: the learning's constants, and the
// sets' labels and features. It changes when a set, a rule's findings on
// it, or a constant change.
func fingerprint(set []trainingValue) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d %g %g %g %g %d %g %g %g %d\n", learnEpochs, learnRate, learnL2, addedPublicShare, minLearnedWeight, minLearnedValues, releasedRiskyShare, upgradedPersonalShare, doubtedRiskyShare, learnEnsemble)
	for _, v := range set {
		fmt.Fprintf(h, "%s\x00", v.label)
		for _, f := range v.feats {
			fmt.Fprintf(h, "%s\x00", f)
		}
		h.Write([]byte{'\n'})
	}
	return fmt.Sprintf("%016x-%d", h.Sum64(), len(set))
}

// TestLearnedModelIsCurrent checks that the embedded weights were learned
// from the sets and rules as they are; with -retrain it learns them again.
func TestLearnedModelIsCurrent(t *testing.T) {
	if testing.Short() && !*retrain {
		t.Skip("reads every labelled set")
	}
	set := trainingSet(t)
	fp := fingerprint(set)
	if *retrain {
		writeLearned(t, set, fp)
		return
	}
	m := learnedModel()
	if m == nil {
		t.Fatalf("no learned model in lexicon/%s", learnedPath)
	}
	if m.fingerprint != fp {
		t.Fatalf("the learned check was learned from other sets or rules (%s, now %s): run\n"+
			"\tgo test ./library/classify -run TestLearnedModelIsCurrent -retrain", m.fingerprint, fp)
	}
}

// logistic is a logistic regression learned by stochastic gradient
// descent; its weights map a feature's spelling to its weight.
type logistic struct {
	w    map[string]float64
	bias float64
}

func (l *logistic) score(feats []string) float64 {
	z := l.bias
	for _, f := range feats {
		z += l.w[f]
	}
	return z
}

// How the regressions learn: passes over the values, the first step's
// size, the regularisation. They are part of the fingerprint.
const (
	learnEpochs = 12
	learnRate   = 0.2
	learnL2     = 1e-5
)

// learnEnsemble is how many regressions, each passing over the values
// in its own order, are averaged into one. One regression's weights
// depend on its order: with one, retrained after a rule changed a few
// values' findings, it moved a hundred verdicts near its thresholds;
// the average of several moves fewer (the stop-46 note gives the
// figures). Measured at stop 49 by learning twice on the same sets with
// other seeds: 5 regressions moved 120 verdicts of the 46,000 labelled
// values, 15 moved 55 (averaging each one's weights over its last
// epochs, or ten times the regularisation, moved 93 and 94). Going to 15
// would itself move about 40 verdicts once, so it waits for a change
// that retrains for its own reason. The regressions learn in parallel.
const learnEnsemble = 5

// learnLogistic learns y (true: 1) from the values, over the features in
// known: the average of learnEnsemble regressions whose orders are drawn
// from fixed seeds, so that the same sets give the same weights.
func learnLogistic(vals []trainingValue, y func(trainingValue) bool, known map[string]bool) *logistic {
	members := make([]*logistic, learnEnsemble)
	var wg sync.WaitGroup
	for seed := range members {
		wg.Go(func() { members[seed] = learnLogisticOnce(vals, y, known, seedBase+uint64(seed)) })
	}
	wg.Wait()
	avg := &logistic{w: map[string]float64{}}
	for _, l := range members { // summed in the seeds' order: the same sets give the same weights, bit for bit
		avg.bias += l.bias / learnEnsemble
		for f, w := range l.w {
			avg.w[f] += w / learnEnsemble
		}
	}
	return avg
}

// seedBase is the first seed of the ensemble.
var seedBase uint64 = 1

// learnLogisticOnce learns one regression, its order drawn from seed.
func learnLogisticOnce(vals []trainingValue, y func(trainingValue) bool, known map[string]bool, seed uint64) *logistic {
	const epochs, rate, l2 = learnEpochs, learnRate, learnL2
	l := &logistic{w: map[string]float64{}}
	order := make([]int, len(vals))
	for k := range order {
		order[k] = k
	}
	rnd := rand.New(rand.NewPCG(seed, 2))
	for ep := range epochs {
		rnd.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		eta := rate / (1 + float64(ep)*0.5)
		for _, k := range order {
			v := vals[k]
			p := 1 / (1 + math.Exp(-max(-30, min(30, l.score(v.feats)))))
			g := p
			if y(v) {
				g = p - 1
			}
			l.bias -= eta * g
			for _, f := range v.feats {
				if known[f] {
					l.w[f] -= eta * (g + l2*l.w[f])
				}
			}
		}
	}
	return l
}

// minLearnedValues: a feature of fewer values teaches nothing.
const minLearnedValues = 2

// knownFeatures are the features of at least minLearnedValues values: one
// value's word teaches nothing.
func knownFeatures(vals []trainingValue) map[string]bool {
	n := map[string]int{}
	for _, v := range vals {
		for _, f := range v.feats {
			n[f]++
		}
	}
	known := map[string]bool{}
	for f, c := range n {
		if c >= minLearnedValues {
			known[f] = true
		}
	}
	return known
}

// addedPublicShare is the share of the public values that the learned
// check may block on top of the rules, in a cross-validation of the sets:
// its threshold is the score that blocks that many.
const addedPublicShare = 0.01

// learnedThreshold cross-validates the risky model in five folds and
// returns the score above which addedPublicShare of the public values,
// not blocked by the rules, would be blocked.
func learnedThreshold(set []trainingValue) float64 {
	const folds = 5
	var okScores []float64
	nOK := 0
	for fold := range folds {
		var train, test []trainingValue
		for k, v := range set {
			if k%folds == fold {
				test = append(test, v)
			} else {
				train = append(train, v)
			}
		}
		l := learnLogistic(train, trainingValue.risky, knownFeatures(train)).pruned()
		for _, v := range test {
			if v.label != "ok" {
				continue
			}
			nOK++
			if !v.blockedByRules() {
				okScores = append(okScores, l.score(v.feats))
			}
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(okScores)))
	k := int(addedPublicShare * float64(nOK))
	return okScores[min(k, len(okScores)-1)]
}

// releasedRiskyShare is the share of the personal and sensitive values
// that the learned release (learned_release.go) may let through, in a
// cross-validation of the sets: its threshold is the lowest score of the
// risky values blocked by names alone once that many are below it.
const releasedRiskyShare = 0.0001

// doubtedRiskyShare is the share of the personal and sensitive values
// whose names alone the release turns into a doubt rather than a block
// (learned_release.go doubtNames): the volunteer is asked, nothing is let
// through unasked. In the cross-validation of the sets, 0.2 % of the
// risky values (26) buy 1.8 % of the public ones (177) out of a block.
const doubtedRiskyShare = 0.002

// namesAlone reports a value that the rules block for names alone: its
// only blocking rule is the name rule.
func (v trainingValue) namesAlone() bool {
	if !v.blocked {
		return false
	}
	name := false
	for _, f := range v.feats {
		rule, ok := strings.CutPrefix(f, "r:")
		if !ok {
			continue
		}
		if rule == ruleName.String() {
			name = true
		} else if ruleNamed(rule).info().verdict == Blocked {
			return false
		}
	}
	return name
}

// nameBand is a threshold of the learned release: the score below which
// names alone are let through (or doubted), and how many public and
// risky values blocked by names alone fall below it, out of fold.
type nameBand struct {
	threshold           float64
	okFreed, riskyFreed int
}

// releaseThresholds cross-validates the risky model in five folds and
// returns, for each share, the band below which at most that share of the
// risky values fall.
func releaseThresholds(set []trainingValue, shares ...float64) []nameBand {
	const folds = 5
	var risky, public []float64
	nRisky := 0
	for fold := range folds {
		var train []trainingValue
		for k, v := range set {
			if k%folds != fold {
				train = append(train, v)
			}
		}
		l := learnLogistic(train, trainingValue.risky, knownFeatures(train)).pruned()
		for k, v := range set {
			if k%folds != fold {
				continue
			}
			if v.risky() {
				nRisky++
			}
			if !v.namesAlone() {
				continue
			}
			if v.risky() {
				risky = append(risky, l.score(v.feats))
			} else if v.label == "ok" {
				public = append(public, l.score(v.feats))
			}
		}
	}
	sort.Float64s(risky)
	var bands []nameBand
	for _, share := range shares {
		b := nameBand{threshold: risky[min(int(share*float64(nRisky)), len(risky)-1)]}
		for _, s := range public {
			b.okFreed += b2i(s < b.threshold)
		}
		for _, s := range risky {
			b.riskyFreed += b2i(s < b.threshold)
		}
		bands = append(bands, b)
	}
	return bands
}

// upgradedPersonalShare is the share of the personal values that the
// rules block as personal data only which the learned check may call
// sensitive, in a cross-validation of the sets: its threshold is the
// sensitive score above which that many of them lie.
const upgradedPersonalShare = 0.01

// sensitiveByRules reports a value in which a rule found a special
// category or another category-4 fact.
func (v trainingValue) sensitiveByRules() bool {
	for _, f := range v.feats {
		if rule, ok := strings.CutPrefix(f, "r:"); ok && ruleNamed(rule).info().cat == Sensitive {
			return true
		}
	}
	return false
}

// upgradeThreshold cross-validates the sensitive model in five folds on
// the risky values that the rules block as personal data only, and
// returns the score above which upgradedPersonalShare of the personal
// ones lie; with it, how many personal and sensitive values of them lie
// above, out of fold, and how many there are of each.
func upgradeThreshold(set []trainingValue) (threshold float64, personalUp, sensitiveUp, nPersonal, nSensitive int) {
	const folds = 5
	var personal, sensitive []float64
	for fold := range folds {
		var train []trainingValue
		for k, v := range set {
			if k%folds != fold && v.risky() {
				train = append(train, v)
			}
		}
		l := learnLogistic(train, func(v trainingValue) bool { return v.label == "sensitive" }, knownFeatures(train)).pruned()
		for k, v := range set {
			if k%folds != fold || !v.risky() || !v.blocked || v.sensitiveByRules() {
				continue
			}
			if v.label == "sensitive" {
				sensitive = append(sensitive, l.score(v.feats))
			} else {
				personal = append(personal, l.score(v.feats))
			}
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(personal)))
	threshold = personal[min(int(upgradedPersonalShare*float64(len(personal))), len(personal)-1)]
	for _, s := range personal {
		personalUp += b2i(s > threshold)
	}
	for _, s := range sensitive {
		sensitiveUp += b2i(s > threshold)
	}
	return threshold, personalUp, sensitiveUp, len(personal), len(sensitive)
}

// crossValidated returns, in a five-fold cross-validation at the
// threshold, the shares of risky values and of public values blocked by
// the rules alone and with the learned check.
func crossValidated(set []trainingValue, threshold float64) (riskyRules, riskyBoth, okRules, okBoth float64) {
	const folds = 5
	var nRisky, nOK, rr, rb, or, ob int
	for fold := range folds {
		var train []trainingValue
		for k, v := range set {
			if k%folds != fold {
				train = append(train, v)
			}
		}
		l := learnLogistic(train, trainingValue.risky, knownFeatures(train)).pruned()
		for k, v := range set {
			if k%folds != fold || v.label == "gray" {
				continue
			}
			blocked := v.blockedByRules()
			both := blocked || l.score(v.feats) > threshold
			if v.risky() {
				nRisky, rr, rb = nRisky+1, rr+b2i(blocked), rb+b2i(both)
			} else {
				nOK, or, ob = nOK+1, or+b2i(blocked), ob+b2i(both)
			}
		}
	}
	pc := func(a, b int) float64 { return 100 * float64(a) / float64(b) }
	return pc(rr, nRisky), pc(rb, nRisky), pc(or, nOK), pc(ob, nOK)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// writeLearned learns both models and writes their weights.
func writeLearned(t *testing.T, set []trainingValue, fp string) {
	threshold := learnedThreshold(set)
	bands := releaseThresholds(set, releasedRiskyShare, doubtedRiskyShare)
	release, doubt := bands[0], bands[1]
	upgrade, personalUp, sensitiveUp, nPersonal, nSensitive := upgradeThreshold(set)
	known := knownFeatures(set)
	risky := learnLogistic(set, trainingValue.risky, known).pruned()
	var riskyOnly []trainingValue
	for _, v := range set {
		if v.risky() {
			riskyOnly = append(riskyOnly, v)
		}
	}
	sensitive := learnLogistic(riskyOnly, func(v trainingValue) bool { return v.label == "sensitive" }, known).pruned()

	var feats []string
	for f := range known {
		if risky.w[f] != 0 || sensitive.w[f] != 0 {
			feats = append(feats, f)
		}
	}
	sort.Strings(feats)
	var out bytes.Buffer
	fmt.Fprintf(&out, "# The learned check of tamis (library/classify/learned.go): a logistic regression\n")
	fmt.Fprintf(&out, "# learned from %d labelled values of library/classify/testdata (held-out sets excluded)\n", len(set))
	fmt.Fprintf(&out, "# by TestLearnedModelIsCurrent -retrain. Columns: feature, weight towards personal or\n")
	fmt.Fprintf(&out, "# sensitive, weight towards sensitive rather than personal. w: a folded word, b: two\n")
	fmt.Fprintf(&out, "# words in a row, r: a rule that found something, v: the rules' verdict. threshold: a\n")
	fmt.Fprintf(&out, "# sentence that scores above it is blocked; release: names alone are let through in\n")
	fmt.Fprintf(&out, "# sentences that score below it; doubt: names alone are a doubt, not blocked, in\n")
	fmt.Fprintf(&out, "# sentences that score below it; upgrade: a value blocked as personal data only is\n")
	fmt.Fprintf(&out, "# sensitive where a sentence's sensitive score exceeds it.\n")
	fmt.Fprintf(&out, "fingerprint\t%s\n", fp)
	fmt.Fprintf(&out, "threshold\t%.4f\n", threshold)
	fmt.Fprintf(&out, "release\t%.4f\n", release.threshold)
	fmt.Fprintf(&out, "doubt\t%.4f\n", doubt.threshold)
	fmt.Fprintf(&out, "upgrade\t%.4f\n", upgrade)
	fmt.Fprintf(&out, "bias\t%.4f\t%.4f\n", risky.bias, sensitive.bias)
	for _, f := range feats {
		fmt.Fprintf(&out, "%s\t%.4f\t%.4f\n", f, risky.w[f], sensitive.w[f])
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(out.Bytes())
	zw.Close()
	path := filepath.Join("lexicon", learnedPath)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d values, %d features kept of %d, threshold %.4f, %d bytes", len(set), len(feats), len(known), threshold, gz.Len())
	rr, rb, or, ob := crossValidated(set, threshold)
	t.Logf("cross-validated: risky blocked %.1f → %.1f %%, public blocked %.1f → %.1f %%", rr, rb, or, ob)
	t.Logf("cross-validated release below %.4f: %d public and %d risky values blocked by names alone let through", release.threshold, release.okFreed, release.riskyFreed)
	t.Logf("cross-validated doubt below %.4f: %d public and %d risky values blocked by names alone (the released ones among them) turned into a doubt", doubt.threshold, doubt.okFreed, doubt.riskyFreed)
	t.Logf("cross-validated upgrade above %.4f: %d of %d sensitive and %d of %d personal values blocked as personal data only called sensitive",
		upgrade, sensitiveUp, nSensitive, personalUp, nPersonal)
}

// minLearnedWeight drops the features that weigh almost nothing either
// way: the table is a third smaller, fits better in the processor's
// caches, and the cross-validated figures do not move.
const minLearnedWeight = 0.1

// pruned zeroes the weights below minLearnedWeight; the threshold is
// cross-validated on pruned models, as the check runs.
func (l *logistic) pruned() *logistic {
	for f, w := range l.w {
		if math.Abs(w) < minLearnedWeight {
			delete(l.w, f)
		}
	}
	return l
}
