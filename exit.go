package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/referent"
)

// usageError is a mistake in the command line: exit code 2, the message
// and the command's help on stderr. A mistake in a value (an unknown
// variable, a choice outside the list) has its own message, which already
// says what is allowed: the help is only pointed at.
type usageError struct {
	msg      string
	valueErr bool
}

func (e *usageError) Error() string { return e.msg }

// usageErrorf builds a usageError; the message says what to type instead.
func usageErrorf(format string, a ...any) error {
	return &usageError{msg: fmt.Sprintf(format, a...)}
}

// valueErrorf builds a usageError about a value rather than the syntax.
func valueErrorf(format string, a ...any) error {
	return &usageError{msg: fmt.Sprintf(format, a...), valueErr: true}
}

// statusError ends a command with a code that is not a failure but a
// result the command has already explained on the output (3: doubt, 4:
// blocked), or a failure it has already reported.
type statusError struct{ code int }

func (e *statusError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// exitWith returns nil for exitOK, else the error that ends with code.
func exitWith(code int) error {
	if code == exitOK {
		return nil
	}
	return &statusError{code}
}

// exitCodeFor is the one place where what a command returned becomes an exit
// code, and where errors are printed: usage errors with the help of the
// command at fault, a wrong passphrase as such, any other error in the
// user's words (userMessage).
func exitCodeFor(io streams, cmd *cobra.Command, err error) int {
	var usage *usageError
	var status *statusError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &status):
		return status.code
	case errors.As(err, &usage):
		name := "tamis"
		if cmd != nil && cmd.HasParent() {
			name = "tamis " + cmd.Name()
		}
		switch {
		case usage.valueErr:
			fmt.Fprintf(io.err, i18n.T("%s : %s\n(« %s --help » pour l’aide)\n", "%s: %s\n(“%s --help” for help)\n"), name, usage.msg, name)
		case cmd != nil:
			fmt.Fprintf(io.err, i18n.T("%s : %s\n\n", "%s: %s\n\n"), name, usage.msg)
			printHelp(io.err, cmd)
		}
		return exitUsage
	case errors.Is(err, referent.ErrWrongPhrase):
		fmt.Fprintln(io.err, i18n.T("tamis : phrase de passe incorrecte ; rien n’a été fait.",
			"tamis: wrong passphrase; nothing was done."))
		return exitDenied
	}
	return fail(io, err)
}

// fail prints an error for the user and returns exit code 1.
func fail(io streams, err error) int {
	fmt.Fprintf(io.err, i18n.T("tamis : %s\n", "tamis: %s\n"), userMessage(err))
	return exitError
}
