package tui

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"tamis/store"
)

// TestMostUsedFirst: with an empty filter the templates used most on this
// laptop come first, from the store's usage events (a real file); a new
// session sees the uses recorded by the previous one.
func TestMostUsedFirst(t *testing.T) {
	st, err := store.OpenWithSeed(filepath.Join(t.TempDir(), "tamis.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Import(testTemplates()); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"PROMPT-003", "PROMPT-003", "PROMPT-002"} {
		e := store.Event{Time: time.Now().UTC(), TemplateID: id, Verdict: "ok", Action: store.ActionCopied}
		if err := st.RecordEvent(e); err != nil {
			t.Fatal(err)
		}
	}
	session := func() *harness {
		d, err := depsFrom(st)
		if err != nil {
			t.Fatal(err)
		}
		d.Clipboard, d.Tick = &fakeClipboard{}, newFakeClock().tick
		h := &harness{t: t, m: New(d)}
		h.run(h.m.Init(), 0)
		h.send(teaSize(100, 30))
		return h
	}
	order := func(h *harness) []string {
		var ids []string
		for _, it := range h.m.browse.list.Items() {
			ids = append(ids, itemID(it))
		}
		return ids
	}
	h := session()
	if got, want := order(h), []string{"PROMPT-003", "PROMPT-002", "PROMPT-001"}; !slices.Equal(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	if sel, _ := h.m.browse.selected(); sel.ID != "PROMPT-003" {
		t.Fatalf("selected %s", sel.ID)
	}
	// Two copies of PROMPT-002 in this session.
	h.keys("/").typeText("message").keys("enter").typeText("nos bénévoles").keys("tab").typeText("la fête")
	h.keys("ctrl+y", "esc", "ctrl+y", "enter", "esc")
	if ev, _ := st.Events(); len(ev) != 5 {
		t.Fatalf("%d events:\n%s", len(ev), h.view())
	}
	if got, want := order(session()), []string{"PROMPT-002", "PROMPT-003", "PROMPT-001"}; !slices.Equal(got, want) {
		t.Fatalf("next session order %v, want %v", got, want)
	}
}
