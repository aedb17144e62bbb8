package classify

import (
	"bytes"
	"compress/gzip"
	"math"
	"slices"
	"strings"
	"testing"

	"tamis/library/classify/lexicon"
)

// Values the rules let pass, told in words no rule reads: figures padded
// for a funder, money kept aside, a plan kept from the staff, a relative
// in prison. The learned check blocks them.
func TestLearnedCheckBlocksWhatTheRulesMiss(t *testing.T) {
	full, rules := New(Rules{}), rulesOnly()
	for _, tc := range []struct {
		text string
		cat  Category
	}{
		{"On annonce 60 inscrits au département, on en a eu 22 mais ça passe.", Sensitive},
		{"Le chèque de la kermesse, on le garde de côté, pas besoin que ça apparaisse.", Sensitive},
		{"We'll tell the staff about the restructure once the funding is signed.", Sensitive},
		{"Her son is back inside again, she cried all morning.", Personal},
	} {
		if r := rules.Classify(tc.text); r.Verdict == Blocked {
			t.Errorf("%q: the rules block it already (%v): the example shows nothing", tc.text, describe(tc.text, r))
		}
		r := full.Classify(tc.text)
		if r.Verdict != Blocked || r.Category != tc.cat {
			t.Errorf("%q: got %d/%s %v, want %d/blocked by the learned check", tc.text, r.Category, r.Verdict, describe(tc.text, r), tc.cat)
		}
	}
}

// Public values pass, and an anonymised text is not blocked for its codes:
// anonymising a value must leave something a volunteer can copy.
func TestLearnedCheckLetsPublicAndAnonymisedTextPass(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Atelier cuisine ouvert à tous samedi à 14 h, salle des fêtes.",
		"Le club de pétanque organise son concours annuel le 14 juillet.",
		"Envoyer le reçu à Personne_001, [ADRESSE_001].",
		"[PSEUDO_001] et [NIR_001] notés, [IBAN_001] reçu",
	} {
		if r := c.Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}

// The learned check only adds, but for names: on every labelled value of
// the sets, every finding of the rules stays as it was and no verdict goes
// down, except in a value that the rules block for names alone, where the
// release (learned_release.go) may drop the names and nothing else.
func TestLearnedCheckOnlyAdds(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every labelled set")
	}
	full, rules := New(Rules{}), rulesOnly()
	added, released := 0, 0
	for _, text := range trainingTexts(t) {
		a, b := rules.Classify(text), full.Classify(text)
		namesAlone := a.Verdict == Blocked && !slices.ContainsFunc(a.Findings, func(f Finding) bool {
			return f.Verdict == Blocked && f.Rule != ruleName.String()
		})
		dropped := 0
		for _, f := range a.Findings {
			if !slices.Contains(b.Findings, f) {
				dropped++
				if !namesAlone || f.Rule != ruleName.String() {
					t.Errorf("%q: the learned check dropped %s %q", text, f.Rule, text[f.Start:f.End])
				}
			}
		}
		if b.Verdict < a.Verdict && (!namesAlone || dropped == 0) {
			t.Errorf("%q: %s with the learned check, %s without", text, b.Verdict, a.Verdict)
		}
		if dropped > 0 {
			released++
		}
		if len(b.Findings) > len(a.Findings) {
			added++
		}
	}
	if released == 0 {
		t.Error("the learned check released no value blocked for names alone")
	}
	if added == 0 {
		t.Error("the learned check blocked nothing the rules let pass")
	}
}

// A damaged model file is an error, not a silent empty model.
func TestParseLearnedRejectsDamage(t *testing.T) {
	if _, err := parseLearned([]byte("not gzip")); err == nil {
		t.Error("parseLearned accepted bytes that are not gzip")
	}
	for _, body := range []string{"w:mot\t0.5\n", "w:mot\tx\t1\n", "threshold\tnan?\n",
		"bias\t-1\t0\nw:mot\t0.5\t0\n", "threshold\t-1\nw:mot\t0.5\t0\n", "threshold\t-1\nrelease\t-2x\nbias\t-1\t0\n"} {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(body))
		zw.Close()
		if _, err := parseLearned(b.Bytes()); err == nil {
			t.Errorf("parseLearned accepted %q", body)
		}
	}
	if m := learnedModel(); m == nil || len(m.w) < 1000 || m.threshold == 0 || m.release >= m.threshold || math.IsInf(float64(m.release), -1) ||
		m.doubt <= m.release {
		t.Fatalf("the embedded model is missing or empty, or its release or doubt threshold is missing or out of order")
	}
}

// BenchmarkLearnedLoad reads the learned check's weights, as the first
// classifier of a process does (in the background, see New).
func BenchmarkLearnedLoad(b *testing.B) {
	raw, err := lexicon.Data.ReadFile(learnedPath)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := parseLearned(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// A long text is weighed sentence by sentence as it is read (weighNowFrom),
// a short value once its findings are final: the two give the same sums.
// The long text repeats the short values, each alone in its paragraph,
// and must be blocked by the learned check at each of them, no more.
func TestLearnedCheckWeighsLongTextsAsShortOnes(t *testing.T) {
	c := New(Rules{})
	values := []string{
		"On annonce 60 inscrits au département, on en a eu 22 mais ça passe.",
		"Atelier cuisine ouvert à tous samedi à 14 h, salle des fêtes.",
		"Le chèque de la kermesse, on le garde de côté, pas besoin que ça apparaisse.",
		"Le club de pétanque organise son concours annuel le 14 juillet.",
	}
	var long strings.Builder
	want := 0
	for long.Len() < 2*weighNowFrom {
		for _, v := range values {
			short := c.Classify(v)
			if short.Verdict == Blocked {
				want++
			}
			long.WriteString(v + "\n\n")
		}
	}
	got := 0
	for _, f := range c.Classify(long.String()).Findings {
		if learnedRule(f.Rule) {
			got++
		}
	}
	if got != want || want == 0 {
		t.Errorf("the long text has %d findings of the learned check, want %d (one for each blocked short value)", got, want)
	}
}
