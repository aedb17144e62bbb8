package tui

import (
	"math/rand/v2"
	"strings"
	"testing"

	"tamis/library"
	"tamis/library/classify"
	"tamis/store"
)

// annonceTemplate is the e2e template: the value sits between template words.
func annonceTemplate() library.Template {
	return library.Template{ID: "PROMPT-900", Title: "Annonce de l'atelier", Status: library.StatusValidated,
		Context:   "Notre association organise des ateliers ouverts à tous.",
		Prompt:    "Rédige une annonce pour l'atelier [atelier] du [jour].",
		Variables: []library.Variable{{Name: "atelier", Help: "thème"}, {Name: "jour", Help: "jour"}}}
}

func realHarness(t *testing.T, ts ...library.Template) *harness {
	t.Helper()
	d, err := depsFrom(&memLibrary{ts: ts, profile: store.Profile{"Nom asso": "Les Amis du Quartier"}})
	if err != nil {
		t.Fatal(err)
	}
	d.Clipboard, d.Tick = &fakeClipboard{}, newFakeClock().tick
	h := &harness{t: t, m: New(d)}
	h.send(teaSize(100, 30))
	return h
}

// TestBadgeIsTheVerdict: « atelier vélo animé par notre trésorier » is
// public on its own (the badge) and was a doubt once placed in the prompt;
// the final check now says what the badge says, and copies.
func TestBadgeIsTheVerdict(t *testing.T) {
	h := realHarness(t, annonceTemplate()).keys("enter").typeText("atelier vélo animé par notre trésorier").
		keys("tab").typeText("mardi")
	if lvl := h.m.fill.fields[0].level(); lvl != levelPublic {
		t.Fatalf("badge %q", lvl.word())
	}
	h.keys("ctrl+y")
	if got := levelOf(h.m.verdict.result); got != levelPublic || h.m.verdict.mode != modeCopied {
		t.Fatalf("verdict %q mode %d, the badge said public:\n%s", got.word(), h.m.verdict.mode, h.view())
	}
}

// spanChecker flags a fixed substring (flag) wherever a pattern holding it
// appears: a pattern may need the template's words around a value, as the
// real classifier's context rules do, to build each case of merge.
type spanChecker struct {
	pattern, flag string
	f             classify.Finding
}

func (c spanChecker) Classify(text string) classify.Result {
	r := classify.Result{Category: classify.Public, Verdict: classify.OK, Findings: []classify.Finding{}}
	if i := strings.Index(text, c.pattern); i >= 0 {
		f := c.f
		f.Start = i + strings.Index(c.pattern, c.flag)
		f.End = f.Start + len(c.flag)
		r.Findings = append(r.Findings, f)
		r.Verdict, r.Category = f.Verdict, max(r.Category, f.Category)
	}
	return r
}

func (spanChecker) Anonymize(text string) Anonymised { return Anonymised{Text: text} }

func TestMergeCases(t *testing.T) {
	doubt := classify.Finding{Rule: "single-role", Category: classify.Personal, Verdict: classify.Doubt, Reason: "rôle"}
	blocked := classify.Finding{Rule: "name", Category: classify.Personal, Verdict: classify.Blocked, Reason: "nom"}
	cases := []struct {
		name    string
		pattern string
		flag    string
		f       classify.Finding
		verdict classify.Verdict
		where   string // the field shown, "" for none
		text    string // the words shown
		combo   bool
	}{
		{"a doubt mostly in the template stays with the value's result", "pour l'atelier vélo", "pour l'atelier vélo", doubt, classify.OK, "", "", false},
		{"a doubt inside a value in context only", "l'atelier vélo du trésorier", "trésorier", doubt, classify.OK, "", "", false},
		{"a combination across fields", "trésorier du mardi", "trésorier du mardi", doubt, classify.Doubt, "atelier", "trésorier du mardi", true},
		{"blocked across template and value: cut to the value", "pour l'atelier vélo", "pour l'atelier vélo", blocked, classify.Blocked, "atelier", "vélo", false},
		{"blocked inside a value in context only: kept, on the value", "l'atelier vélo du trésorier", "trésorier", blocked, classify.Blocked, "atelier", "trésorier", false},
		{"blocked in the template alone", "Notre association", "Notre association", blocked, classify.Blocked, "", "Notre association", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			env := newTestEnv()
			env.deps.Templates = []library.Template{annonceTemplate()}
			env.deps.Checker = spanChecker{pattern: c.pattern, flag: c.flag, f: c.f}
			h := &harness{t: t, m: New(env.deps), env: env}
			h.send(teaSize(100, 30))
			h.keys("enter").typeText("vélo du trésorier").keys("tab").typeText("mardi")
			if h.m.fill.fields[0].level() != levelPublic {
				t.Fatal("the rule must not fire on the value alone")
			}
			h.keys("ctrl+y")
			v := h.m.verdict
			if v.result.Verdict != c.verdict {
				t.Fatalf("verdict %v, want %v:\n%s", v.result.Verdict, c.verdict, h.view())
			}
			fs := v.findings()
			if c.text == "" {
				if len(fs) != 0 {
					t.Fatalf("findings %+v", fs)
				}
				return
			}
			if len(fs) != 1 || fs[0].field != c.where || fs[0].text != c.text || (len(fs[0].combo) == 2) != c.combo {
				t.Fatalf("findings %+v", fs)
			}
			if c.combo {
				h.mustSee("combinaison de champs [atelier] + [jour]")
			}
		})
	}
}

