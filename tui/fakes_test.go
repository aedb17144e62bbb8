package tui

import (
	"crypto/sha256"
	"errors"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/store"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	i18n.SetEnglish(false)
	os.Exit(m.Run())
}

// fakeChecker flags a few fixed patterns, so tests do not depend on the
// real classifier's wording: "@" words are personal e-mails, "diabétique"
// is sensitive, "trésorière" is a doubt.
type fakeChecker struct{}

func (fakeChecker) Classify(text string) classify.Result {
	r := classify.Result{Category: classify.Public}
	add := func(word, rule, reason string, cat classify.Category, v classify.Verdict) {
		for off := 0; ; {
			i := strings.Index(text[off:], word)
			if i < 0 {
				return
			}
			start, end := off+i, off+i+len(word)
			r.Findings = append(r.Findings, classify.Finding{Rule: rule, Category: cat, Verdict: v,
				Start: start, End: end, Reason: reason})
			if v > r.Verdict {
				r.Verdict = v
			}
			if cat > r.Category {
				r.Category = cat
			}
			off = end
		}
	}
	for _, w := range strings.Fields(text) {
		if strings.Contains(w, "@") && !strings.HasPrefix(w, "contact_") {
			add(strings.Trim(w, ".,;"), "email", "adresse e-mail d'une personne", classify.Personal, classify.Blocked)
		}
	}
	add("diabétique", "health", "donnée de santé concernant une personne", classify.Sensitive, classify.Blocked)
	add("trésorière", "single-role", "une seule personne tient ce rôle", classify.Personal, classify.Doubt)
	// Like the real classifier, findings come sorted by start.
	slices.SortStableFunc(r.Findings, func(a, b classify.Finding) int { return a.Start - b.Start })
	return r
}

func (c fakeChecker) Anonymize(text string) Anonymised {
	var pairs, back []string
	var codes []CodePair
	for _, f := range c.Classify(text).Findings {
		if f.Category == classify.Personal && f.Verdict == classify.Blocked {
			code := "contact_00" + string(rune('1'+len(codes))) + "@anonyme.invalid"
			codes = append(codes, CodePair{Code: code, Original: text[f.Start:f.End]})
			pairs = append(pairs, text[f.Start:f.End], code)
			back = append(back, code, text[f.Start:f.End])
		}
	}
	return Anonymised{Text: strings.NewReplacer(pairs...).Replace(text), Restore: strings.NewReplacer(back...).Replace, Codes: codes}
}

// fakeClipboard remembers the last text; fail makes every copy fail,
// terminal reports copies as made through OSC 52.
type fakeClipboard struct {
	mu       sync.Mutex
	text     string
	n        int
	fail     bool
	terminal bool
}

func (f *fakeClipboard) Copy(text string) (CopyMethod, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return CopyNone, errors.New("pas de presse-papiers")
	}
	f.text = text
	f.n++
	if f.terminal {
		return CopyTerminal, nil
	}
	return CopySystem, nil
}

func (f *fakeClipboard) Clear() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.text = ""
	return nil
}

func (f *fakeClipboard) ClearIfHolds(sums ...[sha256.Size]byte) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !slices.Contains(sums, sha256.Sum256([]byte(f.text))) {
		return false, nil
	}
	f.text = ""
	return true, nil
}

// set is another program copying text.
func (f *fakeClipboard) set(text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.text = text
}

func (f *fakeClipboard) get() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.text
}

// fakeRecorder keeps the usage events in memory.
type fakeRecorder struct {
	mu     sync.Mutex
	events []store.Event
}

func (r *fakeRecorder) record(u store.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, u)
	return nil
}

func (r *fakeRecorder) all() []store.Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]store.Event(nil), r.events...)
}

func testTemplates() []library.Template {
	return []library.Template{
		{
			ID: "PROMPT-001", Title: "Présentation de l'association (courte)", Tags: []string{"communication", "présentation"},
			Status:  library.StatusValidated,
			Context: "[Nom asso] est une association loi 1901 créée en [année]. Notre mission : [mission].",
			Prompt:  "En te basant sur ce contexte, rédige une présentation pour [usage].",
			Variables: []library.Variable{
				{Name: "Nom asso", Help: "nom de l'association tel qu'il figure dans les statuts"},
				{Name: "année", Help: "année de création", Default: "2010"},
				{Name: "mission", Help: "la mission en une ou deux phrases", Multiline: true},
				{Name: "usage", Help: "support visé", Choices: []string{"site web", "plaquette", "réseaux sociaux"}},
			},
		},
		{
			ID: "PROMPT-002", Title: "Message aux bénévoles", Tags: []string{"bénévoles"}, Status: library.StatusValidated,
			Prompt:    "Rédige un message pour [destinataire] au sujet de [sujet].",
			Variables: []library.Variable{{Name: "destinataire", Help: "à qui"}, {Name: "sujet", Help: "le sujet"}},
		},
		{
			ID: "PROMPT-003", Title: "Planning des ateliers", Tags: []string{"ateliers"}, Status: library.StatusValidated,
			Prompt: "Propose un planning mensuel des ateliers publics.",
		},
	}
}

// fakeClock holds the countdown's ticks until the test lets time pass
// (harness.elapse): no test waits on the wall clock.
type fakeClock struct {
	mu      sync.Mutex
	pending []tea.Msg
}

func newFakeClock() *fakeClock { return &fakeClock{} }

// tick stands for tea.Tick: running the command arms the timer.
func (c *fakeClock) tick(_ time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	return func() tea.Msg {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.pending = append(c.pending, fn(time.Time{}))
		return nil
	}
}

// fire takes the ticks armed so far: one second has passed.
func (c *fakeClock) fire() []tea.Msg {
	c.mu.Lock()
	defer c.mu.Unlock()
	msgs := c.pending
	c.pending = nil
	return msgs
}

type testEnv struct {
	clip  *fakeClipboard
	rec   *fakeRecorder
	clock *fakeClock
	deps  Deps
}

func newTestEnv() *testEnv {
	e := &testEnv{clip: &fakeClipboard{}, rec: &fakeRecorder{}, clock: newFakeClock()}
	e.deps = Deps{
		Templates: testTemplates(),
		Profile:   map[string]string{"nom ASSO": "Les Amis du Quartier"},
		Checker:   fakeChecker{},
		Clipboard: e.clip,
		Record:    e.rec.record,
		Tick:      e.clock.tick,
	}
	return e
}
