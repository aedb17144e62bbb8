package tui

import (
	"os"

	"github.com/charmbracelet/x/term"

	"tamis/i18n"
)

// noTerminalError says that the interface was started without a terminal
// (a pipe, a cron job, an editor's task runner), where bubbletea would only
// fail with its own English message. Translated when read.
type noTerminalError struct{}

func (noTerminalError) Error() string {
	return i18n.T("l’interface a besoin d’un terminal ; "+
		"pour les commandes utilisables sans terminal, voir « tamis --help »",
		"the interface needs a terminal; "+
			"for the commands that work without one, see “tamis --help”")
}

// checkTerminal fails unless both the input (keys) and the output (the
// screen bubbletea draws on) are terminals. isTerminal is term.IsTerminal,
// replaced in tests.
func checkTerminal(isTerminal func(fd uintptr) bool, in, out *os.File) error {
	if !isTerminal(in.Fd()) || !isTerminal(out.Fd()) {
		return noTerminalError{}
	}
	return nil
}

// requireTerminal checks the process's own standard input and output.
func requireTerminal() error { return checkTerminal(term.IsTerminal, os.Stdin, os.Stdout) }
