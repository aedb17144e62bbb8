package tui

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/library"
	"tamis/library/classify"
	"tamis/store"
)

// manyTemplates builds n templates of realistic size (about 600 bytes of
// text each) with varied titles and tags.
func manyTemplates(n int) []library.Template {
	base := testTemplates()
	topics := []string{"bénévoles", "ateliers", "subvention", "communication", "adhérents", "fête de quartier", "FLE", "numérique"}
	out := make([]library.Template, n)
	for i := range out {
		t := base[i%len(base)]
		topic := topics[i%len(topics)]
		t.ID = fmt.Sprintf("PROMPT-%05d", i+1)
		t.Title = fmt.Sprintf("Modèle %d : %s pour l'équipe %d", i+1, topic, i%97)
		t.Tags = []string{topic, fmt.Sprintf("lot-%d", i%50)}
		t.Context += " Nous accueillons chaque semaine des habitants du quartier pour des activités ouvertes à tous, " +
			"avec une équipe de bénévoles engagés et des partenaires locaux. Les ateliers se tiennent dans nos locaux."
		t.Prompt += " Le ton doit être chaleureux, simple et inclusif ; évite le jargon ; propose deux variantes " +
			"de longueur différente et termine par un appel à participer. " + topic
		out[i] = t
	}
	return out
}

// benchModel is the program on n templates with the real classifier.
func benchModel(b *testing.B, n int) Model {
	env := newTestEnv()
	env.deps.Templates = manyTemplates(n)
	env.deps.Checker = newChecker(classify.Rules{Allow: []string{"Les Amis du Quartier"}, Profile: []string{"Les Amis du Quartier"}})
	m := New(env.deps)
	next, _ := m.Update(m.Init()())
	next, _ = next.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	return next.(Model)
}

// BenchmarkFirstFrame: from the loaded templates to the first drawn screen
// (target: under 100 ms for 10,000 templates).
func BenchmarkFirstFrame(b *testing.B) {
	d := newTestEnv().deps
	d.Templates = manyTemplates(10000)
	b.ResetTimer()
	for b.Loop() {
		next, _ := New(d).Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		_ = next.View()
	}
}

// BenchmarkIndex: the background indexing of the whole text of 10,000
// templates for the filter (not on the path of the first frame).
func BenchmarkIndex(b *testing.B) {
	ts := manyTemplates(10000)
	for b.Loop() {
		_ = indexCmd(ts)()
	}
}

// BenchmarkFilterKeystroke: one key typed in the filter, the filtering of
// 10,000 templates and the redraw (target: under 16 ms).
func BenchmarkFilterKeystroke(b *testing.B) {
	m := benchModel(b, 10000)
	h := &harness{t: b, m: m}
	h.keys("/").typeText("benevol")
	keys := []tea.KeyMsg{keyMsg("e"), keyMsg("backspace")}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		h.send(keys[i%2])
		_ = h.m.View()
		i++
	}
	if n := len(h.m.browse.list.VisibleItems()); n == 0 {
		b.Fatal("the filter matched nothing")
	}
}

// BenchmarkFieldKeystroke: one key typed in a field, its live check and the
// redraw of the form, with the real classifier (target: under 5 ms).
func BenchmarkFieldKeystroke(b *testing.B) {
	h := &harness{t: b, m: benchModel(b, 10000)}
	h.keys("enter").typeText("Accompagner les habitants du quartier dans leurs démarches ")
	keys := []tea.KeyMsg{keyMsg("x"), keyMsg("backspace")}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		h.send(keys[i%2])
		_ = h.m.View()
		i++
	}
}

// BenchmarkFillView: one frame of the fill screen with nothing changed, as
// drawn on every cursor blink: it must not fill, wrap or check anything again.
func BenchmarkFillView(b *testing.B) {
	h := &harness{t: b, m: benchModel(b, 10000)}
	h.keys("enter").typeText("Accompagner les habitants du quartier dans leurs démarches ")
	b.ResetTimer()
	for b.Loop() {
		_ = h.m.View()
	}
}

// BenchmarkFreshRules is what the freshness of the rules adds to each final
// check, on a real store file: Unchanged reads the change counter only
// (every copy); Changed also reads the rules and compiles the classifier
// again (the first copy after the référent changed them).
func BenchmarkFreshRules(b *testing.B) {
	_, st, _ := storeHarness(b)
	if err := st.SetProfile(store.Profile{"Nom asso": "Les Amis du Quartier"}); err != nil {
		b.Fatal(err)
	}
	rules, version, err := st.VersionedClassifierRules()
	if err != nil {
		b.Fatal(err)
	}
	ref := rulesRef{src: st, checker: newChecker(classify.Rules(rules)), version: version}
	b.Run("Unchanged", func(b *testing.B) {
		for b.Loop() {
			if _, f, err := ref.fresh(); f != nil || err != nil {
				b.Fatal(f, err)
			}
		}
	})
	b.Run("Changed", func(b *testing.B) {
		stale := ref
		stale.version--
		for b.Loop() {
			if _, f, err := stale.fresh(); f == nil || err != nil {
				b.Fatal(f, err)
			}
		}
	})
}

// BenchmarkCheck: ctrl+y on a filled form, with the real classifier: the
// values' results merged with the assembled prompt's classification, and
// the final check of the copy on the exact bytes; then esc.
func BenchmarkCheck(b *testing.B) {
	h := &harness{t: b, m: benchModel(b, 100)}
	h.keys("enter").typeText("Accompagner les habitants du quartier dans leurs démarches")
	for b.Loop() {
		h.keys("ctrl+y", "esc")
	}
	if h.m.verdict.mode != modeCopied {
		b.Fatalf("mode %d", h.m.verdict.mode)
	}
}
