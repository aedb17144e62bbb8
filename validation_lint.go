package main

import (
	"fmt"
	"io"

	"tamis/i18n"
	"tamis/library/lint"
	"tamis/store"
)

// A validation passes the lint too: a template whose lint has an error
// (a variable used but never described, a parse error…) cannot be
// validated, as import makes it a draft. The lint reads the template as
// `tamis show ID` prints it, so its lines are those of that text.

// validationLint builds the lint's options from the store, as `tamis lint`
// does.
func validationLint(st *store.Store) (lint.Options, error) {
	rules, err := st.ClassifierRules()
	if err != nil {
		return lint.Options{}, err
	}
	profile, err := st.Profile()
	if err != nil {
		return lint.Options{}, err
	}
	return newLintOptions(rules, profile), nil
}

// printLintRefusal says why t is not validated: one line an error.
func printLintRefusal(w io.Writer, id string, fs []lint.Finding) {
	fmt.Fprintf(w, i18n.T("tamis : %s n’est pas validé : le lint y trouve %d erreur(s) (lignes de tamis show %s) :\n",
		"tamis: %s is not validated: the lint finds %d error(s) in it (lines of tamis show %s):\n"), id, len(fs), id)
	for _, f := range fs {
		fmt.Fprintf(w, "  %s: %s\n", place(f), f.Msg)
	}
}
