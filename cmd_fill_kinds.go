package main

import (
	"errors"
	"fmt"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// kindsError gathers the values that do not fit their variable's kind
// (library.KindError): `fill` refuses them before any classification,
// with exit 2, naming each variable and never repeating its value.
type kindsError struct{ errs []error }

func (e *kindsError) Error() string { return errors.Join(e.errs...).Error() }

// checkKinds checks the values a template will be filled with (profile,
// defaults and --set/--valeurs merged) against the kinds of its variables.
func checkKinds(t library.Template, profile store.Profile, values map[string]string) error {
	if errs := t.CheckKinds(values, library.AssociationOf(profile)); len(errs) > 0 {
		return &kindsError{errs: errs}
	}
	return nil
}

// printKindsError says which values were refused and why; exit code 2.
func printKindsError(io streams, e *kindsError) int {
	fmt.Fprintln(io.err, i18n.T(
		"tamis fill : valeur refusée avant toute vérification, elle ne correspond pas au type de sa variable :",
		"tamis fill: value refused before any check, it does not fit its variable's type:"))
	for _, err := range e.errs {
		fmt.Fprintf(io.err, "  %s\n", err)
	}
	fmt.Fprintln(io.err, i18n.T("Rien n’a été affiché.", "Nothing was printed."))
	return exitUsage
}
