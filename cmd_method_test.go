package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tamis/method"
	"tamis/store"
)

func TestCharteShowSignRegisterErase(t *testing.T) {
	c := newCLI(t)
	out := c.mustRun("", "charte")
	if !strings.Contains(out, "## 8. Signature") || !strings.Contains(out, "(version 1 — pour signer") {
		t.Errorf("charte shows %q", out[:min(len(out), 200)])
	}
	if out := c.mustRun("", "charte", "--signer", " Awa "); !strings.Contains(out, "Merci, Awa : signature de la charte (version 1)") {
		t.Errorf("sign: %q", out)
	}
	c.mustRun("", "charte", "--signer", "J. M.")
	charter := filepath.Join(t.TempDir(), "charte.md")
	os.WriteFile(charter, []byte("# Charte révisée\n"), 0o600)
	if out := c.mustRun("", "charte", "--modifier", charter); !strings.Contains(out, "version 2") {
		t.Errorf("modifier: %q", out)
	}
	c.mustRun("", "charte", "--signer", "awa")
	out = c.mustRun("", "charte", "--registre")
	if !strings.Contains(out, "J. M.") || !strings.Contains(out, "← ancienne version : à re-signer") ||
		!strings.Contains(out, "2 signature(s), dont 1 sur une ancienne version.") {
		t.Errorf("register %q", out)
	}
	csv := c.mustRun("", "charte", "--registre", "--csv")
	if !strings.HasPrefix(csv, "prénom ou initiales,date,version,version actuelle\nJ. M.,") || !strings.Contains(csv, ",2,oui\n") {
		t.Errorf("csv %q", csv)
	}
	c.mustRun("", "charte", "--effacer", "j. m.")
	if out := c.mustRun("", "charte", "--registre"); strings.Contains(out, "J. M.") {
		t.Errorf("erased signature still listed: %q", out)
	}
	if code, _, errOut := c.run("", "charte", "--effacer", "Personne"); code != exitError || !strings.Contains(errOut, "aucune signature à ce nom") {
		t.Errorf("erase unknown: %d %q", code, errOut)
	}
}

func TestCharteRefusesBadInput(t *testing.T) {
	c := newCLI(t)
	if code, _, errOut := c.run("", "charte", "--signer", "Awa 0612"); code != exitError || !strings.Contains(errOut, "signature refusée") {
		t.Errorf("bad name: %d %q", code, errOut)
	}
	for _, args := range [][]string{{"charte", "--signer", "A", "--registre"}, {"charte", "--csv"}} {
		if code, _, errOut := c.run("", args...); code != exitUsage || !strings.Contains(errOut, "--") {
			t.Errorf("%v: %d %q", args, code, errOut)
		}
	}
	if out := c.mustRun("", "charte", "--registre"); !strings.Contains(out, "0 signature(s)") {
		t.Errorf("a refused signature was kept: %q", out)
	}
}

