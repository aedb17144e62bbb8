package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// A shared folder, as `tamis export DIR` writes it and `tamis import DIR`
// merges it:
//
//	PROMPT-001.md          the template in the text format (its current version)
//	.tamis/PROMPT-001.json its versions: number, time, role, reason, text
//	.tamis/profil.json     the association's profile
//	.tamis/regles.json     the allow and deny lists
//	.tamis/charte.md       the charter (share_charter.go)
//
// The .md files stay what any tamis imports; the .tamis folder, which
// `import` does not read as templates, carries what a merge needs.

const shareDir = ".tamis"

// sharedVersion is one version in a .tamis/<id>.json file.
type sharedVersion struct {
	Number int        `json:"number"`
	Time   time.Time  `json:"time"`
	Role   store.Role `json:"role,omitempty"`
	Reason string     `json:"reason,omitempty"`
	Text   string     `json:"text"` // library.Format of this version
}

type sharedFile struct {
	ID       string          `json:"id"`
	Versions []sharedVersion `json:"versions"`
}

// isSharedFolder reports whether dir was written by `tamis export DIR`.
func isSharedFolder(dir string) bool {
	info, err := os.Stat(filepath.Join(dir, shareDir))
	return err == nil && info.IsDir()
}

// sharedFiles are the files of the .tamis folder for these templates,
// profile and rules, by path relative to the shared folder.
func sharedFiles(ts []store.SharedTemplate, p store.Profile, r store.Rules) (map[string][]byte, error) {
	files := map[string][]byte{}
	for _, t := range ts {
		f := sharedFile{ID: t.ID}
		for _, v := range t.Versions {
			f.Versions = append(f.Versions, sharedVersion{Number: v.Number, Time: v.Time.UTC(), Role: v.Role,
				Reason: v.Note, Text: string(library.Format(v.Template))})
		}
		if err := putJSON(files, filepath.Join(shareDir, t.ID+".json"), f); err != nil {
			return nil, err
		}
	}
	if r.Allow == nil {
		r.Allow = []string{}
	}
	if r.Deny == nil {
		r.Deny = []string{}
	}
	if err := putJSON(files, filepath.Join(shareDir, "profil.json"), p); err != nil {
		return nil, err
	}
	return files, putJSON(files, filepath.Join(shareDir, "regles.json"), r)
}

func putJSON(files map[string][]byte, name string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	files[name] = append(data, '\n')
	return err
}

// checkNothingLost refuses an export that would replace, in dir, a version
// this database has never had: it comes from another laptop, and `tamis
// import DIR` must take it first, or the référent settle the conflict it
// raised. A text the référent set aside here (a conflict settled by
// keeping this laptop's) is not lost: it stays in the database. The ids at
// fault are named.
func checkNothingLost(dir string, ts []store.SharedTemplate, aside map[string]string, pending int) error {
	var unseen []string
	for _, t := range ts {
		theirs, err := readSharedFile(dir, t.ID)
		if err != nil || len(theirs.Versions) == 0 {
			continue // nothing there yet, or not ours to judge
		}
		last := theirs.Versions[len(theirs.Versions)-1].Text
		if md, err := os.ReadFile(filepath.Join(dir, t.ID+".md")); err == nil && string(md) != last {
			last = string(md) // edited by hand in the folder
		}
		if aside[t.ID] != last && !slices.ContainsFunc(t.Versions, func(v store.Version) bool { return string(library.Format(v.Template)) == last }) {
			unseen = append(unseen, t.ID)
		}
	}
	switch {
	case len(unseen) > 0 && pending > 0:
		return fmt.Errorf(i18n.T("rien n’a été exporté : le dossier « %s » a des versions que cette base n’a pas (%s) ; tamis import %s d’abord, puis réglez les conflits (tamis, touche r puis m), pour ne rien perdre",
			"nothing was exported: folder %q holds versions this database lacks (%s); tamis import %s first, then settle the conflicts (tamis, key r then m), so that nothing is lost"),
			dir, strings.Join(unseen, ", "), dir)
	case len(unseen) > 0:
		return fmt.Errorf(i18n.T("rien n’a été exporté : le dossier « %s » a des versions que cette base n’a pas (%s) ; tamis import %s d’abord, pour ne rien perdre",
			"nothing was exported: folder %q holds versions this database lacks (%s); tamis import %s first, so that nothing is lost"),
			dir, strings.Join(unseen, ", "), dir)
	}
	return nil
}

func readSharedFile(dir, id string) (sharedFile, error) {
	var f sharedFile
	data, err := os.ReadFile(filepath.Join(dir, shareDir, id+".json"))
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return f, fmt.Errorf(i18n.T("« %s » illisible : %w", "%q unreadable: %w"), filepath.Join(dir, shareDir, id+".json"), err)
	}
	return f, nil
}

// readShared reads what a merge needs from a shared folder: each template
// of located with its versions (a .md edited by hand in the folder is one
// more version), and the profile and rules.
func readShared(dir string, located []library.Located) ([]store.SharedTemplate, store.Profile, store.Rules, error) {
	var out []store.SharedTemplate
	for _, l := range located {
		st, err := sharedTemplate(dir, l.Template)
		if err != nil {
			return nil, nil, store.Rules{}, err
		}
		out = append(out, st)
	}
	p := store.Profile{}
	var r store.Rules
	for name, v := range map[string]any{"profil.json": &p, "regles.json": &r} {
		data, err := os.ReadFile(filepath.Join(dir, shareDir, name))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err == nil {
			err = json.Unmarshal(data, v)
		}
		if err != nil {
			return nil, nil, r, fmt.Errorf(i18n.T("« %s » illisible : %w", "%q unreadable: %w"), filepath.Join(dir, shareDir, name), err)
		}
	}
	return out, p, r, nil
}

// sharedTemplate is the history of cur (the .md) as the folder carries it.
func sharedTemplate(dir string, cur library.Template) (store.SharedTemplate, error) {
	st := store.SharedTemplate{ID: cur.ID}
	f, err := readSharedFile(dir, cur.ID)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return st, err
	}
	for _, v := range f.Versions {
		ts, err := library.Parse(filepath.Join(dir, shareDir, cur.ID+".json"), []byte(v.Text))
		if err != nil || len(ts) != 1 || ts[0].ID != cur.ID {
			return st, fmt.Errorf(i18n.T("« %s » : la version %d est illisible", "%q: version %d is unreadable"),
				filepath.Join(dir, shareDir, cur.ID+".json"), v.Number)
		}
		st.Versions = append(st.Versions, store.Version{Number: v.Number, Template: ts[0], Time: v.Time, Note: v.Reason, Role: v.Role})
	}
	curText := string(library.Format(cur))
	if n := len(st.Versions); n == 0 || string(library.Format(st.Versions[n-1].Template)) != curText {
		st.Versions = append(st.Versions, store.Version{Template: cur, Time: time.Now(),
			Note: i18n.T("modifié dans le dossier partagé", "edited in the shared folder")})
	}
	return st, nil
}
