package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/glamour"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"tamis/i18n"
	"tamis/library"
	"tamis/method"
	"tamis/store"
)

// charteOptions are the choices of `tamis charte`; at most one action.
type charteOptions struct {
	sign, erase, edit string
	beforeCopy        string // on|off: the charter before the first copy of the day
	register, csv     bool
	src               phraseSource
}

func charteCmd(a *app) *cobra.Command {
	var o charteOptions
	c := &cobra.Command{
		Use:   i18n.T("charte [--sign PRÉNOM] [--register [--csv]] [--erase NOM] [--edit FICHIER|-] [--before-copy on|off]", "charte [--sign NAME] [--register [--csv]] [--erase NAME] [--edit FILE|-] [--before-copy on|off]"),
		Short: i18n.T("affiche la charte, la signe ; registre des signatures pour le référent", "show the charter, sign it; the register of signatures for the référent"),
		Long: i18n.T(`La charte suit les huit parties de la méthode. Chaque bénévole la signe
une fois, de son prénom ou de ses initiales, à son choix ; le registre dit
qui a signé une ancienne version. Le registre, l’effacement d’une signature
(à la demande de la personne) et la modification du texte sont réservés au
référent, comme --avant-copie on : avant la première copie du jour sur ce
poste, l’interface montre la charte et demande de la signer ou de
confirmer qu’elle l’est déjà (seule la date est gardée, aucun nom).`, `The charter follows the method's eight sections. Each volunteer signs it
once, with a first name or initials, their choice; the register shows who
signed an older version. The register, erasing a signature (at the
person's request) and editing the text are the référent's, as is
--before-copy on: before the first copy of the day on this laptop, the
interface shows the charter and asks to sign it or to confirm it is
signed already (only the date is kept, no name).`),
		Example: i18n.T(`  tamis charte
  tamis charte --signer Awa
  tamis charte --registre --csv > registre.csv
  tamis charte --effacer Awa
  tamis charte --modifier charte.md
  tamis charte --avant-copie on`, `  tamis charte
  tamis charte --sign Awa
  tamis charte --register --csv > register.csv
  tamis charte --erase Awa
  tamis charte --edit charter.md
  tamis charte --before-copy on`),
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return runCharte(a, o) },
	}
	f := c.Flags()
	f.StringVar(&o.sign, "sign", "", i18n.T("signe la charte de ce prénom ou de ces initiales, à votre choix", "sign the charter with this first name or these initials, your choice"))
	f.BoolVar(&o.register, "register", false, i18n.T("affiche le registre des signatures (référent)", "show the register of signatures (référent)"))
	f.BoolVar(&o.csv, "csv", false, i18n.T("avec --register : au format CSV", "with --register: as CSV"))
	f.StringVar(&o.erase, "erase", "", i18n.T("efface la signature de ce nom, à la demande de la personne (référent)", "erase the signature under this name, at the person's request (référent)"))
	// --effacer is the French alias of --unset for every command: here it
	// erases a signature.
	f.StringVar(&o.erase, "unset", "", "")
	_ = f.MarkHidden("unset")
	f.StringVar(&o.edit, "edit", "", i18n.T("remplace le texte de la charte par ce fichier Markdown, - pour l’entrée standard (référent)", "replace the charter's text with this Markdown file, - for stdin (référent)"))
	f.StringVar(&o.beforeCopy, "before-copy", "", i18n.T("la charte avant la première copie du jour dans l’interface (référent)", "the charter before the first copy of the day in the interface (référent)"))
	withPlaceholder(f, "sign", i18n.T("PRÉNOM", "NAME"))
	withPlaceholder(f, "erase", i18n.T("NOM", "NAME"))
	withPlaceholder(f, "edit", i18n.T("FICHIER", "FILE"))
	withPlaceholder(f, "before-copy", "on|off")
	addPhraseFlag(c, &o.src)
	return c
}

// runCharte does the one action asked, or shows the charter.
func runCharte(a *app, o charteOptions) error {
	if msg := o.conflict(); msg != "" {
		return usageErrorf("%s", msg)
	}
	st, err := openStore(a.db)
	if err != nil {
		return err
	}
	switch {
	case o.sign != "":
		return signCharter(st, a.io, o.sign, time.Now())
	case o.register:
		return referentThen(st, a.io, o.src, func() error { return printRegister(st, a.io, o.csv) })
	case o.erase != "":
		return referentThen(st, a.io, o.src, func() error { return eraseSignature(st, a.io, o.erase) })
	case o.edit != "":
		o.src.stdinBusy = o.edit == "-"
		return editCharter(st, a.io, o.edit, o.src)
	case o.beforeCopy != "":
		return setCharterBeforeCopy(st, a.io, o.beforeCopy, o.src)
	}
	return showCharter(st, a.io)
}

