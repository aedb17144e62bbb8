package tui

import (
	"crypto/sha256"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/library/classify"
	"tamis/store"
)

// recordingClipboard keeps every text it was given.
type recordingClipboard struct {
	mu     sync.Mutex
	copies []string
}

func (c *recordingClipboard) Copy(text string) (CopyMethod, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.copies = append(c.copies, text)
	return CopySystem, nil
}

func (c *recordingClipboard) Clear() error { return nil }

func (c *recordingClipboard) ClearIfHolds(...[sha256.Size]byte) (bool, error) { return false, nil }

func (c *recordingClipboard) all() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.copies...)
}

// Fragments of values: clean, personal (anonymisable) and sensitive (never
// shareable, even about a code). A form draws its values from them.
var (
	cleanFragments = []string{
		"l'atelier vélo du samedi", "la fête de quartier", "nos bénévoles", "le cours de FLE du mardi",
		"une présentation courte", "la collecte de jouets", "the Saturday bike workshop",
	}
	personalFragments = []string{
		"Jean Martin", "Mme Caillaud", "jeanne.martin@gmail.com", "06 12 34 56 78",
		"Karima Benali", "Paul Girard", "John Smith",
	}
	sensitiveFragments = []string{
		"qui est diabétique", "séropositif", "militante du RN", "musulman pratiquant",
		"sort de prison", "syndiqué à la CGT", "who is HIV positive", "en dépression",
	}
)

// randomValue joins one to three fragments: "Jean Martin, qui est diabétique".
func randomValue(r *rand.Rand) string {
	pools := [][]string{cleanFragments, personalFragments, sensitiveFragments}
	n := 1 + r.IntN(3)
	parts := make([]string, n)
	for i := range parts {
		pool := pools[r.IntN(len(pools))]
		parts[i] = pool[r.IntN(len(pool))]
	}
	return strings.Join(parts, ", ")
}

// TestNothingBlockedReachesTheClipboard is the sieve's promise as a
// property: for generated forms, whatever the volunteer does on the verdict
// screen (copy, confirm a doubt, anonymise and copy), every text the
// clipboard receives passes the real classifier's final check.
func TestNothingBlockedReachesTheClipboard(t *testing.T) {
	lib := &memLibrary{ts: testTemplates()}
	d, err := depsFrom(lib)
	if err != nil {
		t.Fatal(err)
	}
	clip := &recordingClipboard{}
	d.Clipboard = clip
	check := d.Checker
	r := rand.New(rand.NewPCG(7, 11))
	forms := 150
	if testing.Short() {
		forms = 40
	}
	anonymisedCopies := 0
	for range forms {
		h := &harness{t: t, m: New(d)}
		h.send(teaSize(80, 24))
		h.keys("/").typeText("message").keys("enter")
		for field := range 2 {
			if field > 0 {
				h.keys("tab")
			}
			h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(randomValue(r)), Paste: true})
		}
		h.keys("ctrl+y")
		if h.m.state == stateVerdict && h.m.verdict.mode == modeBlocked {
			before := len(clip.all())
			h.keys("a")
			if len(clip.all()) > before {
				anonymisedCopies++
			}
		}
		if h.m.state == stateVerdict && h.m.verdict.mode == modeDoubt {
			h.keys("right", "enter")
		}
	}
	copies := clip.all()
	for _, text := range copies {
		if res := check.Classify(text); res.Verdict == classify.Blocked {
			t.Errorf("the clipboard received a blocked text: %q", text)
		}
	}
	if len(copies) == 0 || anonymisedCopies == 0 {
		t.Fatalf("the property was not exercised: %d copies, %d after anonymisation", len(copies), anonymisedCopies)
	}
}

// leakyChecker anonymises by leaving the text as it is: a bug in the
// anonymisation must still not reach the clipboard.
type leakyChecker struct{ fakeChecker }

func (leakyChecker) Anonymize(text string) Anonymised {
	return Anonymised{Text: text, Restore: func(s string) string { return s }}
}

// staleChecker answers ok once after it is armed, as if the rules had
// changed between the verdict on screen and the copy.
type staleChecker struct {
	fakeChecker
	armed *bool
}

func (c staleChecker) Classify(text string) classify.Result {
	if *c.armed {
		*c.armed = false
		return classify.Result{Category: classify.Public}
	}
	return c.fakeChecker.Classify(text)
}

// TestCopyRunsTheFinalCheck: the copy itself classifies the exact bytes it
// writes and writes nothing when they are blocked, even if the screen that
// asked for it believed them clean, or an anonymisation left them as they were.
func TestCopyRunsTheFinalCheck(t *testing.T) {
	armed := new(bool)
	cases := map[string]struct {
		checker Checker
		keys    []string
	}{
		"leaky anonymisation": {leakyChecker{}, []string{"ctrl+y", "a"}},
		"verdict out of date": {staleChecker{armed: armed}, []string{"ctrl+y"}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			env := newTestEnv()
			env.deps.Checker = c.checker
			h := &harness{t: t, m: New(env.deps), env: env}
			h.send(teaSize(80, 24))
			h.openFirst().typeText("écrire à jean.dupont@exemple.fr")
			*armed = true
			h.keys(c.keys...)
			if got := env.clip.get(); got != "" {
				t.Fatalf("copied %q", got)
			}
			if h.m.state != stateVerdict || h.m.verdict.mode != modeBlocked {
				t.Fatalf("state %d mode %d, want the blocked verdict", h.m.state, h.m.verdict.mode)
			}
			h.mustSee("n’a été copié", "jean.dupont@exemple.fr")
		})
	}
}

// A form whose value holds a sensitive fact about a named person offers no
// anonymisation, even where the anonymised prompt alone would pass: the
// template's wording ("Notre mission : ") can hide from the whole-prompt
// check whom the fact is about, the value's own check cannot.
func TestSensitiveValueIsNeverAnonymisedAndCopied(t *testing.T) {
	lib := &memLibrary{ts: testTemplates(), profile: store.Profile{"Nom asso": "Les Amis du Quartier"}}
	d, err := depsFrom(lib)
	if err != nil {
		t.Fatal(err)
	}
	clip := &recordingClipboard{}
	d.Clipboard = clip
	h := &harness{t: t, m: New(d)}
	h.send(teaSize(80, 24))
	h.openFirst()
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("aider Paul Durand, un bénévole malade"), Paste: true})
	h.keys("ctrl+y", "a")
	if got := clip.all(); len(got) != 0 {
		t.Fatalf("copied %q", got)
	}
	if h.m.state != stateVerdict || h.m.verdict.mode != modeBlocked {
		t.Fatalf("state %d mode %d, want the blocked verdict\n%s", h.m.state, h.m.verdict.mode, h.view())
	}
	h.mustSee("ne se partage pas, même")
}
