package tui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/list"

	"tamis/library"
	"tamis/library/classify"
	"tamis/store"
)

func TestFilterTemplates(t *testing.T) {
	var targets []string
	for _, tp := range testTemplates() {
		targets = append(targets, newTemplateItem(tp).FilterValue())
	}
	cases := []struct {
		term string
		want []int
	}{
		{"benevole", []int{1}},
		{"BÉNÉVOLES", []int{1}},
		{"prompt-003", []int{2}},
		{"atelier planning", []int{2}},
		{"communication", []int{0}},
		{"loi 1901", []int{0}}, // in the context text
		{"rédige", []int{0, 1}},
		{"zzz", nil},
		{"", []int{0, 1, 2}},
	}
	for _, c := range cases {
		var got []int
		for _, r := range filterTemplates(c.term, targets) {
			got = append(got, r.Index)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("filter %q = %v, want %v", c.term, got, c.want)
		}
	}
	_ = list.Rank{}
}

func TestBrowseKeys(t *testing.T) {
	cases := []struct {
		name  string
		keys  []string
		state state
		quit  bool
	}{
		{"q quits from the list", []string{"q"}, stateBrowse, true},
		{"q is typed in the filter", []string{"/", "q"}, stateBrowse, false},
		{"ctrl+c quits while filtering", []string{"/", "x", "ctrl+c"}, stateBrowse, true},
		{"? opens the help", []string{"?"}, stateHelp, false},
		{"esc leaves the help", []string{"?", "esc"}, stateBrowse, false},
		{"enter opens", []string{"enter"}, stateFill, false},
		{"filter then enter opens", []string{"/", "p", "l", "a", "n", "enter"}, stateFill, false},
		{"esc goes back from the form", []string{"enter", "esc"}, stateBrowse, false},
		{"q is typed in a field", []string{"enter", "q"}, stateFill, false},
		{"? is typed in a field", []string{"enter", "?"}, stateFill, false},
		{"f1 opens the help from a field", []string{"enter", "f1"}, stateHelp, false},
		{"esc returns to the field", []string{"enter", "f1", "esc"}, stateFill, false},
		{"? on the verdict screen", []string{"/", "p", "l", "a", "n", "enter", "ctrl+y", "?"}, stateHelp, false},
		{"f1 twice stays in the help", []string{"f1", "f1", "esc"}, stateBrowse, false},
		{"ctrl+c quits from the form", []string{"enter", "ctrl+c"}, stateFill, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, 80, 24).keys(c.keys...)
			if h.m.state != c.state || h.quit != c.quit {
				t.Fatalf("state %d quit %v, want %d %v", h.m.state, h.quit, c.state, c.quit)
			}
		})
	}
}

func TestFilterOpensTheMatch(t *testing.T) {
	h := newHarness(t, 80, 24).keys("/").typeText("benevole").keys("enter")
	if h.m.state != stateFill || h.m.fill.t.ID != "PROMPT-002" {
		t.Fatalf("opened %q in state %d", h.m.fill.t.ID, h.m.state)
	}
	h.keys("esc")
	h.mustSee("1 modèle sur 3")
	h.keys("esc") // esc clears the filter
	h.mustSee("3 modèles")
}

func TestFillOrderAndPrefill(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst()
	var names, values []string
	for _, f := range h.m.fill.fields {
		names, values = append(names, f.v.Name), append(values, f.value())
	}
	if want := []string{"Nom asso", "année", "mission", "usage"}; !slices.Equal(names, want) {
		t.Fatalf("fields %v, want %v", names, want)
	}
	if want := []string{"Les Amis du Quartier", "2010", "", "site web"}; !slices.Equal(values, want) {
		t.Fatalf("values %v, want %v", values, want)
	}
	if h.m.fill.fields[2].kind != kindArea || h.m.fill.fields[3].kind != kindChoice {
		t.Fatal("mission must be a textarea and usage a choice")
	}
	if h.m.fill.focus != 2 {
		t.Fatalf("focus opens on %d, want 2: the first empty field (0 and 1 are pre-filled)", h.m.fill.focus)
	}
	h.keys("tab", "right")
	if got := h.m.fill.fields[3].value(); got != "plaquette" {
		t.Fatalf("choice after right = %q", got)
	}
	h.keys("shift+tab")
	if h.m.fill.focus != 2 {
		t.Fatalf("focus %d after shift+tab, want 2", h.m.fill.focus)
	}
}

