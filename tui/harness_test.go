package tui

import (
	"reflect"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// harness drives the root model without a terminal: it calls Update and
// runs the returned commands synchronously, feeding their messages back.
// Its clock is fake: time passes only through elapse.
type harness struct {
	t    testing.TB
	m    Model
	env  *testEnv
	quit bool
}

// elapse lets seconds pass on the fake clock of the model's Deps.Tick.
func (h *harness) elapse(clock *fakeClock, seconds int) *harness {
	for range seconds {
		for _, msg := range clock.fire() {
			h.send(msg)
		}
	}
	return h
}

func newHarness(t testing.TB, w, h int) *harness {
	t.Helper()
	env := newTestEnv()
	hs := &harness{t: t, m: New(env.deps), env: env}
	hs.run(hs.m.Init(), 0)
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// keyMsg turns a key name ("enter", "ctrl+y", "a") into a KeyMsg.
func keyMsg(name string) tea.KeyMsg {
	named := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
		"ctrl+y": tea.KeyCtrlY, "ctrl+c": tea.KeyCtrlC, "up": tea.KeyUp, "down": tea.KeyDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "backspace": tea.KeyBackspace, "ctrl+u": tea.KeyCtrlU, "f1": tea.KeyF1, "ctrl+d": tea.KeyCtrlD,
	}
	if k, ok := named[name]; ok {
		return tea.KeyMsg{Type: k}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// keys presses named keys in order.
func (h *harness) keys(names ...string) *harness {
	for _, n := range names {
		h.send(keyMsg(n))
	}
	return h
}

// typeText types a text rune by rune, as a terminal would.
func (h *harness) typeText(s string) *harness {
	for _, r := range s {
		if r == '\n' {
			h.send(tea.KeyMsg{Type: tea.KeyEnter})
			continue
		}
		h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return h
}

func (h *harness) send(msg tea.Msg) {
	next, cmd := h.m.Update(msg)
	h.m = next.(Model)
	h.run(cmd, 0)
}

var cmdType = reflect.TypeOf(tea.Cmd(nil))

// run executes a command and feeds its message back, expanding batches and
// sequences; depth bounds self-renewing commands.
func (h *harness) run(cmd tea.Cmd, depth int) {
	if cmd == nil || depth > 8 {
		return
	}
	msg := cmd()
	if _, ok := msg.(tea.QuitMsg); ok {
		h.quit = true
		return
	}
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		for i := 0; i < v.Len(); i++ {
			h.run(v.Index(i).Interface().(tea.Cmd), depth+1)
		}
		return
	}
	if msg == nil {
		return
	}
	next, c := h.m.Update(msg)
	h.m = next.(Model)
	h.run(c, depth+1)
}

func (h *harness) view() string { return h.m.View() }

func (h *harness) mustSee(parts ...string) {
	h.t.Helper()
	v := h.view()
	for _, p := range parts {
		if !strings.Contains(v, p) {
			h.t.Fatalf("screen lacks %q:\n%s", p, v)
		}
	}
}

// openFirst filters on "présentation" and opens PROMPT-001.
func (h *harness) openFirst() *harness {
	h.keys("/")
	h.typeText("presentation")
	return h.keys("enter")
}

func teaSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
