package tui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/library/settings"
	"tamis/store"
)

// actions counts the journal's events of one action.
func actions(t *testing.T, st *store.Store, action string) int {
	t.Helper()
	j, err := st.Journal()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range j {
		if e.Action == action {
			n++
		}
	}
	return n
}

// TestProfileScreenSavesAndPrefills: p on the référent's screen edits the
// profile; enter saves the changed values with one event that holds none
// of them, and the volunteer's next form is pre-filled with them.
func TestProfileScreenSavesAndPrefills(t *testing.T) {
	h, st := referentHarness(t)
	h.keys("r", "p").mustSee("Profil de l’association", "Nom asso", "coordonnées bancaires")
	h.typeText("Les Amis du Vélo").keys("down").typeText("2012").keys("enter")
	h.mustSee("Profil enregistré")
	p, err := st.Profile()
	if err != nil || p["Nom asso"] != "Les Amis du Vélo" || p["année"] != "2012" || len(p) != 2 {
		t.Fatalf("profile %v, %v", p, err)
	}
	j, _ := st.Journal()
	if actions(t, st, store.ActionProfileChanged) != 1 {
		t.Fatalf("journal %+v", j)
	}
	for _, e := range j {
		if e.TemplateID != "" || e.Verdict != "" || len(e.Rules) > 0 {
			t.Fatalf("the event holds more than its action: %+v", e)
		}
	}
	h.keys("esc").mustSee("Modèles — référent")
	h.keys("esc").openFirst()
	if got := h.m.fill.values()["Nom asso"]; got != "Les Amis du Vélo" {
		t.Fatalf("the form is pre-filled with %q", got)
	}
}

// TestProfileScreenRefusesPersonalValue: a person's e-mail as the contact
// is refused with the reason, as tamis profile refuses it; it stays in its
// field and nothing is written. Once fixed, it is saved.
func TestProfileScreenRefusesPersonalValue(t *testing.T) {
	h, st := referentHarness(t)
	h.keys("r", "p")
	for range 7 {
		h.keys("down")
	}
	h.typeText("marie.dupont@gmail.com").keys("enter")
	h.mustSee("La valeur de « contact » n’a pas été enregistrée", "catégorie 3")
	pm := h.m.method.(profileModel)
	if pm.names[pm.focus] != "contact" || pm.inputs[pm.focus].Value() != "marie.dupont@gmail.com" {
		t.Fatalf("focus on %q holding %q", pm.names[pm.focus], pm.inputs[pm.focus].Value())
	}
	if p, _ := st.Profile(); len(p) != 0 || actions(t, st, store.ActionProfileChanged) != 0 {
		t.Fatalf("refused, yet the profile is %v", p)
	}
	h.keys("ctrl+u").typeText("contact@amisduvelo.fr").keys("enter").mustSee("Profil enregistré")
	if p, _ := st.Profile(); p["contact"] != "contact@amisduvelo.fr" {
		t.Fatalf("profile %v", p)
	}
}

// TestProfileScreenKeepsUnsavedChanges: esc with a change asks first;
// a second esc drops it and nothing is written.
func TestProfileScreenKeepsUnsavedChanges(t *testing.T) {
	h, st := referentHarness(t)
	h.keys("r", "p").typeText("Les Amis").keys("esc").mustSee("Modifications non enregistrées")
	if h.m.method.(profileModel).inputs[0].Value() != "Les Amis" {
		t.Fatal("the first esc lost the value")
	}
	h.keys("esc").mustSee("Modèles — référent")
	if p, _ := st.Profile(); len(p) != 0 {
		t.Fatalf("profile %v", p)
	}
}

// TestRulesScreenChecksEntries: l on the référent's screen edits the
// lists with the checks of tamis rules: a short deny entry and a person's
// e-mail in the allow list are refused with the reason and stay typed; an
// empty entry is an error; a good entry is saved with an event.
func TestRulesScreenChecksEntries(t *testing.T) {
	h, st := referentHarness(t)
	h.keys("r", "l").mustSee("Liste autorisée (jamais signalée)", "Liste interdite (toujours sensible)", "(vide)")
	h.keys("i").typeText("de").keys("enter").mustSee("trop court pour la liste interdite")
	if v := h.m.method.(rulesModel).input.Value(); v != "de" {
		t.Fatalf("the refused entry became %q", v)
	}
	h.keys("ctrl+u").typeText("Projet Horizon").keys("enter").mustSee("Listes enregistrées", "- Projet Horizon")
	h.keys("a").typeText("marie.dupont@gmail.com").keys("enter").mustSee("n’a pas été ajouté à la liste autorisée")
	h.keys("ctrl+u").typeText("   ").keys("enter").mustSee("Entrée vide")
	h.keys("ctrl+u").typeText("contact@amisduvelo.fr").keys("enter").mustSee("- contact@amisduvelo.fr")
	r, err := st.Rules()
	if err != nil || strings.Join(r.Deny, "|") != "Projet Horizon" || strings.Join(r.Allow, "|") != "contact@amisduvelo.fr" {
		t.Fatalf("rules %+v, %v", r, err)
	}
	if n := actions(t, st, store.ActionRulesChanged); n != 2 {
		t.Fatalf("%d rules events, want 2", n)
	}
	h.keys("d").mustSee("Retirer « contact@amisduvelo.fr » ? d de nouveau pour confirmer.")
	h.keys("down", "d", "up")
	if r, _ := st.Rules(); len(r.Allow) != 1 || len(r.Deny) != 1 {
		t.Fatalf("d without its confirmation removed: %+v", r)
	}
	h.keys("d", "d").mustSee("Listes enregistrées")
	if r, _ := st.Rules(); len(r.Allow) != 0 || len(r.Deny) != 1 {
		t.Fatalf("after d on the allow entry: %+v", r)
	}
}

