package main

import (
	"fmt"
	"io"
	"os"

	"tamis/i18n"
)

// checkedWriter remembers the first error of the writer it wraps. Each
// fmt.Fprint* of a command is not checked one by one; the command's output
// is checked once, at its end (finish), so that a full disk or /dev/full
// is an error and never a silent success with an empty backup.
type checkedWriter struct {
	w        io.Writer
	err      error
	synced   bool
	reported bool // the error was returned by flushOut: say it once
	saved    bool // the command changed something before its output failed
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	c.err = err
	return n, err
}

// finish returns the first write error. When the output is a regular file
// (`tamis export - > sauvegarde.md`) it is also synced once, because some
// file systems only report a full disk when the data reaches it.
func (c *checkedWriter) finish() error {
	if c.err != nil || c.synced {
		return c.err
	}
	c.synced = true
	if f, ok := c.w.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			c.err = f.Sync()
		}
	}
	return c.err
}

// outputError says that the standard output could not be written, and why.
func outputError(err error) error {
	return fmt.Errorf(i18n.T("impossible d’écrire sur la sortie standard : %w", "cannot write to standard output: %w"), fsReason(err))
}

// flushOut checks what the command has written to stdout so far. fill
// calls it before recording that a prompt was printed; run calls it at the
// end of every command. A failure is returned once, so it is printed once.
func (s streams) flushOut() error {
	c, ok := s.out.(*checkedWriter)
	if !ok || c.reported {
		return nil
	}
	if err := c.finish(); err != nil {
		c.reported = true
		if c.saved {
			return fmt.Errorf(i18n.T("%w (la modification a bien été enregistrée)", "%w (the change was saved)"), outputError(err))
		}
		return outputError(err)
	}
	return nil
}

// markSaved notes that the command has changed the database or written its
// files: if the report that follows cannot be printed, the error says that
// the change itself was made, so that nobody does it twice.
func (s streams) markSaved() {
	if c, ok := s.out.(*checkedWriter); ok {
		c.saved = true
	}
}
