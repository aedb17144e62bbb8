// Package validation is the check a template passes before it is saved as
// validated: no personal or sensitive data in its fixed wording, and no
// error from the lint. The command line (tamis validate, restore, propose,
// share) and the TUI's référent screen call the same functions, so that a
// template refused by one is refused by the other.
package validation

import (
	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/library/lint"
)

// New builds the classifier and the lint's options of the validation from
// the association's rules and profile: the allow and deny lists apply, the
// profile does not vouch for the fixed wording.
func New(rules classify.Rules, profile map[string]string) (*classify.Classifier, lint.Options) {
	rules.Profile = nil
	c := classify.New(rules)
	return c, lint.Options{Classifier: c, Profile: profile}
}

// LintErrors returns the lint's errors on t, read as `tamis show ID`
// prints it, so that its lines are those of that text.
func LintErrors(o lint.Options, t library.Template) []lint.Finding {
	return lint.File(t.ID, library.Format(t), o).ErrorsFor(t.ID)
}

// FixedWordingError carries the findings of a guard that refused.
type FixedWordingError struct{ Found []Finding }

func (e FixedWordingError) Error() string {
	return i18n.T("texte fixe avec des données personnelles ou sensibles", "fixed wording with personal or sensitive data")
}

// LintError carries the lint's errors out of a guard that refused.
type LintError struct{ Found []lint.Finding }

func (e LintError) Error() string {
	return i18n.T("erreurs du lint", "lint errors")
}

// Guard refuses, inside the store's write (it has the shape of
// store.Guard), a validated text whose fixed wording holds personal or
// sensitive data (FixedWordingError), or in which the lint finds an error
// (LintError). Other statuses pass.
func Guard(c *classify.Classifier, o lint.Options) func(library.Template) error {
	return func(t library.Template) error {
		if t.Status != library.StatusValidated {
			return nil
		}
		if fs := CheckFixedWording(c, t); len(fs) > 0 {
			return FixedWordingError{fs}
		}
		if errs := LintErrors(o, t); len(errs) > 0 {
			return LintError{errs}
		}
		return nil
	}
}
