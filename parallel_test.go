package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"tamis/store"
)

// buildTamis builds the real binary once for the tests that start
// processes; TAMIS_BIN tests another build (the figures of the README were
// taken that way, before and after).
func buildTamis(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("TAMIS_BIN"); bin != "" {
		return bin
	}
	bin := filepath.Join(t.TempDir(), "tamis")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// fillOutcome is what one fill process did.
type fillOutcome struct {
	code   int
	stderr string
}

// Many tamis fill at once on one file: each one either prints its prompt
// or says « base occupée »; each printed prompt is counted, or the process
// says on stderr that it was not. Nothing is lost silently.
func TestParallelFillLosesNothingSilently(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 150 processes")
	}
	bin := buildTamis(t)
	c := newCLI(t)
	c.run(twoTemplates, "import", "-")
	const n = 150
	outcomes := make([]fillOutcome, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			cmd := exec.Command(bin, append(fillArgs, "--db", c.db)...)
			cmd.Env = append(os.Environ(), "LANG=fr_FR.UTF-8")
			var errb bytes.Buffer
			cmd.Stderr = &errb
			err := cmd.Run()
			outcomes[i] = fillOutcome{cmd.ProcessState.ExitCode(), errb.String()}
			if err != nil && cmd.ProcessState == nil {
				t.Errorf("process %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	printed, busy, uncounted := 0, 0, 0
	for i, o := range outcomes {
		switch {
		case o.code == exitOK && strings.Contains(o.stderr, "n’a pas été comptée"):
			printed++
			uncounted++
		case o.code == exitOK && o.stderr == "":
			printed++
		case o.code == exitError && strings.Contains(o.stderr, "base occupée"):
			busy++
		default:
			t.Errorf("process %d: code %d, stderr %q", i, o.code, o.stderr)
		}
	}
	st, err := store.Open(c.db)
	if err != nil {
		t.Fatal(err)
	}
	events, err := st.Events()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d fill at once: %d printed, %d refused « base occupée », %d said uncounted, %d events recorded",
		n, printed, busy, uncounted, len(events))
	if len(events) != printed-uncounted {
		t.Errorf("%d events recorded, want %d: %d lost silently", len(events), printed-uncounted, printed-uncounted-len(events))
	}
}
