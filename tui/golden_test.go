package tui

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
)

// screenTest drives the real program loop at 80×24 and compares the final
// screen with testdata/<Test>.golden (go test ./tui -update rewrites them).
type screenTest struct {
	t   *testing.T
	tm  *teatest.TestModel
	env *testEnv
	w   int
}

func newScreenTest(t *testing.T, setup func(*testEnv), w, h int) *screenTest {
	env := newTestEnv()
	if setup != nil {
		setup(env)
	}
	tm := teatest.NewTestModel(t, New(env.deps), teatest.WithInitialTermSize(w, h))
	return &screenTest{t: t, tm: tm, env: env, w: w}
}

// goldenSizes: readable at 40×12, usable at 60×16, the usual 80×24, and a
// large window.
var goldenSizes = []struct{ w, h int }{{40, 12}, {60, 16}, {80, 24}, {120, 40}}

// eachSize runs a screen test at each of the golden sizes, in subtests
// whose goldens are testdata/<Test>/<w>x<h>.golden.
func eachSize(t *testing.T, setup func(*testEnv), run func(*screenTest)) {
	for _, sz := range goldenSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			run(newScreenTest(t, setup, sz.w, sz.h))
		})
	}
}

// ready waits for the list's first frame with its preview (none under 60
// columns).
func (s *screenTest) ready() *screenTest {
	if s.w < 60 {
		return s.waitFor("modèles")
	}
	return s.waitFor("CONTEXTE")
}

func (s *screenTest) keys(names ...string) *screenTest {
	for _, n := range names {
		s.tm.Send(keyMsg(n))
	}
	return s
}

func (s *screenTest) typeText(text string) *screenTest {
	for _, r := range text {
		s.tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return s
}

// screenWait is how long a screen test waits for the program to show a
// text or to end. It is generous because under -race, with other test
// binaries on the same cores, a first render has taken more than five
// seconds (TestScreenEditorNew failed so once); a passing test never
// waits it out.
const screenWait = 30 * time.Second

// waitFor waits until the output shows text.
func (s *screenTest) waitFor(text string) *screenTest {
	s.t.Helper()
	teatest.WaitFor(s.t, s.tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(screenWait), teatest.WithCheckInterval(5*time.Millisecond))
	return s
}

// golden quits and compares the final view with the golden file.
func (s *screenTest) golden() {
	s.t.Helper()
	if err := s.tm.Quit(); err != nil {
		s.t.Fatal(err)
	}
	m := s.tm.FinalModel(s.t, teatest.WithFinalTimeout(screenWait)).(Model)
	golden.RequireEqual(s.t, []byte(m.View()))
}

func (s *screenTest) openFirst() *screenTest {
	return s.keys("/").typeText("presentation").keys("enter").waitFor("Aperçu du texte")
}

func TestScreenBrowse(t *testing.T) {
	eachSize(t, nil, func(s *screenTest) {
		s.ready().golden()
	})
}

func TestScreenBrowseFiltered(t *testing.T) {
	eachSize(t, nil, func(s *screenTest) {
		s.ready().keys("/").typeText("benevole").waitFor("1 modèle sur 3").
			keys("enter", "esc").waitFor("/ filtrer").golden()
	})
}

func TestScreenFill(t *testing.T) {
	eachSize(t, nil, func(s *screenTest) {
		s.openFirst().typeText(safeMission).waitFor("quartier").golden()
	})
}

func TestScreenFillFlagged(t *testing.T) {
	eachSize(t, nil, func(s *screenTest) {
		s.openFirst().typeText("écrire à jean.dupont@exemple.fr").
			keys("tab").waitFor("personnel").golden()
	})
}

func TestScreenCopied(t *testing.T) {
	eachSize(t, nil, func(s *screenTest) {
		s.openFirst().typeText(safeMission).keys("ctrl+y").
			waitFor("copié").golden()
	})
}

func TestScreenDoubt(t *testing.T) {
	eachSize(t, nil, func(s *screenTest) {
		s.openFirst().typeText("remercier la trésorière").keys("ctrl+y").
			waitFor("Annuler").golden()
	})
}

func TestScreenBlocked(t *testing.T) {
	eachSize(t, nil, func(s *screenTest) {
		s.openFirst().typeText("écrire à jean.dupont@exemple.fr").
			keys("ctrl+y").waitFor("Bloqué").golden()
	})
}

func TestScreenRestore(t *testing.T) {
	eachSize(t, nil, func(s *screenTest) {
		s.openFirst().typeText("écrire à jean.dupont@exemple.fr").
			keys("ctrl+y", "a").waitFor("anonymisé").keys("r").typeText("Merci, j'écris à contact_001@anonyme.invalid.").
			keys("ctrl+y").waitFor("rétablie").golden()
	})
}

func TestScreenHelp(t *testing.T) {
	eachSize(t, nil, func(s *screenTest) {
		s.keys("?").waitFor("Aide : les touches").golden() // at 40×12 the f1 line is below the fold
	})
}

func TestScreenNoClipboard(t *testing.T) {
	eachSize(t, func(e *testEnv) { e.clip.fail = true }, func(s *screenTest) {
		s.openFirst().
			typeText(safeMission).keys("ctrl+y").waitFor("Sélectionnez").golden()
	})
}

func TestScreenAnonymised(t *testing.T) {
	eachSize(t, nil, func(s *screenTest) {
		s.openFirst().typeText("écrire à jean.dupont@exemple.fr").
			keys("ctrl+y", "a").waitFor("anonymisé").golden()
	})
}
