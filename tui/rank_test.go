package tui

import (
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/library"
)

// rankTemplates: « affiche » is in a body, a title and tag, an id-less
// substring and a title prefix, in an order that list order would get wrong.
func rankTemplates() []library.Template {
	v := library.StatusValidated
	return []library.Template{
		{ID: "PROMPT-010", Title: "Foire aux questions", Tags: []string{"faq"}, Status: v,
			Prompt: "Réponds aux questions sur l'affiche de la fête."},
		{ID: "PROMPT-011", Title: "Ne pas surafficher", Tags: []string{"bilan"}, Status: v, Prompt: "Fais le bilan."},
		{ID: "PROMPT-012", Title: "Annonce", Tags: []string{"affiche"}, Status: v, Prompt: "Rédige une annonce."},
		{ID: "PROMPT-013", Title: "Texte d'affiche", Tags: []string{"affiche", "communication"}, Status: v, Prompt: "Rédige le texte."},
		{ID: "PROMPT-014", Title: "Affiches de la saison", Tags: []string{"saison"}, Status: v, Prompt: "Rédige."},
	}
}

func TestFilterRanks(t *testing.T) {
	var targets []string
	for _, tp := range rankTemplates() {
		targets = append(targets, newTemplateItem(tp).FilterValue())
	}
	var got []int
	for _, r := range filterTemplates("affiche", targets) {
		got = append(got, r.Index)
	}
	// title prefix (013 « d'affiche », 014 « Affiches »), title substring
	// (011), tag (012), body (010).
	if want := []int{3, 4, 1, 2, 0}; !slices.Equal(got, want) {
		t.Fatalf("ranked %v, want %v", got, want)
	}
	got = got[:0]
	for _, r := range filterTemplates("prompt-012", targets) {
		got = append(got, r.Index)
	}
	if want := []int{2}; !slices.Equal(got, want) {
		t.Fatalf("by id %v, want %v", got, want)
	}
}

func newRankHarness(t *testing.T) *harness {
	env := newTestEnv()
	env.deps.Templates = rankTemplates()
	h := &harness{t: t, m: New(env.deps), env: env}
	h.run(h.m.Init(), 0)
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return h
}

// TestFilterEnterOpensTheBest: /affiche then enter opens the title match,
// not the body match that comes first by id.
func TestFilterEnterOpensTheBest(t *testing.T) {
	h := newRankHarness(t).keys("/").typeText("affiche")
	// The highlighted item is the one enter opens.
	if it, ok := h.m.browse.list.SelectedItem().(templateItem); !ok || it.t.ID != "PROMPT-013" {
		t.Fatalf("selected %v while typing", h.m.browse.list.SelectedItem())
	}
	h.keys("enter")
	if h.m.state != stateFill || h.m.fill.t.ID != "PROMPT-013" {
		t.Fatalf("opened %q in state %d", h.m.fill.t.ID, h.m.state)
	}
}

// TestFastTypistOpensTheBest: without the list's results, enter still
// opens the best ranked match.
func TestFastTypistOpensTheBest(t *testing.T) {
	h := newRankHarness(t).keys("/")
	for _, r := range "affiche" {
		next, _ := h.m.Update(keyMsg(string(r)))
		h.m = next.(Model)
	}
	h.keys("enter")
	if h.m.fill.t.ID != "PROMPT-013" {
		t.Fatalf("opened %q", h.m.fill.t.ID)
	}
}

// TestFilterSelectionVisible: while typing, the item enter would open is
// marked (the selected style's left bar), and the matched letters found.
func TestFilterSelectionVisible(t *testing.T) {
	h := newRankHarness(t).keys("/").typeText("affiche")
	var marked []string
	for _, l := range strings.Split(h.view(), "\n") {
		if strings.Contains(l, "│ PROMPT-") {
			marked = append(marked, l)
		}
	}
	if len(marked) != 1 || !strings.Contains(marked[0], "PROMPT-013") {
		t.Fatalf("marked lines %q:\n%s", marked, h.view())
	}
}

func TestMatchedRunes(t *testing.T) {
	cases := []struct {
		display, term string
		want          []int
	}{
		{"PROMPT-013  Texte d'affiche", "affiche", []int{20, 21, 22, 23, 24, 25, 26}},
		{"Réaffichage", "aff", []int{2, 3, 4}},
		{"Bénévoles", "benev", []int{0, 1, 2, 3, 4}},
		{"Œuvre", "oeu", []int{0, 1}},
		{"Annonce", "zzz", nil},
	}
	for _, c := range cases {
		if got := matchedRunes(c.display, strings.Fields(c.term)); !slices.Equal(got, c.want) {
			t.Errorf("%q / %q: %v, want %v", c.display, c.term, got, c.want)
		}
	}
}

// TestScreenBrowseTyping: while the filter is typed, the first match is
// marked as selected: enter opens it.
func TestScreenBrowseTyping(t *testing.T) {
	eachSize(t, nil, func(s *screenTest) {
		s.ready().keys("/").typeText("redige").waitFor("2 modèles sur 3").golden()
	})
}
