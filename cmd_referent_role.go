package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/referent"
	"tamis/store"
)

func referentCmd(a *app) *cobra.Command {
	var src phraseSource
	c := &cobra.Command{
		Use: i18n.T("referent [init|passwd] [--passphrase-file FICHIER]", "referent [init|passwd] [--passphrase-file FILE]"),
		Short: i18n.T("dit si un référent est défini ; init définit sa phrase de passe, passwd la change",
			"say whether a référent is defined; init sets the passphrase, passwd changes it"),
		Example: i18n.T(`  tamis referent init
  tamis profile --set "année=2026" < ~/.config/tamis/phrase
  tamis import - --phrase-fichier ~/.config/tamis/phrase < modeles.md`, `  tamis referent init
  tamis profile --set "année=2026" < ~/.config/tamis/phrase
  tamis import - --passphrase-file ~/.config/tamis/phrase < templates.md`),
		Long: referentDetails(),
		Args: func(_ *cobra.Command, args []string) error {
			if err := maxArgs(1)(nil, args); err != nil {
				return err
			}
			if len(args) == 1 && args[0] != "init" && args[0] != "passwd" {
				return usageErrorf(i18n.T("action inconnue « %s » : init ou passwd", "unknown action %q: init or passwd"), args[0])
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			action := ""
			if len(args) == 1 {
				action = args[0]
			}
			return runReferent(a.db, a.io, action, src)
		},
	}
	addPhraseFlag(c, &src)
	return c
}

// runReferent says whether a référent is defined and what the role does
// (no action), sets the first passphrase (init) or changes it (passwd).
func runReferent(db string, io streams, action string, src phraseSource) error {
	st, err := openStore(db)
	if err != nil {
		return err
	}
	switch action {
	case "init":
		return referentInit(st, io, src)
	case "passwd":
		return referentPasswd(st, io, src)
	}
	return referentStatus(st, io)
}

// referentInit sets the first passphrase. A hash that tamis cannot read
// (damaged setting) may be replaced: nobody could unlock it anyway.
func referentInit(st *store.Store, io streams, src phraseSource) error {
	hash, err := st.PassphraseHash()
	if err != nil {
		return err
	}
	if hash != "" && referent.Readable(hash) {
		return errors.New(i18n.T("un référent est déjà défini : pour changer la phrase de passe, tamis referent passwd",
			"a référent is already defined: to change the passphrase, tamis referent passwd"))
	}
	phrases, err := openPhrases(src, io)
	if err != nil {
		return err
	}
	defer phrases.close()
	if err := setPhrase(newGate(st, io), hash, phrases); err != nil {
		return err
	}
	recordReferent(st, io, store.ActionReferentInit)
	io.markSaved()
	fmt.Fprintln(io.out, i18n.T("Référent défini. Les commandes du référent demandent désormais sa phrase de passe (tamis referent pour la liste).",
		"Référent defined. The référent commands now ask for the passphrase (tamis referent for the list)."))
	return nil
}

// referentPasswd changes the passphrase after the current one.
func referentPasswd(st *store.Store, io streams, src phraseSource) error {
	g := newGate(st, io)
	old, err := st.PassphraseHash()
	if err != nil {
		return err
	}
	if old == "" {
		return errors.New(i18n.T("aucun référent défini : tamis referent init pour en définir un",
			"no référent defined: tamis referent init to define one"))
	}
	phrases, err := openPhrases(src, io)
	if err != nil {
		return err
	}
	defer phrases.close()
	if err := checkPhrase(phrases, g.Unlock); err != nil {
		return err
	}
	if err := setPhrase(g, old, phrases); err != nil {
		return err
	}
	recordReferent(st, io, store.ActionReferentPasswd)
	io.markSaved()
	fmt.Fprintln(io.out, i18n.T("Phrase de passe changée.", "Passphrase changed."))
	return nil
}

// setPhrase asks a new passphrase — twice when a person types it — and
// stores its hash in place of old, the hash read before asking.
func setPhrase(g referent.Gate, old string, phrases *phraseReader) error {
	nothing := i18n.T(" ; rien n’a été enregistré", "; nothing was saved")
	p, err := phrases.ask(i18n.T("Nouvelle phrase de passe : ", "New passphrase: "))
	if err != nil {
		return errors.New(userMessage(err) + nothing)
	}
	p = referent.Normalize(p)
	if err := referent.CheckNew(p); err != nil {
		return errors.New(err.Error() + nothing)
	}
	if phrases.interactive() {
		again, err := phrases.ask(i18n.T("La même, pour confirmer : ", "The same, to confirm: "))
		if err != nil {
			return errors.New(userMessage(err) + nothing)
		}
		if referent.Normalize(again) != p {
			return errors.New(i18n.T("les deux phrases diffèrent", "the two passphrases differ") + nothing)
		}
	}
	return g.Set(old, p, referentHooks.params)
}
