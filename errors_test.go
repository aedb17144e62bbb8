package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"tamis/i18n"
)

func TestUserMessageTranslatesSystemErrors(t *testing.T) {
	i18n.SetEnglish(false)
	defer i18n.SetEnglish(false)
	perm := &fs.PathError{Op: "open", Path: "/x/tamis.db", Err: syscall.EACCES}
	for _, c := range []struct {
		err        error
		fr, en     string
		noEnglishs string
	}{
		{fmt.Errorf("impossible d'accéder à la base : %w", perm), "impossible d'accéder à la base : « /x/tamis.db » : permission refusée",
			`"/x/tamis.db": permission denied`, "open "},
		{fmt.Errorf("lecture : %w", bufio.ErrTooLong), "lecture : ligne trop longue", "line too long", "bufio"},
		{&os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.ENOSPC}, "« a » vers « b » : plus de place sur le disque",
			`"a" to "b": no space left on the disk`, "rename"},
		{syscall.EROFS, "disque en lecture seule", "read-only file system", "file system"},
		{fmt.Errorf("x : %w", syscall.Errno(200)), "x : erreur du système n° 200", "system error 200", "errno"},
		{errors.New("déjà en français"), "déjà en français", "déjà en français", "none"},
	} {
		if got := userMessage(c.err); got != c.fr || strings.Contains(got, c.noEnglishs) {
			t.Errorf("userMessage(%v) = %q, want %q", c.err, got, c.fr)
		}
		i18n.SetEnglish(true)
		if got := userMessage(c.err); !strings.HasSuffix(got, c.en) {
			t.Errorf("English userMessage(%v) = %q, want …%q", c.err, got, c.en)
		}
		i18n.SetEnglish(false)
	}
}

// englishFragments are texts of Go's standard library that must never
// reach a French user.
var englishFragments = []string{"flag provided", "not defined", "permission denied", "no such file",
	"not a directory", "is a directory", "no space left", "token too long", "operation not permitted",
	"invalid value", "invalid boolean", "parse error", "bad flag", "open ", "rename ", "mkdir ", "chmod "}

// Every failing command line says why in French: flags, files, folders.
func TestErrorsAreFrench(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	aFile := filepath.Join(dir, "fichier")
	os.WriteFile(aFile, []byte("x"), 0o644)
	cases := [][]string{
		{"--bogus"},
		{"list", "--bogus"},
		{"list", "--json=peut-être"},
		{"list", "-=x"},
		{"fill", "PROMPT-001", "--confirmer=oui"},
		{"import", filepath.Join(dir, "absent.md")},
		{"import", filepath.Join(aFile, "sous.md")},
		{"export", filepath.Join(aFile, "sous")},
		{"list", "--db", filepath.Join(aFile, "tamis.db")},
	}
	for _, args := range cases {
		code, _, errOut := c.run("", args...)
		first, _, _ := strings.Cut(errOut, "\n")
		t.Logf("%v: %s", args, first)
		if code == exitOK || !strings.HasPrefix(errOut, "tamis") {
			t.Errorf("%v: code %d, stderr %q", args, code, errOut)
		}
		for _, en := range englishFragments {
			if strings.Contains(errOut, en) {
				t.Errorf("%v: English fragment %q in %q", args, en, errOut)
			}
		}
	}
}