// conflict names two actions asked together, or --csv alone.
func (o charteOptions) conflict() string {
	n := 0
	for _, on := range []bool{o.sign != "", o.register, o.erase != "", o.edit != "", o.beforeCopy != ""} {
		if on {
			n++
		}
	}
	switch {
	case n > 1:
		return i18n.T("une seule action à la fois : --signer, --registre, --effacer, --modifier ou --avant-copie", "one action at a time: --sign, --register, --erase, --edit or --before-copy")
	case o.csv && !o.register:
		return i18n.T("--csv va avec --registre", "--csv goes with --register")
	}
	return ""
}

// referentThen runs action once the référent's passphrase is checked.
func referentThen(st *store.Store, io streams, src phraseSource, action func() error) error {
	if err := requireReferent(st, io, src); err != nil {
		return err
	}
	return action()
}

// showCharter prints the charter: rendered by glamour on a terminal, as
// Markdown otherwise (a pipe, a file), with its version.
func showCharter(st *store.Store, io streams) error {
	text, err := st.Charter()
	if err != nil {
		return err
	}
	version, err := st.CharterVersion()
	if err != nil {
		return err
	}
	text = method.CharterOrDefault(text)
	if width, ok := terminalWidth(io.out); ok {
		text = renderMarkdown(text, width)
	}
	fmt.Fprintln(io.out, strings.TrimRight(text, "\n"))
	fmt.Fprintf(io.out, i18n.T("\n(version %d — pour signer : tamis charte --signer PRÉNOM)\n", "\n(version %d — to sign: tamis charte --sign NAME)\n"), version)
	return nil
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

func signCharter(st *store.Store, io streams, name string, now time.Time) error {
	sig, err := st.Sign(name, now)
	if err != nil {
		return err
	}
	io.markSaved()
	fmt.Fprintf(io.out, i18n.T("Merci, %s : signature de la charte (version %d) enregistrée le %s.\n", "Thank you, %s: signature of the charter (version %d) recorded on %s.\n"),
		sig.Name, sig.Version, sig.Date.Format(dayLayout()))
	fmt.Fprintln(io.out, i18n.T("Vous pouvez demander au référent d’effacer votre signature à tout moment.", "You may ask the référent to erase your signature at any time."))
	return nil
}

func printRegister(st *store.Store, io streams, asCSV bool) error {
	list, err := st.Signatures()
	if err != nil {
		return err
	}
	current, err := st.CharterVersion()
	if err != nil {
		return err
	}
	if asCSV {
		if err := store.WriteSignaturesCSV(io.out, list, current); err != nil {
			return err
		}
		return nil
	}
	fmt.Fprintf(io.out, i18n.T("Registre des signatures (charte en version %d) :\n", "Register of signatures (charter at version %d):\n"), current)
	older := 0
	for _, s := range list {
		note := ""
		if s.Version != current {
			older++
			note = i18n.T("  ← ancienne version : à re-signer", "  ← older version: to sign again")
		}
		fmt.Fprintf(io.out, "  %-20s %s  version %d%s\n", s.Name, s.Date.Format(dayLayout()), s.Version, note)
	}
	fmt.Fprintf(io.out, i18n.T("%d signature(s), dont %d sur une ancienne version.\n", "%d signature(s), %d of them on an older version.\n"), len(list), older)
	return nil
}

func eraseSignature(st *store.Store, io streams, name string) error {
	if err := st.EraseSignature(name); err != nil {
		return err
	}
	io.markSaved()
	fmt.Fprintf(io.out, i18n.T("Signature « %s » effacée du registre.\n", "Signature %q erased from the register.\n"), strings.TrimSpace(name))
	return nil
}

// editCharter replaces the charter's text with a file's, after the
// passphrase; an empty text goes back to the default charter.
func editCharter(st *store.Store, io streams, from string, src phraseSource) error {
	text, err := readTextArg(io, from)
	if err != nil {
		return err
	}
	if err := library.CheckValue(from, text); err != nil { // shown on every terminal
		return err
	}
	if err := beforeChange(st, io, src); err != nil {
		return err
	}
	before, _ := st.CharterVersion()
	if err := st.SetCharter(text); err != nil {
		return err
	}
	io.markSaved()
	v, _ := st.CharterVersion()
	if v != before { // the same text again is no new version
		recordReferent(st, io, store.ActionCharterChanged)
	}
	if missing := method.MissingSections(method.CharterOrDefault(text)); len(missing) > 0 {
		fmt.Fprintf(io.err, i18n.T("tamis : parties de la méthode sans titre dans cette charte : %s.\n",
			"tamis: the method's sections without a heading in this charter: %s.\n"), strings.Join(missing, ", "))
	}
	fmt.Fprintf(io.out, i18n.T("Charte enregistrée (version %d) : chacun est invité à la signer de nouveau.\n", "Charter saved (version %d): everyone is asked to sign it again.\n"), v)
	return nil
}

// dayLayout writes a day the way the reader writes it: 30/11/2026 in
// French, 2026-11-30 in English.
func dayLayout() string { return i18n.T("02/01/2006", "2006-01-02") }
