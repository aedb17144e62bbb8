package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tamis/library"
	"tamis/store"
)

// TestPrivacyRealStore types unique values, copies the prompt and records
// the events through a real bbolt store; afterwards no byte of those values
// is anywhere in the database directory. The values were really used: they
// are in the clipboard.
func TestPrivacyRealStore(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(filepath.Join(dir, "tamis.db"))
	if err != nil {
		t.Fatal(err)
	}
	tpl := library.Template{
		ID: "PROMPT-950", Title: "Annonce quadricolore (test)", Status: library.StatusValidated,
		Context:   "Notre association organise des ateliers ouverts à tous.",
		Prompt:    "Rédige une annonce pour l'atelier [atelier] du [jour].",
		Variables: []library.Variable{{Name: "atelier"}, {Name: "jour"}},
	}
	if _, _, err := st.Import([]library.Template{tpl}); err != nil {
		t.Fatal(err)
	}
	d, err := depsFrom(st)
	if err != nil {
		t.Fatal(err)
	}
	clip := &fakeClipboard{}
	d.Clipboard = clip
	h := &harness{t: t, m: New(d)}
	h.run(h.m.Init(), 0)
	h.send(teaSize(80, 24))

	const first, second = "tricot zibelinequadri", "mercredi ornithoplume"
	h.keys("/").typeText("quadricolore").keys("enter").typeText(first).keys("tab").typeText(second).keys("ctrl+y")
	if h.m.verdict.mode == modeDoubt {
		h.keys("right", "enter")
	}
	if got := clip.get(); !strings.Contains(got, first) || !strings.Contains(got, second) {
		t.Fatalf("the values were not copied (mode %d): %q\n%s", h.m.verdict.mode, got, h.view())
	}
	events, err := st.Events()
	if err != nil || len(events) == 0 {
		t.Fatalf("no event recorded: %v %v", events, err)
	}
	if events[len(events)-1].TemplateID != "PROMPT-950" {
		t.Fatalf("event %+v", events[len(events)-1])
	}
	assertNowhere(t, dir, first, second, "zibeline", "ornithoplume")
}

// assertNowhere fails if any file under dir holds one of the secrets.
func assertNowhere(t *testing.T, dir string, secrets ...string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, s := range secrets {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s holds %q", path, s)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
