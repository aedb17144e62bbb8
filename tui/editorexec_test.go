package tui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// TestEditorCommand: VISUAL, then EDITOR (with their arguments), then a
// usual editor in PATH; none gives a French error that says what to set.
func TestEditorCommand(t *testing.T) {
	env := map[string]string{"VISUAL": "code --wait", "EDITOR": "nano"}
	getenv := func(k string) string { return env[k] }
	if got, err := editorCommand(getenv); err != nil || strings.Join(got, " ") != "code --wait" {
		t.Fatalf("VISUAL first: %v, %v", got, err)
	}
	env["VISUAL"] = "  "
	if got, err := editorCommand(getenv); err != nil || strings.Join(got, " ") != "nano" {
		t.Fatalf("then EDITOR: %v, %v", got, err)
	}
	delete(env, "EDITOR")
	dir := t.TempDir()
	t.Setenv("PATH", dir)
	if _, err := editorCommand(getenv); !errors.Is(err, errNoEditor) || !strings.Contains(err.Error(), "définissez VISUAL ou EDITOR") {
		t.Fatalf("no editor: %v", err)
	}
	vi := filepath.Join(dir, "vi")
	if err := os.WriteFile(vi, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := editorCommand(getenv); err != nil || got[0] != vi {
		t.Fatalf("vi in PATH: %v, %v", got, err)
	}
}

// TestExternalEditRoundTrip runs a real editor (a shell script): it gets
// a file only its owner can read, holding the text; what it writes comes
// back, and the file is gone afterwards, whether the editor succeeded or
// not.
func TestExternalEditRoundTrip(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "log")
	script := filepath.Join(dir, "editeur.sh")
	body := "#!/bin/sh\nstat -c %a \"$1\" > " + log + "\necho \"$1\" >> " + log +
		"\nsed -i 's/Mme Dupont/la responsable/' \"$1\"\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	getenv := func(k string) string { return map[string]string{"EDITOR": script}[k] }
	cmd, done, err := externalEdit("Écrire à Mme Dupont.\n", getenv)
	if err != nil {
		t.Fatal(err)
	}
	msg := done(cmd.Run()).(externalMsg)
	if msg.err != nil || msg.text != "Écrire à la responsable.\n" {
		t.Fatalf("back from the editor: %q, %v", msg.text, msg.err)
	}
	seen, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Fields(string(seen))
	if len(lines) != 2 || lines[0] != "600" {
		t.Fatalf("the editor saw %q, want mode 600 and a path", seen)
	}
	if _, err := os.Stat(lines[1]); !os.IsNotExist(err) {
		t.Fatalf("the temporary file is still there: %v", err)
	}
	getenv = func(k string) string { return map[string]string{"EDITOR": "false"}[k] }
	cmd, done, err = externalEdit("texte", getenv)
	if err != nil {
		t.Fatal(err)
	}
	path := cmd.Args[len(cmd.Args)-1]
	if msg := done(cmd.Run()).(externalMsg); msg.err == nil {
		t.Fatalf("a failed editor gave back %q", msg.text)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("the temporary file is still there after a failure: %v", err)
	}
}

// TestEditorTakesTheExternalText: the text back from the editor replaces
// the textarea's, is linted at once, and a failure keeps the text.
func TestEditorTakesTheExternalText(t *testing.T) {
	h, _, _ := editorHarness(t)
	h.keys("r").cursorOn("PROMPT-003").keys("e")
	text := strings.Replace(h.editor().text, "Propose un planning", "Propose à Mme Zoé Dupont un planning", 1)
	h.send(externalMsg{text: text})
	if h.editor().text != text {
		t.Fatalf("text not taken:\n%s", h.view())
	}
	h.mustSee("(non enregistré)", "Lint : 1 erreur(s)", "« Mme Zoé Dupont »")
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", "")
	t.Setenv("PATH", t.TempDir())
	h.ctrl(tea.KeyCtrlO).mustSee("aucun éditeur trouvé : définissez VISUAL ou EDITOR")
	h.send(externalMsg{err: errors.New("exit status 1")})
	h.mustSee("L’éditeur n’a pas abouti (exit status 1) : le texte est resté tel quel.")
	if h.editor().text != text {
		t.Fatalf("a failed editor changed the text")
	}
}
