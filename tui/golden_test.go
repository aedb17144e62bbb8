package tui

import (
	"bytes"
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
}

func newScreenTest(t *testing.T, setup func(*testEnv)) *screenTest {
	env := newTestEnv()
	if setup != nil {
		setup(env)
	}
	tm := teatest.NewTestModel(t, New(env.deps), teatest.WithInitialTermSize(80, 24))
	return &screenTest{t: t, tm: tm, env: env}
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

// waitFor waits until the output shows text.
func (s *screenTest) waitFor(text string) *screenTest {
	s.t.Helper()
	teatest.WaitFor(s.t, s.tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
	return s
}

// golden quits and compares the final view with the golden file.
func (s *screenTest) golden() {
	s.t.Helper()
	if err := s.tm.Quit(); err != nil {
		s.t.Fatal(err)
	}
	m := s.tm.FinalModel(s.t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	golden.RequireEqual(s.t, []byte(m.View()))
}

func (s *screenTest) openFirst() *screenTest {
	return s.keys("/").typeText("presentation").keys("enter").waitFor("Aperçu du texte")
}

func TestScreenBrowse(t *testing.T) {
	newScreenTest(t, nil).waitFor("Contexte").golden()
}

func TestScreenBrowseFiltered(t *testing.T) {
	newScreenTest(t, nil).waitFor("Contexte").keys("/").typeText("benevole").waitFor("1 modèle sur 3").
		keys("enter", "esc").waitFor("Message aux").golden()
}

func TestScreenFill(t *testing.T) {
	newScreenTest(t, nil).openFirst().keys("tab", "tab").typeText(safeMission).waitFor("quartier").golden()
}

func TestScreenFillFlagged(t *testing.T) {
	newScreenTest(t, nil).openFirst().keys("tab", "tab").typeText("écrire à jean.dupont@exemple.fr").
		keys("tab").waitFor("personnel").golden()
}

func TestScreenCopied(t *testing.T) {
	newScreenTest(t, nil).openFirst().keys("tab", "tab").typeText(safeMission).keys("ctrl+y").
		waitFor("copié").golden()
}

func TestScreenDoubt(t *testing.T) {
	newScreenTest(t, nil).openFirst().keys("tab", "tab").typeText("remercier la trésorière").keys("ctrl+y").
		waitFor("Annuler").golden()
}

func TestScreenBlocked(t *testing.T) {
	newScreenTest(t, nil).openFirst().keys("tab", "tab").typeText("écrire à jean.dupont@exemple.fr").
		keys("ctrl+y").waitFor("Bloqué").golden()
}

func TestScreenRestore(t *testing.T) {
	newScreenTest(t, nil).openFirst().keys("tab", "tab").typeText("écrire à jean.dupont@exemple.fr").
		keys("ctrl+y", "a").waitFor("anonymisé").keys("r").typeText("Merci, j'écris à contact_001@anonyme.invalid.").
		keys("ctrl+y").waitFor("rétablie").golden()
}

func TestScreenHelp(t *testing.T) {
	newScreenTest(t, nil).keys("?").waitFor("quatre").golden()
}

func TestScreenNoClipboard(t *testing.T) {
	newScreenTest(t, func(e *testEnv) { e.clip.fail = true }).openFirst().keys("tab", "tab").
		typeText(safeMission).keys("ctrl+y").waitFor("Sélectionnez").golden()
}

func TestScreenAnonymised(t *testing.T) {
	newScreenTest(t, nil).openFirst().keys("tab", "tab").typeText("écrire à jean.dupont@exemple.fr").
		keys("ctrl+y", "a").waitFor("anonymisé").golden()
}