const safeMission = "Accompagner les habitants du quartier"

func expectedText() string {
	return "CONTEXTE :\nLes Amis du Quartier est une association loi 1901 créée en 2010. Notre mission : " +
		safeMission + ".\n\nPROMPT :\nEn te basant sur ce contexte, rédige une présentation pour site web."
}

func TestCheckAndCopyOK(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().typeText(safeMission).keys("ctrl+y")
	if got := h.env.clip.get(); got != expectedText() {
		t.Fatalf("clipboard:\n%q\nwant\n%q", got, expectedText())
	}
	h.mustSee("Vérifié et copié", "vérifiez la réponse de l’IA")
	ev := h.env.rec.all()
	if len(ev) != 1 || ev[0].Action != store.ActionCopied || ev[0].Verdict != "ok" || ev[0].TemplateID != "PROMPT-001" {
		t.Fatalf("events %+v", ev)
	}
}

func TestMissingFieldIsNamed(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().keys("ctrl+y")
	if h.m.state != stateFill || h.env.clip.get() != "" {
		t.Fatalf("state %d, clipboard %q", h.m.state, h.env.clip.get())
	}
	h.mustSee("À remplir d’abord : mission")
	if h.m.fill.focus != 2 {
		t.Fatalf("focus %d, want the missing field 2", h.m.fill.focus)
	}
}

func TestLiveBadge(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().typeText("écrire à jean.dupont@exemple.fr")
	f := h.m.fill.fields[2]
	if f.level() != levelPersonal {
		t.Fatalf("level %v, want personal", f.level())
	}
	h.mustSee("✗ personnel", "adresse e-mail d’une personne : « jean.dupont@exemple.fr »")
	h.keys("ctrl+u")
	for range 40 {
		h.keys("backspace")
	}
	if h.m.fill.fields[2].level() != levelEmpty {
		t.Fatalf("level after erasing: %v", h.m.fill.fields[2].level())
	}
}

func TestBlockedCopiesNothing(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst()
	h.env.clip.text = "avant"
	h.typeText("écrire à jean.dupont@exemple.fr").keys("ctrl+y")
	if h.m.state != stateVerdict || h.m.verdict.mode != modeBlocked {
		t.Fatalf("state %d mode %d", h.m.state, h.m.verdict.mode)
	}
	if h.env.clip.get() != "avant" {
		t.Fatalf("clipboard changed: %q", h.env.clip.get())
	}
	h.mustSee("Bloqué : rien n’a été copié", "[mission]", "adresse e-mail d’une personne")
	ev := h.env.rec.all()
	if len(ev) != 1 || ev[0].Action != store.ActionRefused || ev[0].Verdict != "blocked" || !slices.Equal(ev[0].Rules, []string{"email"}) {
		t.Fatalf("events %+v", ev)
	}
	h.keys("tab", "enter") // tab does nothing here; enter goes to the field
	if h.m.state != stateFill || h.m.fill.focus != 2 {
		t.Fatalf("state %d focus %d, want the mission field", h.m.state, h.m.fill.focus)
	}
}

func TestAnonymiseThenRestore(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().typeText("écrire à jean.dupont@exemple.fr").keys("ctrl+y", "a")
	got := h.env.clip.get()
	if strings.Contains(got, "jean.dupont") || !strings.Contains(got, "contact_001@anonyme.invalid") {
		t.Fatalf("copied %q", got)
	}
	ev := h.env.rec.all()
	if last := ev[len(ev)-1]; last.Action != store.ActionAnonymised || last.Verdict != "blocked" || !slices.Equal(last.Rules, []string{"email"}) {
		t.Fatalf("events %+v", ev)
	}
	h.mustSee("anonymisé", "contact_001@anonyme.invalid ← jean.dupont@exemple.fr")
	h.keys("r").typeText("Bonjour, écrivez à contact_001@anonyme.invalid.").keys("ctrl+y")
	if got := h.env.clip.get(); got != "Bonjour, écrivez à jean.dupont@exemple.fr." {
		t.Fatalf("restored %q", got)
	}
	h.mustSee("Réponse rétablie et copiée")
}

