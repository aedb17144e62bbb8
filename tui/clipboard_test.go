package tui

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"slices"
	"strings"
	"testing"

	"tamis/i18n"
)

func TestSystemClipboardFallback(t *testing.T) {
	okWrite := func(string) error { return nil }
	badWrite := func(string) error { return errors.New("exit status 1") }
	cases := []struct {
		name        string
		write       func(string) error
		unsupported bool
		terminal    bool
		want        CopyMethod
		wantOSC     bool
		wantErr     string
	}{
		{"system clipboard", okWrite, false, true, CopySystem, false, ""},
		{"xclip fails: OSC 52", badWrite, false, true, CopyTerminal, true, ""},
		{"no tool: OSC 52", okWrite, true, true, CopyTerminal, true, ""},
		{"xclip fails, no terminal", badWrite, false, false, CopyNone, false, "copie impossible"},
		{"nothing at all", okWrite, true, false, CopyNone, false, "aucun presse-papiers"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			cb := &systemClipboard{write: c.write, unsupported: c.unsupported, out: &out, terminal: c.terminal}
			got, err := cb.Copy("bonjour")
			if got != c.want {
				t.Fatalf("method %d, want %d", got, c.want)
			}
			if (c.wantErr == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.wantErr)) {
				t.Fatalf("error %v, want %q", err, c.wantErr)
			}
			osc := strings.Contains(out.String(), "]52;c;"+base64.StdEncoding.EncodeToString([]byte("bonjour")))
			if osc != c.wantOSC {
				t.Fatalf("OSC 52 written %v, want %v: %q", osc, c.wantOSC, out.String())
			}
			out.Reset()
			if err := cb.Clear(); err != nil {
				t.Fatal(err)
			}
			if c.wantOSC && !strings.Contains(out.String(), "]52;c;") {
				t.Fatalf("clear after OSC 52 wrote %q", out.String())
			}
		})
	}
}

// TestNoClipboardLanguage: the message follows the language chosen after
// start-up, in both directions.
func TestNoClipboardLanguage(t *testing.T) {
	defer i18n.SetEnglish(false)
	cases := []struct {
		english bool
		want    string
	}{
		{true, "no clipboard available"},
		{false, "aucun presse-papiers disponible"},
	}
	for _, c := range cases {
		i18n.SetEnglish(c.english)
		_, err := (&systemClipboard{unsupported: true}).Copy("bonjour")
		if !errors.Is(err, noClipboardError{}) || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("english=%v: error %v, want %q…", c.english, err, c.want)
		}
	}
}

// TestClearIfHolds covers each way the clipboard was reached: the system
// one is read back and cleared only when it still holds tamis's text (an
// unreadable one is another program's); OSC 52 cannot be read back and is
// cleared anyway (the documented choice: personal data first).
func TestClearIfHolds(t *testing.T) {
	ours := sha256.Sum256([]byte("bonjour"))
	cases := []struct {
		name     string
		terminal bool // no system tool: the copy goes through OSC 52
		now      string
		readErr  error
		cleared  bool
	}{
		{"system, unchanged", false, "bonjour", nil, true},
		{"system, changed", false, "autre chose", nil, false},
		{"system, unreadable (an image)", false, "", errors.New("target STRING not available"), false},
		{"OSC 52, cannot read back", true, "autre chose", nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			var writes []string
			cb := &systemClipboard{
				write:       func(s string) error { writes = append(writes, s); return nil },
				read:        func() (string, error) { return c.now, c.readErr },
				unsupported: c.terminal, terminal: true, out: &out,
			}
			if _, err := cb.Copy("bonjour"); err != nil {
				t.Fatal(err)
			}
			writes = nil
			out.Reset()
			got, err := cb.ClearIfHolds(ours)
			if err != nil || got != c.cleared {
				t.Fatalf("cleared %v (%v), want %v", got, err, c.cleared)
			}
			wroteClear := slices.Equal(writes, []string{""}) || strings.Contains(out.String(), "]52;c;")
			if wroteClear != c.cleared {
				t.Fatalf("writes %q, OSC %q", writes, out.String())
			}
		})
	}
	if ok, err := (&systemClipboard{}).ClearIfHolds(ours); ok || err != nil {
		t.Fatalf("nothing copied yet: cleared %v %v", ok, err)
	}
}
