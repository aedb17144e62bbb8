package store

import (
	"fmt"
	"io/fs"

	"tamis/i18n"
	"tamis/library"
)

// parseSeed reads the default library: every *.md file at the root of fsys,
// parsed together so that a duplicate id across files is caught. It runs
// only when a database is created, so a template the référent deletes later
// does not come back.
func parseSeed(fsys fs.FS) ([]library.Template, error) {
	if fsys == nil {
		return nil, nil
	}
	names, err := fs.Glob(fsys, "*.md")
	if err != nil {
		return nil, err
	}
	sources := make([]library.Source, 0, len(names))
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		sources = append(sources, library.Source{Name: "prompts/" + name, Data: data})
	}
	located, err := library.ParseAll(sources)
	if err != nil {
		return nil, fmt.Errorf("%s%w", i18n.T("bibliothèque par défaut illisible : ", "unreadable default library: "), err)
	}
	ts := make([]library.Template, len(located))
	for i, l := range located {
		ts[i] = l.Template
	}
	if err := validateAll(ts); err != nil {
		return nil, fmt.Errorf("%s%w", i18n.T("bibliothèque par défaut invalide : ", "invalid default library: "), err)
	}
	return ts, nil
}
