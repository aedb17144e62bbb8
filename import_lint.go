package main

import (
	"fmt"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/lint"
	"tamis/store"
)

// A template that the lint finds an error in cannot be validated: import
// keeps it, as a draft, rather than refusing the whole file (nothing is
// lost, and the référent fixes it in the list of drafts), and says why.
// Warnings are not repeated here: `tamis lint` shows them.

// maxImportFindings bounds what import prints of the lint: past it,
// `tamis lint` says the rest.
const maxImportFindings = 10

// demoted is a template imported as a draft, with the lint's errors.
type demoted struct {
	id     string
	errors []lint.Finding
}

// lintImport lints every source with the store's rules and profile, and
// turns each template whose status was validé and that has a lint error
// into a draft. It returns those templates.
func lintImport(st *store.Store, sources []library.Source, ts []library.Template) ([]demoted, error) {
	rules, err := st.ClassifierRules()
	if err != nil {
		return nil, err
	}
	profile, err := st.Profile()
	if err != nil {
		return nil, err
	}
	errsOf := map[string][]lint.Finding{}
	for _, r := range lintSources(sources, newLintOptions(rules, profile)) {
		for _, f := range r.Findings {
			if f.Severity == lint.Error {
				errsOf[f.Template] = append(errsOf[f.Template], f)
			}
		}
	}
	var out []demoted
	for i := range ts {
		if errs := errsOf[ts[i].ID]; len(errs) > 0 && ts[i].Status == library.StatusValidated {
			ts[i].Status = library.StatusDraft
			out = append(out, demoted{id: ts[i].ID, errors: errs})
		}
	}
	return out, nil
}

// printDemoted tells the référent which templates became drafts and why.
func printDemoted(io streams, ds []demoted) {
	if len(ds) == 0 {
		return
	}
	fmt.Fprintf(io.err, i18n.T(
		"tamis : %d modèle(s) importé(s) en brouillon, car ils ne peuvent pas être validés tels quels :\n",
		"tamis: %d template(s) imported as drafts, as they cannot be validated as they are:\n"), len(ds))
	shown, total := 0, 0
	for _, d := range ds {
		for _, f := range d.errors {
			total++
			if shown < maxImportFindings {
				fmt.Fprintf(io.err, "  %s: %s\n", place(f), f.Msg)
				shown++
			}
		}
	}
	if total > shown {
		fmt.Fprintf(io.err, i18n.T("  … et %d autre(s) : tamis lint pour tout voir.\n",
			"  … and %d more: tamis lint to see them all.\n"), total-shown)
	}
}