func TestSensitiveCannotBeAnonymised(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().typeText("Mme X est diabétique").keys("ctrl+y", "a")
	if h.m.verdict.mode != modeBlocked || h.env.clip.get() != "" {
		t.Fatalf("mode %d clipboard %q", h.m.verdict.mode, h.env.clip.get())
	}
	h.mustSee("⛔ sensible", "donnée de santé")
}

func TestDoubtNeedsExplicitConfirmation(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().typeText("remercier la trésorière").keys("ctrl+y")
	if h.m.verdict.mode != modeDoubt {
		t.Fatalf("mode %d, want doubt", h.m.verdict.mode)
	}
	h.mustSee("Qui pourrait être lésé", "consentement", "Annuler", "Copier quand même")
	h.keys("enter") // cancel is the default
	if h.m.state != stateFill || h.env.clip.get() != "" {
		t.Fatalf("state %d clipboard %q", h.m.state, h.env.clip.get())
	}
	h.keys("ctrl+y", "right", "enter")
	if !strings.Contains(h.env.clip.get(), "trésorière") {
		t.Fatalf("clipboard %q", h.env.clip.get())
	}
	var actions []string
	for _, e := range h.env.rec.all() {
		actions = append(actions, e.Action)
	}
	if want := []string{store.ActionRefused, store.ActionConfirmDoubt}; !slices.Equal(actions, want) {
		t.Fatalf("actions %v, want %v", actions, want)
	}
}

func TestClipboardFailureShowsText(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.env.clip.fail = true
	h.openFirst().typeText(safeMission).keys("ctrl+y")
	if h.m.state != stateText {
		t.Fatalf("state %d, want the text view", h.m.state)
	}
	h.mustSee("pas de presse-papiers", "Sélectionnez le texte", safeMission)
	h.keys("esc")
	if h.m.state != stateVerdict {
		t.Fatalf("esc from text view: state %d", h.m.state)
	}
}

// TestClearOnQuit: quitting clears the last copy by default, with ctrl+c
// or with q from the list; c turns it off; a text copied since by another
// program is left alone.
func TestClearOnQuit(t *testing.T) {
	cases := []struct {
		name    string
		keys    []string
		other   bool // another program copies before the quit
		cleared bool
	}{
		{"ctrl+c", []string{"ctrl+c"}, false, true},
		{"q from the list", []string{"enter", "q"}, false, true},
		{"q on the copied screen", []string{"q"}, false, true},
		{"c says no", []string{"c", "ctrl+c"}, false, false},
		{"changed since", []string{"ctrl+c"}, true, false},
	}
	for _, c := range cases {
		h := newHarness(t, 80, 24).openFirst().typeText(safeMission).keys("ctrl+y")
		h.mustSee("en quittant : oui")
		want := ""
		if c.other {
			want = "texte copié ailleurs"
			h.env.clip.set(want)
		}
		if !c.cleared && !c.other {
			want = h.env.clip.get()
		}
		h.keys(c.keys...)
		if got := h.env.clip.get(); got != want || !h.quit {
			t.Errorf("%s: clipboard %q, want %q; quit %v", c.name, got, want, h.quit)
		}
	}
}

func TestClearNow(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().typeText(safeMission).keys("ctrl+y", "x")
	if h.env.clip.get() != "" {
		t.Fatal("x did not clear the clipboard")
	}
	h.mustSee("Presse-papiers vidé")
}

func TestLevels(t *testing.T) {
	cases := []struct {
		r    classify.Result
		want string
	}{
		{classify.Result{Category: classify.Public}, "✓ public"},
		{classify.Result{Category: classify.Published}, "✓ public"},
		{classify.Result{Category: classify.Personal, Verdict: classify.Doubt}, "? doute"},
		{classify.Result{Category: classify.Personal, Verdict: classify.Blocked}, "✗ personnel"},
		{classify.Result{Category: classify.Sensitive, Verdict: classify.Blocked}, "⛔ sensible"},
	}
	for _, c := range cases {
		if got := badge(DefaultStyles(), levelOf(c.r)); got != c.want {
			t.Errorf("badge = %q, want %q", got, c.want)
		}
	}
}

