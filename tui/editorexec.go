package tui

import (
	"os"
	"os/exec"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
)

// externalMsg is the text back from the référent's own editor.
type externalMsg struct {
	text string
	err  error
}

// errNoEditor: neither VISUAL nor EDITOR is set and no usual editor is
// installed. Its text is chosen when shown, so it follows the language.
var errNoEditor error = noEditorError{}

type noEditorError struct{}

func (noEditorError) Error() string {
	return i18n.T("aucun éditeur trouvé : définissez VISUAL ou EDITOR (par exemple « export EDITOR=nano »), ou modifiez le texte ici",
		"no editor found: set VISUAL or EDITOR (for example “export EDITOR=nano”), or edit the text here")
}

// fallbackEditors are tried in PATH when VISUAL and EDITOR are unset.
var fallbackEditors = []string{"nano", "vi", "vim", "notepad"}

// editorCommand is the référent's editor: VISUAL, then EDITOR (either may
// carry arguments, as « code --wait »), then the first usual editor found
// in PATH.
func editorCommand(getenv func(string) string) ([]string, error) {
	for _, v := range []string{"VISUAL", "EDITOR"} {
		if f := strings.Fields(getenv(v)); len(f) > 0 {
			return f, nil
		}
	}
	for _, name := range fallbackEditors {
		if path, err := exec.LookPath(name); err == nil {
			return []string{path}, nil
		}
	}
	return nil, errNoEditor
}

// externalEdit writes the text to a temporary file only its owner can
// read (os.CreateTemp makes it 0600) and returns the command that opens
// it in the référent's editor, and what to do once the editor is closed:
// read the text back and remove the file, whatever happened. The file
// holds the référent's template, never a volunteer's value.
func externalEdit(text string, getenv func(string) string) (*exec.Cmd, tea.ExecCallback, error) {
	argv, err := editorCommand(getenv)
	if err != nil {
		return nil, nil, err
	}
	f, err := os.CreateTemp("", "tamis-modele-*.md")
	if err != nil {
		return nil, nil, err
	}
	path := f.Name()
	_, werr := f.WriteString(text)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		_ = os.Remove(path)
		return nil, nil, werr
	}
	cmd := exec.Command(argv[0], append(argv[1:], path)...)
	return cmd, func(runErr error) tea.Msg {
		defer os.Remove(path)
		if runErr != nil {
			return externalMsg{err: runErr}
		}
		data, err := os.ReadFile(path)
		return externalMsg{text: string(data), err: err}
	}, nil
}

// externalEditCmd opens the text in the référent's editor through
// tea.ExecProcess, which hands the terminal over and takes it back.
func externalEditCmd(text string) (tea.Cmd, error) {
	cmd, done, err := externalEdit(text, os.Getenv)
	if err != nil {
		return nil, err
	}
	return tea.ExecProcess(cmd, done), nil
}
