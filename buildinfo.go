package main

import (
	"runtime/debug"
	"strings"
	"time"
)

// commit and date are set by GoReleaser with -ldflags "-X main.commit=…
// -X main.date=…"; version is in main.go.
var (
	commit = ""
	date   = ""
)

// build is what `tamis version` reports.
type build struct {
	version, commit, date string
	modified              bool // built from a work tree with uncommitted changes
}

// currentBuild is the stamped version, commit and date; what -ldflags left
// unset comes from the VCS data Go records in the binary (go build in a
// git checkout), so that a binary built by hand still says what it is.
func currentBuild() build {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		info = nil
	}
	return buildFrom(version, commit, date, info)
}

// buildFrom fills what the linker flags did not set from info, which may be nil.
func buildFrom(v, c, d string, info *debug.BuildInfo) build {
	if c == "none" || c == "unknown" {
		c = "" // GoReleaser's placeholders when it could not read git
	}
	b := build{version: v, commit: c, date: d}
	if info == nil {
		return b
	}
	// Since Go 1.24 go build stamps the main module's version from git
	// (v0.0.0-20261130…-788fc86e1a2b+dirty): truer than "-dev".
	if m := info.Main.Version; strings.HasSuffix(b.version, "-dev") && m != "" && m != "(devel)" {
		b.version = m
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			if b.commit == "" {
				b.commit = s.Value
			}
		case "vcs.time":
			if b.date == "" {
				b.date = s.Value
			}
		case "vcs.modified":
			b.modified = c == "" && s.Value == "true"
		}
	}
	return b
}

// shortCommit is the 12 first hex digits, as git and GitHub show them.
func shortCommit(c string) string {
	if len(c) > 12 {
		return c[:12]
	}
	return c
}

// localDate shows an RFC 3339 date as a day and a time in UTC; another
// text is shown as given.
func localDate(d string) string {
	t, err := time.Parse(time.RFC3339, d)
	if err != nil {
		return d
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}
