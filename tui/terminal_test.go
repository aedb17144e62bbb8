package tui

import (
	"errors"
	"os"
	"strings"
	"testing"

	"tamis/i18n"
)

func TestCheckTerminal(t *testing.T) {
	defer i18n.SetEnglish(false)
	cases := []struct {
		name      string
		terminals map[uintptr]bool // which descriptors are terminals
		english   bool
		want      string // start of the message; "" means no error
	}{
		{"both terminals", map[uintptr]bool{0: true, 1: true}, false, ""},
		{"input is a pipe", map[uintptr]bool{1: true}, false, "l’interface a besoin d’un terminal"},
		{"output is a file", map[uintptr]bool{0: true}, false, "l’interface a besoin d’un terminal"},
		{"neither, in English", nil, true, "the interface needs a terminal"},
	}
	// os.Stdin and os.Stdout themselves: a second *os.File on descriptors
	// 0 and 1 would close them when garbage collected, and the test binary
	// would then exit silently, its output lost.
	in, out := os.Stdin, os.Stdout
	for _, c := range cases {
		i18n.SetEnglish(c.english)
		err := checkTerminal(func(fd uintptr) bool { return c.terminals[fd] }, in, out)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", c.name, err)
		case c.want != "" && (!errors.Is(err, noTerminalError{}) || !strings.HasPrefix(err.Error(), c.want) ||
			!strings.Contains(err.Error(), "tamis --help")):
			t.Errorf("%s: error %v, want %q… naming tamis --help", c.name, err, c.want)
		}
	}
}