func TestPreviewFollowsFocus(t *testing.T) {
	env := newTestEnv()
	long := strings.Repeat("Une phrase de contexte assez longue pour remplir l'aperçu. ", 30)
	env.deps.Templates = []library.Template{{
		ID: "PROMPT-010", Title: "Long", Status: library.StatusValidated,
		Context: "[début] " + long, Prompt: "Termine par [fin].",
		Variables: []library.Variable{{Name: "début"}, {Name: "fin"}},
	}}
	h := &harness{t: t, m: New(env.deps), env: env}
	h.send(teaSize(80, 24))
	h.keys("enter")
	h.mustSee("[début]")
	if strings.Contains(h.view(), "[fin]") {
		t.Fatal("the end of a long preview should be out of view at first")
	}
	h.keys("tab")
	h.mustSee("Termine par [fin].")
}

func TestTemplateWithoutVariables(t *testing.T) {
	h := newHarness(t, 80, 24).keys("/").typeText("planning").keys("enter")
	h.mustSee("aucune variable")
	h.keys("ctrl+y")
	if want := "PROMPT :\nPropose un planning mensuel des ateliers publics."; h.env.clip.get() != want {
		t.Fatalf("clipboard %q, want %q", h.env.clip.get(), want)
	}
}

func TestBadgeCountsOtherFindings(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().typeText("jean@exemple.fr diabétique")
	h.mustSee("⛔ sensible", "⛔ donnée de santé concernant une personne : « diabétique » et 1 autre")
	h.keys("ctrl+y")
	h.mustSee("Une donnée sensible ne se partage pas", "« jean@exemple.fr »", "« diabétique »")
}

func TestEmptyLibrary(t *testing.T) {
	env := newTestEnv()
	env.deps.Templates = nil
	h := &harness{t: t, m: New(env.deps), env: env}
	h.send(teaSize(80, 24))
	h.keys("enter", "/", "x", "enter")
	h.mustSee("Aucun modèle validé")
	if strings.Contains(h.view(), "No ") || h.m.state != stateBrowse {
		t.Fatalf("state %d:\n%s", h.m.state, h.view())
	}
}

func TestBackToListForgetsValues(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().typeText("écrire à jean.dupont@exemple.fr").
		keys("ctrl+y", "a", "r").typeText("réponse").keys("ctrl+y", "enter")
	h.send(teaSize(100, 30))
	if h.m.state != stateBrowse || h.m.verdict.text != "" || h.m.restore.restore != nil || len(h.m.fill.fields) != 0 {
		t.Fatalf("state %d, values still held", h.m.state)
	}
}

func TestPreviewScrolls(t *testing.T) {
	h := newHarness(t, 80, 14) // a short terminal: the preview is longer than the screen
	h.keys("ctrl+d")
	if h.m.browse.preview.YOffset == 0 {
		t.Fatal("ctrl+d did not scroll the preview")
	}
	h.keys("ctrl+u")
	if h.m.browse.preview.YOffset != 0 {
		t.Fatal("ctrl+u did not scroll back")
	}
}

// TestFastTypistOpensTheMatch: enter pressed before the list's filter
// results arrive still opens what the typed filter designates.
func TestFastTypistOpensTheMatch(t *testing.T) {
	h := newHarness(t, 80, 24).keys("/")
	for _, r := range "benevole" { // keys only: the filter commands are not run
		next, _ := h.m.Update(keyMsg(string(r)))
		h.m = next.(Model)
	}
	h.keys("enter")
	if h.m.state != stateFill || h.m.fill.t.ID != "PROMPT-002" {
		t.Fatalf("opened %q in state %d", h.m.fill.t.ID, h.m.state)
	}
}

func TestDistinctWordsKeepsMatches(t *testing.T) {
	text := library.Normalize("Les bénévoles du quartier accueillent les bénévoles ; loi 1901, PROMPT-001.")
	for _, q := range []string{"benevoles", "voles", "loi", "1901,", "prompt-001", "quartier", "accueil", "les", "zzz", "1901 loi"} {
		words := strings.Fields(q)
		if got, want := matchesAll(distinctWords(text, map[string]bool{}), words), matchesAll(text, words); got != want {
			t.Errorf("%q: %v with distinct words, %v on the text", q, got, want)
		}
	}
}