func TestEntrainementJSON(t *testing.T) {
	c := newCLI(t)
	var got []statementJSON
	if err := json.Unmarshal([]byte(c.mustRun("", "entrainement", "--json")), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) < 60 {
		t.Fatalf("%d statements", len(got))
	}
	for _, s := range got {
		if _, ok := method.ParseAnswer(s.Expected); !ok || s.Reason == "" || s.Text == "" {
			t.Errorf("statement %+v", s)
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte("[ENT-001] x\nÉNONCÉ : a\nRÉPONSE : 2\nRAISON : r\n"), 0o600)
	if code, _, errOut := c.run("", "entrainement", "--ajouter", bad); code != exitError || !strings.Contains(errOut, "ENT-001 est déjà un énoncé de tamis") {
		t.Errorf("shipped id: %d %q", code, errOut)
	}
	good := filepath.Join(t.TempDir(), "good.txt")
	os.WriteFile(good, []byte("[ENT-500] horaires\nÉNONCÉ : Repas partagé le jeudi.\nRÉPONSE : 2\nRAISON : Test de la porte.\n"), 0o600)
	c.mustRun("", "entrainement", "--ajouter", good)
	if out := c.mustRun("", "entrainement"); !strings.Contains(out, "[ENT-500] Repas partagé le jeudi.") {
		t.Errorf("the référent's statement is not listed")
	}
}

func TestIndicateurs(t *testing.T) {
	c := newCLI(t)
	c.mustRun("", "list") // creates the database
	st, err := store.Open(c.db)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	old := now.AddDate(0, -2, 0)
	for _, e := range []store.Event{
		{Time: old, TemplateID: "PROMPT-001", Verdict: "ok", Action: store.ActionCopied},
		{Time: now, TemplateID: "PROMPT-001", Verdict: "ok", Action: store.ActionCopied},
		{Time: now, TemplateID: "PROMPT-002", Verdict: "blocked", Action: store.ActionRefused},
	} {
		if err := st.RecordEvent(e); err != nil {
			t.Fatal(err)
		}
	}
	c.mustRun("", "indicateurs", "--equipe", "4", "--minutes", "20")
	c.mustRun("", "charte", "--signer", "Awa")
	var ind method.Indicators
	if err := json.Unmarshal([]byte(c.mustRun("", "indicateurs", "--json")), &ind); err != nil {
		t.Fatal(err)
	}
	if ind.Uses != 2 || ind.IncidentsAvoided != 1 || ind.CharterPercent != 25 || ind.MinutesSaved != 40 || ind.Signatures != 1 {
		t.Errorf("indicators %+v", ind)
	}
	since := now.AddDate(0, 0, -7).Format("02/01/2006")
	if err := json.Unmarshal([]byte(c.mustRun("", "indicateurs", "--json", "--depuis", since)), &ind); err != nil || ind.Uses != 1 {
		t.Errorf("since %s: %d uses, %v", since, ind.Uses, err)
	}
	csv := c.mustRun("", "indicateurs", "--csv")
	if !strings.HasPrefix(csv, "indicator,value\nuses,2\n") || !strings.Contains(csv, "uses:PROMPT-001,2\n") {
		t.Errorf("csv %q", csv)
	}
	out := c.mustRun("", "indicateurs")
	for _, want := range []string{"Incidents signalés   0      objectif 0      ✓ atteint", "Charte signée        25 %   objectif 100 %  ✗ à suivre", "Incidents évités (copies bloquées)   1", "Temps gagné estimé                   40 min", "█"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	for _, args := range [][]string{{"indicateurs", "--depuis", "hier"}, {"indicateurs", "--json", "--csv"}, {"indicateurs", "--equipe", "5", "--json"}, {"indicateurs", "--conservation", "0"}, {"indicateurs", "--minutes-modele", "PROMPT-001"}} {
		if code, _, errOut := c.run("", args...); code != exitUsage || !strings.Contains(errOut, "tamis indicateurs :") {
			t.Errorf("%v: %d %q", args, code, errOut)
		}
	}
}

// The charter before the first copy of the day: on and off, kept in the
// file; a value other than on or off is a usage error that changes nothing.
func TestCharteAvantCopie(t *testing.T) {
	c := newCLI(t)
	if code, _, errOut := c.run("", "charte", "--avant-copie", "peut-être"); code != exitUsage || !strings.Contains(errOut, "--avant-copie attend on ou off") {
		t.Errorf("bad value: %d %q", code, errOut)
	}
	if out := c.mustRun("", "charte", "--avant-copie", "on"); !strings.Contains(out, "Activé : avant la première copie du jour") {
		t.Errorf("on: %q", out)
	}
	st, err := store.Open(c.db)
	if err != nil {
		t.Fatal(err)
	}
	if on, err := st.CharterBeforeCopy(); err != nil || !on {
		t.Errorf("option not kept: %v %v", on, err)
	}
	if out := c.mustRun("", "charte", "--before-copy", "off"); !strings.Contains(out, "Désactivé") {
		t.Errorf("off: %q", out)
	}
	if on, _ := st.CharterBeforeCopy(); on {
		t.Error("still on after off")
	}
}
