package library

import (
	"fmt"
	"strings"

	"tamis/i18n"
)

// ParseError locates a problem in a template file so that the référent can
// open the file at the right place. Line and Col are 1-based; Col counts
// runes (what an editor shows) and is 0 when the whole line is at fault.
type ParseError struct {
	File string
	Line int
	Col  int
	Msg  string // already localized
}

func (e *ParseError) Error() string {
	switch {
	case e.Line == 0:
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	case e.Col == 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// DuplicateError reports an id defined twice. It names both places, because
// the référent must decide which of the two versions to keep.
type DuplicateError struct {
	ID        string
	File      string // the second definition
	Line      int
	FirstFile string // the first definition
	FirstLine int
}

func (e *DuplicateError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, fmt.Sprintf(
		i18n.T("identifiant %s en double (déjà défini en %s:%d)", "duplicate id %s (already defined at %s:%d)"),
		e.ID, e.FirstFile, e.FirstLine))
}

// MissingError lists, in the order a volunteer meets them, the variables
// still without a value when a template is filled.
type MissingError struct {
	Names []string
}

func (e *MissingError) Error() string {
	quoted := make([]string, len(e.Names))
	for i, n := range e.Names {
		quoted[i] = "[" + n + "]"
	}
	if len(e.Names) == 1 {
		return i18n.T("variable à remplir : ", "variable to fill in: ") + quoted[0]
	}
	return i18n.T("variables à remplir : ", "variables to fill in: ") + strings.Join(quoted, ", ")
}

// maxErrors bounds how many problems one file reports: past a few dozen the
// file is not a template file at all, and a wall of errors helps nobody.
const maxErrors = 20

// errList gathers the errors of one parse.
type errList struct {
	file    string
	errs    []error
	dropped int
}

func (l *errList) add(line, col int, msg string) {
	if len(l.errs) >= maxErrors {
		l.dropped++
		return
	}
	l.errs = append(l.errs, &ParseError{File: l.file, Line: line, Col: col, Msg: msg})
}

func (l *errList) list() []error {
	if l.dropped == 0 {
		return l.errs
	}
	msg := fmt.Sprintf(i18n.T("%d autres erreurs non affichées", "%d more errors not shown"), l.dropped)
	return append(l.errs, &ParseError{File: l.file, Msg: msg})
}
