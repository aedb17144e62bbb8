//go:build linux

package main

import (
	"strings"
	"testing"
)

// classify with no text and a terminal on stdin says how to end the text,
// then classifies what was typed.
func TestClassifyOnATerminalSaysHowToEnd(t *testing.T) {
	db := newCLI(t).db
	for _, args := range [][]string{{"classify", "--db", db}, {"classify", "--jsonl", "--db", db}} {
		p := openPTY(t)
		cmd, errb := tamisOn(t, p, nil, args...)
		waitFor(t, errb.String, "Tapez ou collez le texte, puis Ctrl-D (Ctrl-Z puis Entrée sous Windows).", 1)
		p.master.WriteString("atelier vélo du samedi\n\x04")
		if code := exitCode(t, cmd); code != exitOK {
			t.Fatalf("%v: code %d, stderr %q", args, code, errb.String())
		}
	}
	// Not on a pipe: scripts read no hint.
	c := newCLI(t)
	if code, _, errOut := c.run("atelier vélo", "classify"); code != exitOK || strings.Contains(errOut, "Ctrl-D") {
		t.Fatalf("classify from a pipe: code %d, stderr %q", code, errOut)
	}
}
