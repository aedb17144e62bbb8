package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"tamis/i18n"
)

func TestBuildFrom(t *testing.T) {
	vcs := &debug.BuildInfo{
		Main: debug.Module{Path: "tamis", Version: "v0.0.0-20261130194719-ac9c7f46bf81+dirty"},
		Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "ac9c7f46bf81d06d416a7823aab24d879a5545c0"},
			{Key: "vcs.time", Value: "2026-11-30T19:47:19Z"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	devel := &debug.BuildInfo{Main: debug.Module{Path: "tamis", Version: "(devel)"}}
	tests := []struct {
		name    string
		v, c, d string
		info    *debug.BuildInfo
		want    build
	}{
		{"stamped by GoReleaser", "1.2.0", "0123abcd", "2026-12-01T10:00:00Z", vcs,
			build{"1.2.0", "0123abcd", "2026-12-01T10:00:00Z", false}},
		{"go build in a git checkout", "0.1.0-dev", "", "", vcs,
			build{"v0.0.0-20261130194719-ac9c7f46bf81+dirty", "ac9c7f46bf81d06d416a7823aab24d879a5545c0", "2026-11-30T19:47:19Z", true}},
		{"GoReleaser without git", "0.0.1-next", "none", "2026-12-01T10:00:00Z", vcs,
			build{"0.0.1-next", "ac9c7f46bf81d06d416a7823aab24d879a5545c0", "2026-12-01T10:00:00Z", true}},
		{"go build without git", "0.1.0-dev", "", "", devel, build{"0.1.0-dev", "", "", false}},
		{"no build info", "0.1.0-dev", "", "", nil, build{"0.1.0-dev", "", "", false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := buildFrom(tt.v, tt.c, tt.d, tt.info); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestPrintBuild(t *testing.T) {
	i18n.SetEnglish(false)
	var out bytes.Buffer
	printBuild(&out, build{"1.2.0", "ac9c7f46bf81d06d416a7823aab24d879a5545c0", "2026-11-30T19:47:19Z", true})
	want := "tamis 1.2.0\ncommit : ac9c7f46bf81 (avec des modifications)\ndate   : 2026-11-30 19:47 UTC\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
	out.Reset()
	i18n.SetEnglish(true)
	defer i18n.SetEnglish(false)
	printBuild(&out, build{version: "0.1.0-dev"})
	want = "tamis 0.1.0-dev\ncommit:  unknown\ndate:    unknown\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

// TestVersionShowsTheDatabase: `tamis version` names the file tamis would
// open and why, and creates nothing.
func TestVersionShowsTheDatabase(t *testing.T) {
	c := newCLI(t)
	code, out, errOut := c.run("", "version")
	if code != exitOK || !strings.Contains(out, "base   : "+c.db+" (--db)\n") {
		t.Fatalf("version: code %d, out %q, err %q", code, out, errOut)
	}
	home := t.TempDir()
	t.Setenv("TAMIS_DB", "")
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "xdg"))
	var o, e bytes.Buffer
	if code := run([]string{"version"}, streams{strings.NewReader(""), &o, &e}); code != exitOK {
		t.Fatalf("version: code %d, err %q", code, e.String())
	}
	want := filepath.Join(home, "xdg", "tamis", "tamis.db") + " (XDG_DATA_HOME)"
	if !strings.Contains(o.String(), want) {
		t.Errorf("version = %q, want it to name %q", o.String(), want)
	}
	if _, err := os.Stat(filepath.Join(home, "xdg")); !os.IsNotExist(err) {
		t.Errorf("version created the data folder: %v", err)
	}
	o.Reset()
	if code := run([]string{"version", "--db", home + "/"}, streams{strings.NewReader(""), &o, &e}); code != exitOK ||
		!strings.Contains(o.String(), "ne désigne pas un fichier") {
		t.Errorf("version with a folder: code %d, out %q", code, o.String())
	}
}