// TestVerdictIsWorstBadge, a property over generated forms with the real
// classifier: the final verdict is the worst badge unless a combination
// across fields adds to it; every finding shown on a field quotes words of
// that field's value; a finding shown on the template text is blocked; and
// whatever the assembled text blocks, the verdict blocks (the copy would
// refuse it anyway).
func TestVerdictIsWorstBadge(t *testing.T) {
	pool := []string{"tricot", "atelier vélo animé par notre trésorier", "mardi", "Jean Martin", "jeanne.martin@gmail.com",
		"qui est diabétique", "la trésorière", "06 12 34 56 78", "Les Amis du Quartier", "rue de la Paix", "notre présidente",
		"réunion publique", "Mme Dupont", "  espaces  ", "12 rue des Lilas 75011 Paris", "compte rendu"}
	rng := rand.New(rand.NewPCG(9, 9))
	h := realHarness(t, annonceTemplate(), testTemplates()[0])
	checker := h.m.c.Deps.Checker
	for n := range 150 {
		h.keys("enter")
		var words []string
		for range 1 + rng.IntN(3) {
			words = append(words, pool[rng.IntN(len(pool))])
		}
		h.typeText(strings.Join(words, " ")).keys("tab").typeText(pool[rng.IntN(len(pool))])
		worstBadge := levelEmpty
		values := map[string]string{}
		for _, f := range h.m.fill.fields {
			worstBadge = max(worstBadge, f.level())
			values[f.v.Name] = f.value()
		}
		filled, _ := h.m.fill.filled()
		assembled := checker.Classify(filled.Text())
		h.keys("ctrl+y")
		v := h.m.verdict
		combo := false
		for _, f := range v.findings() {
			switch {
			case len(f.combo) > 1:
				combo = true
			case f.field != "" && !strings.Contains(values[f.field], f.text):
				t.Fatalf("form %d: %q shown on [%s] = %q", n, f.text, f.field, values[f.field])
			case f.field == "" && f.Verdict != classify.Blocked:
				t.Fatalf("form %d: a %v on the template text: %q", n, f.Verdict, f.text)
			}
		}
		if got := levelOf(v.result); got != max(worstBadge, levelPublic) && !combo && assembled.Verdict < classify.Blocked {
			t.Fatalf("form %d %q: verdict %q, worst badge %q", n, values, got.word(), worstBadge.word())
		}
		if assembled.Verdict == classify.Blocked && v.result.Verdict != classify.Blocked {
			t.Fatalf("form %d: the assembled text is blocked, the verdict %v", n, v.result.Verdict)
		}
		h.keys("esc", "ctrl+l", "esc")
		if h.m.state == stateVerdict { // copied: enter goes back to the list
			h.keys("enter")
		}
		for h.m.state != stateBrowse {
			h.keys("esc")
		}
		if n%2 == 1 { // the other template next
			h.keys("down")
		} else {
			h.keys("up")
		}
	}
}
