package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"tamis/i18n"
)

// phraseSource says where a référent command may read passphrases: the
// file of --phrase-fichier, else the terminal, else one line of stdin —
// unless the command reads its own data from stdin (import -), in which
// case the terminal (/dev/tty) or the file is the only way. Never an
// environment variable: the environment of a process can be read by other
// processes of the same user and is inherited by its children.
type phraseSource struct {
	file      string
	stdinBusy bool
}

// addPhraseFlag adds --passphrase-file (--phrase-fichier) to a référent command.
func addPhraseFlag(c *cobra.Command, src *phraseSource) {
	c.Flags().StringVar(&src.file, "passphrase-file", "", i18n.T(
		"lit la phrase de passe du référent dans ce fichier (première ligne), pour les scripts",
		"read the référent passphrase from this file (first line), for scripts"))
	withPlaceholder(c.Flags(), "passphrase-file", i18n.T("FICHIER", "FILE"))
}

// maxPhraseLine bounds one line read as a passphrase.
const maxPhraseLine = 4096

// phraseReader gives the passphrases of one command, one after the other,
// from one source: a terminal asked with no echo, or lines of a file or of
// stdin.
type phraseReader struct {
	term   *os.File      // a terminal: ask, without echo
	prompt io.Writer     // where questions go when asking a terminal
	lines  *bufio.Reader // otherwise one passphrase per line
	closer io.Closer
}

// openPhrases picks the source of the passphrases, in the order of phraseSource.
func openPhrases(src phraseSource, io streams) (*phraseReader, error) {
	if src.file != "" {
		f, err := os.Open(src.file)
		if err != nil {
			return nil, fmt.Errorf(i18n.T("impossible de lire la phrase de passe dans « %s » : %w",
				"cannot read the passphrase from %q: %w"), src.file, fsReason(err))
		}
		return &phraseReader{lines: bufio.NewReader(io2limit(f)), closer: f}, nil
	}
	if f, ok := io.in.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return &phraseReader{term: f, prompt: io.err}, nil
	}
	if !src.stdinBusy {
		return &phraseReader{lines: bufio.NewReader(io2limit(io.in))}, nil
	}
	if tty, err := referentHooks.openTTY(); err == nil {
		return &phraseReader{term: tty, prompt: tty, closer: tty}, nil
	}
	return nil, errors.New(i18n.T(
		"l’entrée standard porte déjà les données de la commande : donnez la phrase de passe avec --phrase-fichier FICHIER",
		"standard input already carries the command’s data: give the passphrase with --passphrase-file FILE"))
}

func io2limit(r io.Reader) io.Reader { return io.LimitReader(r, maxPhraseLine+1) }

// interactive reports whether a person is asked, who can be asked twice.
func (r *phraseReader) interactive() bool { return r.term != nil }

func (r *phraseReader) close() {
	if r.closer != nil {
		r.closer.Close()
	}
}

// noPhraseError: the answer was empty. A comparable type, so that import
// can tell it from other failures with errors.Is.
type noPhraseError struct{}

func errNoPhrase() error { return noPhraseError{} }

func (noPhraseError) Error() string {
	return i18n.T("phrase de passe absente (ligne vide ou fin de l’entrée) : tamis la demande au terminal, sinon la lit sur l’entrée standard ou dans le fichier de --phrase-fichier",
		"no passphrase (empty line or end of input): tamis asks it on the terminal, else reads it from standard input or from the file of --passphrase-file")
}

// ask reads one passphrase. The error never holds what was read.
func (r *phraseReader) ask(question string) (string, error) {
	if r.term != nil {
		return askTerminal(r.term, r.prompt, question)
	}
	line, err := r.lines.ReadString('\n')
	switch {
	case len(line) > maxPhraseLine:
		return "", errors.New(i18n.T("phrase de passe trop longue", "passphrase too long"))
	case err != nil && !errors.Is(err, io.EOF):
		return "", fmt.Errorf(i18n.T("impossible de lire la phrase de passe : %w", "cannot read the passphrase: %w"), fsReason(err))
	case line == "" || line == "\n" || line == "\r\n":
		return "", errNoPhrase()
	}
	return line, nil
}

// askTerminal asks on a terminal with echo off. Ctrl-C while it is off
// would leave the terminal without echo: the signal restores it first.
func askTerminal(tty *os.File, prompt io.Writer, question string) (string, error) {
	fd := int(tty.Fd())
	state, err := term.GetState(fd)
	if err != nil {
		return "", err
	}
	sig := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case <-sig:
			_ = term.Restore(fd, state)
			fmt.Fprintln(prompt)
			os.Exit(130)
		case <-done:
		}
	}()
	defer func() { signal.Stop(sig); close(done) }()
	fmt.Fprint(prompt, question)
	b, err := term.ReadPassword(fd)
	fmt.Fprintln(prompt)
	if err != nil {
		return "", fmt.Errorf(i18n.T("impossible de lire la phrase de passe : %w", "cannot read the passphrase: %w"), fsReason(err))
	}
	if len(b) == 0 {
		return "", errNoPhrase()
	}
	return string(b), nil
}

// openTTY opens the controlling terminal, to ask the passphrase when stdin
// carries data. Windows has none by that name: --phrase-fichier there.
func openTTY() (*os.File, error) {
	if runtime.GOOS == "windows" {
		return nil, errors.ErrUnsupported
	}
	return os.OpenFile("/dev/tty", os.O_RDWR, 0)
}
