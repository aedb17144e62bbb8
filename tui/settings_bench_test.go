package tui

import (
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/store"
)

// BenchmarkProfileKeystroke: one key typed in a profile field, drawn, at
// 80×24: the référent's typing must stay instant.
func BenchmarkProfileKeystroke(b *testing.B) {
	h, _, _ := storeHarness(b)
	h.send(teaSize(80, 24))
	h.keys("r", "p")
	key := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'a'}}
	b.ResetTimer()
	for range b.N {
		next, _ := h.m.Update(key)
		h.m = next.(Model)
		_ = h.m.View()
	}
}

// BenchmarkRulesKeystroke: one key typed in the field of a new entry,
// drawn, with both lists on screen.
func BenchmarkRulesKeystroke(b *testing.B) {
	h, st, _ := storeHarness(b)
	h.send(teaSize(80, 24))
	r := store.Rules{}
	for i := range 30 {
		r.Allow = append(r.Allow, fmt.Sprintf("Salle municipale %d", i))
		r.Deny = append(r.Deny, fmt.Sprintf("Projet confidentiel %d", i))
	}
	if err := st.SetRules(r); err != nil {
		b.Fatal(err)
	}
	h.keys("r", "l", "i")
	key := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'a'}}
	b.ResetTimer()
	for range b.N {
		next, _ := h.m.Update(key)
		h.m = next.(Model)
		_ = h.m.View()
	}
}

// BenchmarkIdleTick: the inactivity check that runs while the référent's
// session is open.
func BenchmarkIdleTick(b *testing.B) {
	h, _, _ := storeHarness(b)
	h.m.c.Deps.Unlock = func(string) error { return nil }
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	h.m.c.Deps.Now = func() time.Time { return now }
	h.keys("r", "enter", "p")
	h.m.c.Deps.Tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	b.ResetTimer()
	for range b.N {
		h.m.c.idle.armed = false
		next, _ := h.m.Update(idleTickMsg{})
		h.m = next.(Model)
	}
}
