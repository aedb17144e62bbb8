package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestReleaseLdflagsStampTheBinary builds tamis with the -ldflags line of
// .goreleaser.yaml, as GoReleaser would, and runs `tamis version`: a
// variable renamed in the code would make -X silently do nothing.
func TestReleaseLdflagsStampTheBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	ldflags := goreleaserLdflags(t)
	ldflags = strings.NewReplacer(
		"{{.Version}}", "9.8.7",
		"{{.FullCommit}}", "feedc0ffee0123456789feedc0ffee0123456789",
		"{{.Date}}", "2026-12-01T10:00:00Z",
	).Replace(ldflags)
	if strings.Contains(ldflags, "{{") {
		t.Fatalf("unknown template in ldflags: %s", ldflags)
	}
	bin := filepath.Join(t.TempDir(), "tamis")
	build := exec.Command("go", "build", "-trimpath", "-ldflags", ldflags, "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	db := filepath.Join(t.TempDir(), "tamis.db")
	cmd := exec.Command(bin, "version", "--db", db)
	cmd.Env = append(os.Environ(), "LANG=fr_FR.UTF-8", "LC_ALL=", "LC_MESSAGES=")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("tamis version: %v", err)
	}
	want := "tamis 9.8.7\ncommit : feedc0ffee01\ndate   : 2026-12-01 10:00 UTC\nbase   : " + db + " (--db)\n"
	if string(out) != want {
		t.Errorf("tamis version =\n%s\nwant\n%s", out, want)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("tamis version created the database: %v", err)
	}
}

// goreleaserLdflags is the ldflags line of the build in .goreleaser.yaml.
func goreleaserLdflags(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(".goreleaser.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if l := strings.TrimSpace(line); strings.HasPrefix(l, "- ") && strings.Contains(l, "-X main.version=") {
			return strings.TrimSpace(strings.TrimPrefix(l, "- "))
		}
	}
	t.Fatal(".goreleaser.yaml has no ldflags with -X main.version")
	return ""
}
