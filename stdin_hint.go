package main

import (
	"fmt"
	"os"

	"golang.org/x/term"

	"tamis/i18n"
)

// hintIfTerminal says how to end the text when a command is about to read
// standard input from a terminal: without it, `tamis classify` alone
// waits in silence and looks frozen.
func hintIfTerminal(io streams) {
	if f, ok := io.in.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprintln(io.err, i18n.T("Tapez ou collez le texte, puis Ctrl-D (Ctrl-Z puis Entrée sous Windows).",
			"Type or paste the text, then Ctrl-D (Ctrl-Z then Enter on Windows)."))
	}
}
