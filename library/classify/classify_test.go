package classify

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestVerdictJSON(t *testing.T) {
	for _, v := range []Verdict{OK, Doubt, Blocked} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("marshal %v: %v", v, err)
		}
		if string(b) != `"`+v.String()+`"` {
			t.Errorf("marshal %v = %s", v, b)
		}
		var back Verdict
		if err := json.Unmarshal(b, &back); err != nil || back != v {
			t.Errorf("unmarshal %s = %v, %v", b, back, err)
		}
	}
	if _, err := json.Marshal(Verdict(7)); err == nil {
		t.Error("marshal of an invalid verdict succeeded")
	}
	var v Verdict
	if err := json.Unmarshal([]byte(`"maybe"`), &v); err == nil {
		t.Error("unmarshal of an unknown verdict succeeded")
	}
}

func TestResultJSON(t *testing.T) {
	c := New(Rules{})
	b, err := json.Marshal(c.Classify("Atelier tricot le jeudi"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"category":2,"verdict":"ok","findings":[]}`; string(b) != want {
		t.Errorf("got %s, want %s", b, want)
	}
	b, err = json.Marshal(c.Classify("Mme Dupont est diabétique"))
	if err != nil {
		t.Fatal(err)
	}
	var r Result
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	if r.Category != Sensitive || r.Verdict != Blocked || len(r.Findings) != 2 {
		t.Errorf("round trip: %+v", r)
	}
	if !strings.Contains(string(b), `"rule":"name"`) || !strings.Contains(string(b), `"verdict":"blocked"`) {
		t.Errorf("JSON lacks rule or verdict: %s", b)
	}
}

// Findings are sorted, within the value and on rune boundaries, and the
// result is their maximum.
func TestFindingsInvariants(t *testing.T) {
	c := New(Rules{Allow: []string{"Simone Veil"}, Deny: []string{"Phénix"}})
	texts := []string{
		"Élodie MARTIN, séropositive, née le 3 mars 1980 ; projet Phénix confidentiel.",
		"ÉTÉ : la trésorière Anne-Sophie Brunet-Lacaze est hospitalisée à Évreux",
		"salle Simone Veil \xff\xfe M. Dupont\x00 est diabétique",
		strings.Repeat("Mme Nguyen a un cancer. ", 50),
	}
	for _, text := range texts {
		r := c.Classify(text)
		maxCat, maxV := Public, OK
		if len(r.Findings) > 0 {
			maxCat = Published
		}
		for k, f := range r.Findings {
			if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
				t.Fatalf("%q: bad span %d-%d", text, f.Start, f.End)
			}
			if !utf8.RuneStart(text[f.Start]) || f.End < len(text) && !utf8.RuneStart(text[f.End]) {
				t.Errorf("%q: span %d-%d cuts a rune", text, f.Start, f.End)
			}
			if k > 0 && r.Findings[k-1].Start > f.Start {
				t.Errorf("%q: findings not sorted", text)
			}
			maxCat, maxV = max(maxCat, f.Category), max(maxV, f.Verdict)
		}
		if r.Category != maxCat || r.Verdict != maxV {
			t.Errorf("%q: result %d/%s, max of findings %d/%s", text, r.Category, r.Verdict, maxCat, maxV)
		}
	}
}

// A Classifier is shared by the TUI's goroutines: run it concurrently
// (meaningful under -race).
func TestConcurrentClassify(t *testing.T) {
	c := New(Rules{Allow: []string{"Simone Veil"}, Deny: []string{"Phénix"}})
	want := c.Classify(benchValue)
	done := make(chan Result)
	for range 8 {
		go func() { done <- c.Classify(benchValue) }()
	}
	for range 8 {
		if got := <-done; got.Verdict != want.Verdict || len(got.Findings) != len(want.Findings) {
			t.Errorf("concurrent result %v, want %v", got, want)
		}
	}
}

func TestCoveredFindingsAreDropped(t *testing.T) {
	res := New(Rules{}).Classify("écrire à jeanne.martin@gmail.com")
	if len(res.Findings) != 1 || res.Findings[0].Rule != "email" {
		t.Fatalf("findings = %+v, want the e-mail alone", res.Findings)
	}
	fs := dropCovered([]Finding{
		{Rule: "a", Category: Personal, Verdict: Blocked, Start: 0, End: 10},
		{Rule: "b", Category: Sensitive, Verdict: Blocked, Start: 2, End: 5}, // more severe: kept
		{Rule: "c", Category: Personal, Verdict: Doubt, Start: 3, End: 9},    // covered: dropped
		{Rule: "d", Category: Personal, Verdict: Blocked, Start: 8, End: 12}, // reaches further: kept
		{Rule: "e", Category: Personal, Verdict: Doubt, Start: 20, End: 40},
		{Rule: "f", Category: Personal, Verdict: Doubt, Start: 25, End: 30}, // inside a doubt: kept
	})
	var rules []string
	for _, f := range fs {
		rules = append(rules, f.Rule)
	}
	if strings.Join(rules, ",") != "a,b,d,e,f" {
		t.Fatalf("dropCovered kept %v, want a,b,d,e,f", rules)
	}
}
