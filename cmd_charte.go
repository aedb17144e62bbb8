package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/glamour"
	"golang.org/x/term"

	"tamis/i18n"
	"tamis/method"
	"tamis/store"
)

// charteOptions are the choices of `tamis charte`; at most one action.
type charteOptions struct {
	sign, erase, edit string
	register, csv     bool
	src               phraseSource
}

// cmdCharte shows the charter, signs it, or serves the référent's register.
func cmdCharte(args []string, io streams) int {
	f := newFlags("charte")
	var o charteOptions
	f.StringVar(&o.sign, "signer", "", i18n.T("signe la charte de ce prénom ou de ces initiales, à votre choix", "sign the charter with this first name or these initials, your choice"))
	f.BoolVar(&o.register, "registre", false, i18n.T("affiche le registre des signatures (référent)", "show the register of signatures (référent)"))
	f.BoolVar(&o.csv, "csv", false, i18n.T("avec --registre : au format CSV", "with --registre: as CSV"))
	f.StringVar(&o.erase, "effacer", "", i18n.T("efface la signature de ce nom, à la demande de la personne (référent)", "erase the signature under this name, at the person's request (référent)"))
	f.StringVar(&o.edit, "modifier", "", i18n.T("remplace le texte de la charte par ce fichier Markdown, - pour l’entrée standard (référent)", "replace the charter's text with this Markdown file, - for stdin (référent)"))
	f.addPhraseFlag(&o.src)
	st, code, ok := f.parseAndOpen(args, io)
	if !ok {
		return code
	}
	if msg := o.conflict(); msg != "" {
		return f.usageError(io, msg)
	}
	switch {
	case o.sign != "":
		return signCharter(st, io, o.sign, time.Now())
	case o.register:
		return referentThen(st, io, o.src, func() int { return printRegister(st, io, o.csv) })
	case o.erase != "":
		return referentThen(st, io, o.src, func() int { return eraseSignature(st, io, o.erase) })
	case o.edit != "":
		o.src.stdinBusy = o.edit == "-"
		return editCharter(st, io, o.edit, o.src)
	}
	return showCharter(st, io)
}

// conflict names two actions asked together, or --csv alone.
func (o charteOptions) conflict() string {
	n := 0
	for _, on := range []bool{o.sign != "", o.register, o.erase != "", o.edit != ""} {
		if on {
			n++
		}
	}
	switch {
	case n > 1:
		return i18n.T("une seule action à la fois : --signer, --registre, --effacer ou --modifier", "one action at a time: --signer, --registre, --effacer or --modifier")
	case o.csv && !o.register:
		return i18n.T("--csv va avec --registre", "--csv goes with --registre")
	}
	return ""
}

// referentThen runs action once the référent's passphrase is checked.
func referentThen(st *store.Store, io streams, src phraseSource, action func() int) int {
	if code := requireReferent(st, io, src); code != exitOK {
		return code
	}
	return action()
}

// showCharter prints the charter: rendered by glamour on a terminal, as
// Markdown otherwise (a pipe, a file), with its version.
func showCharter(st *store.Store, io streams) int {
	text, err := st.Charter()
	if err != nil {
		return fail(io, err)
	}
	version, err := st.CharterVersion()
	if err != nil {
		return fail(io, err)
	}
	text = method.CharterOrDefault(text)
	if width, ok := terminalWidth(io.out); ok {
		text = renderMarkdown(text, width)
	}
	fmt.Fprintln(io.out, strings.TrimRight(text, "\n"))
	fmt.Fprintf(io.out, i18n.T("\n(version %d — pour signer : tamis charte --signer PRÉNOM)\n", "\n(version %d — to sign: tamis charte --signer FIRSTNAME)\n"), version)
	return exitOK
}

// terminalWidth is the width of out when it is a terminal.
func terminalWidth(out io.Writer) (int, bool) {
	if c, ok := out.(*checkedWriter); ok {
		out = c.w
	}
	f, ok := out.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0, false
	}
	w, _, err := term.GetSize(int(f.Fd()))
	if err != nil || w < 20 {
		w = 80
	}
	return min(w, 100), true
}

// renderMarkdown renders with glamour; the Markdown itself when it fails.
func renderMarkdown(text string, width int) string {
	r, err := glamour.NewTermRenderer(glamour.WithAutoStyle(), glamour.WithWordWrap(width-2))
	if err != nil {
		return text
	}
	out, err := r.Render(text)
	if err != nil {
		return text
	}
	return out
}

func signCharter(st *store.Store, io streams, name string, now time.Time) int {
	sig, err := st.Sign(name, now)
	if err != nil {
		return fail(io, err)
	}
	io.markSaved()
	fmt.Fprintf(io.out, i18n.T("Merci, %s : signature de la charte (version %d) enregistrée le %s.\n", "Thank you, %s: signature of the charter (version %d) recorded on %s.\n"),
		sig.Name, sig.Version, sig.Date.Format("02/01/2006"))
	fmt.Fprintln(io.out, i18n.T("Vous pouvez demander au référent d’effacer votre signature à tout moment.", "You may ask the référent to erase your signature at any time."))
	return exitOK
}

func printRegister(st *store.Store, io streams, asCSV bool) int {
	list, err := st.Signatures()
	if err != nil {
		return fail(io, err)
	}
	current, err := st.CharterVersion()
	if err != nil {
		return fail(io, err)
	}
	if asCSV {
		if err := store.WriteSignaturesCSV(io.out, list, current); err != nil {
			return fail(io, err)
		}
		return exitOK
	}
	fmt.Fprintf(io.out, i18n.T("Registre des signatures (charte en version %d) :\n", "Register of signatures (charter at version %d):\n"), current)
	older := 0
	for _, s := range list {
		note := ""
		if s.Version != current {
			older++
			note = i18n.T("  ← ancienne version : à re-signer", "  ← older version: to sign again")
		}
		fmt.Fprintf(io.out, "  %-20s %s  version %d%s\n", s.Name, s.Date.Format("02/01/2006"), s.Version, note)
	}
	fmt.Fprintf(io.out, i18n.T("%d signature(s), dont %d sur une ancienne version.\n", "%d signature(s), %d of them on an older version.\n"), len(list), older)
	return exitOK
}

func eraseSignature(st *store.Store, io streams, name string) int {
	if err := st.EraseSignature(name); err != nil {
		return fail(io, err)
	}
	io.markSaved()
	fmt.Fprintf(io.out, i18n.T("Signature « %s » effacée du registre.\n", "Signature %q erased from the register.\n"), strings.TrimSpace(name))
	return exitOK
}

// editCharter replaces the charter's text with a file's, after the
// passphrase; an empty text goes back to the default charter.
func editCharter(st *store.Store, io streams, from string, src phraseSource) int {
	text, err := readTextArg(io, from)
	if err != nil {
		return fail(io, err)
	}
	if code := beforeChange(st, io, src); code != exitOK {
		return code
	}
	if err := st.SetCharter(text); err != nil {
		return fail(io, err)
	}
	io.markSaved()
	v, _ := st.CharterVersion()
	fmt.Fprintf(io.out, i18n.T("Charte enregistrée (version %d) : chacun est invité à la signer de nouveau.\n", "Charter saved (version %d): everyone is asked to sign it again.\n"), v)
	return exitOK
}
