package main

import (
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"tamis/library"
	"tamis/prompts"
	"tamis/store"
)

// Completion reads the templates of the database named by --db, $TAMIS_DB
// or the system's folder. Completing never creates a database: when there
// is none yet, it offers the embedded default library, which the first
// open would seed. Errors complete nothing rather than print.

// completeIDs completes the template id of show (all statuses) or fill
// (validated only), with the title as the shell's description.
func completeIDs(a *app, all bool) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		prefix := strings.ToUpper(toComplete)
		var out []string
		for _, t := range completionTemplates(a.db, all) {
			if strings.HasPrefix(t.ID, prefix) {
				out = append(out, t.ID+"\t"+t.Title)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeSet completes `--set NAME=` with the variables of the template
// already given, and, after the « = » of a choice variable, its choices.
func completeSet(a *app) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) == 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		t, ok := completionTemplate(a.db, args[0])
		if !ok {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		if name, _, typed := strings.Cut(toComplete, "="); typed {
			return choicesOf(t, name), cobra.ShellCompDirectiveNoFileComp
		}
		var out []string
		for _, v := range t.Variables {
			if strings.HasPrefix(library.Normalize(v.Name), library.Normalize(toComplete)) {
				out = append(out, v.Name+"=")
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	}
}

// choicesOf is NAME=CHOICE for each choice of the variable name.
func choicesOf(t library.Template, name string) []string {
	var out []string
	for _, v := range t.Variables {
		if library.Normalize(v.Name) == library.Normalize(name) {
			for _, c := range v.Choices {
				out = append(out, name+"="+c)
			}
		}
	}
	return out
}

// completionTemplates lists the templates to complete, validated only
// unless all.
func completionTemplates(db string, all bool) []library.Template {
	if st, ok := existingStore(db); ok {
		ts, _ := st.List(all)
		return ts
	}
	var out []library.Template
	for _, t := range defaultLibrary() {
		if all || t.Status == library.StatusValidated {
			out = append(out, t)
		}
	}
	return out
}

// completionTemplate reads one template, any case.
func completionTemplate(db, id string) (library.Template, bool) {
	id = strings.ToUpper(id)
	if st, ok := existingStore(db); ok {
		t, err := st.Get(id)
		return t, err == nil
	}
	for _, t := range defaultLibrary() {
		if t.ID == id {
			return t, true
		}
	}
	return library.Template{}, false
}

// existingStore opens the database only when its file exists.
func existingStore(db string) (*store.Store, bool) {
	path, err := store.ResolvePath(db)
	if err != nil {
		return nil, false
	}
	if _, err := os.Stat(path); err != nil {
		return nil, false
	}
	st, err := store.Open(path)
	return st, err == nil
}

// defaultLibrary parses the embedded templates, as a first open seeds them.
func defaultLibrary() []library.Template {
	names, _ := fs.Glob(prompts.FS, "*.md")
	sources := make([]library.Source, 0, len(names))
	for _, n := range names {
		if data, err := fs.ReadFile(prompts.FS, n); err == nil {
			sources = append(sources, library.Source{Name: n, Data: data})
		}
	}
	located, _ := library.ParseAll(sources)
	ts := make([]library.Template, len(located))
	for i, l := range located {
		ts[i] = l.Template
	}
	return ts
}