// TestRulesRemovingAnAbsentEntry: removing an entry that is no longer in
// either list (removed meanwhile from another window) is an error, and
// nothing changes.
func TestRulesRemovingAnAbsentEntry(t *testing.T) {
	_, st := referentHarness(t)
	msg := saveRulesCmd(st, listChange{entry: "Projet Hermès", remove: true})().(rulesSavedMsg)
	var nl settings.NotInLists
	if !errors.As(msg.err, &nl) || actions(t, st, store.ActionRulesChanged) != 0 {
		t.Fatalf("err %v", msg.err)
	}
}

// TestDenyEntryAppliesAtOnce: a deny entry added on the lists screen
// blocks a value at the volunteer's next check, in the same session.
func TestDenyEntryAppliesAtOnce(t *testing.T) {
	h, _, clip := storeHarness(t)
	h.keys("r", "l", "i").typeText("Projet Horizon").keys("enter").mustSee("Listes enregistrées")
	h.keys("esc", "esc")
	h.keys("/").typeText("message").keys("enter")
	h.typeText("nos bénévoles").keys("tab").typeText("le Projet Horizon")
	h.keys("ctrl+y")
	if h.m.state != stateVerdict || h.m.verdict.mode != modeBlocked || clip.n != 0 {
		t.Fatalf("state %d mode %d, %d copies\n%s", h.m.state, h.m.verdict.mode, clip.n, h.view())
	}
}

// TestCharterEditSavesVersion: c on the référent's screen shows the
// charter; e edits its Markdown; ctrl+s saves a new version with an
// event; esc with a change asks first.
func TestCharterEditSavesVersion(t *testing.T) {
	h, st := referentHarness(t)
	h.keys("r", "c").mustSee("Charte — référent — version 1", "Préambule")
	h.keys("e").typeText("Adoptée en assemblée générale. ")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlS})
	h.mustSee("Charte enregistrée (version 2)", "Charte — référent — version 2")
	if strings.Contains(h.view(), "Parties de la méthode") {
		t.Fatalf("the eight sections are there, yet:\n%s", h.view())
	}
	text, _ := st.Charter()
	if v, _ := st.CharterVersion(); v != 2 || !strings.HasPrefix(text, "Adoptée en assemblée générale. ") {
		t.Fatalf("version %d, text %.60q", v, text)
	}
	if n := actions(t, st, store.ActionCharterChanged); n != 1 {
		t.Fatalf("%d charter events", n)
	}
	h.keys("e").typeText("x").keys("esc").mustSee("Modifications non enregistrées")
	h.keys("esc")
	if h.m.method.(charterEditModel).editing {
		t.Fatal("the second esc did not leave the edit")
	}
	if v, _ := st.CharterVersion(); v != 2 {
		t.Fatalf("a dropped edit made version %d", v)
	}
}

// TestCharterEditKeepsLongCharter: a charter longer than the text area's
// default limit of lines comes back whole when saved unchanged, and takes
// one more line.
func TestCharterEditKeepsLongCharter(t *testing.T) {
	h, st := referentHarness(t)
	var b strings.Builder
	b.WriteString("# Charte\n")
	for i := range 150 {
		fmt.Fprintf(&b, "\nLigne %d de la charte.", i)
	}
	long := b.String()
	if err := st.SetCharter(long); err != nil {
		t.Fatal(err)
	}
	h.keys("r", "c").mustSee("Parties de la méthode sans titre ici : Préambule, Principes")
	h.keys("e")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlS})
	h.mustSee("Rien n’a changé")
	if text, _ := st.Charter(); text != long {
		t.Fatalf("the charter came back with %d lines", strings.Count(text, "\n")+1)
	}
	h.keys("e", "enter")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlS})
	if text, _ := st.Charter(); text != "\n"+long {
		t.Fatalf("a new line in a long charter: %d lines, %.20q", strings.Count(text, "\n")+1, text)
	}
}

// TestProfileScreenAddsConstant: ctrl+n adds a constant the method does not
// name, by its variable name; a name already there is refused.
func TestProfileScreenAddsConstant(t *testing.T) {
	h, st := referentHarness(t)
	h.keys("r", "p")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlN})
	h.mustSee("Nom de la variable à pré-remplir")
	h.typeText("NOM ASSO").keys("enter").mustSee("« Nom asso » est déjà dans le profil.")
	h.keys("ctrl+u").typeText("horaires").keys("enter")
	h.typeText("le mardi de 14 h à 16 h").keys("enter").mustSee("Profil enregistré", "horaires")
	if p, _ := st.Profile(); p["horaires"] != "le mardi de 14 h à 16 h" || len(p) != 1 {
		t.Fatalf("profile %v", p)
	}
}
