package main

import (
	"errors"
	"fmt"

	"tamis/i18n"
	"tamis/referent"
	"tamis/store"
)

// cmdReferent says whether a référent is defined and what the role does
// (no argument), sets the first passphrase (init) or changes it (passwd).
func cmdReferent(args []string, io streams) int {
	f := newFlags("referent")
	var src phraseSource
	f.addPhraseFlag(&src)
	pos, code, ok := f.parse(args, io)
	if !ok {
		return code
	}
	if len(pos) > 1 {
		return f.usageError(io, fmt.Sprintf(i18n.T("argument en trop « %s »", "unexpected argument %q"), pos[1]))
	}
	action := ""
	if len(pos) == 1 {
		action = pos[0]
	}
	if action != "" && action != "init" && action != "passwd" {
		return f.usageError(io, fmt.Sprintf(i18n.T("action inconnue « %s » : init ou passwd", "unknown action %q: init or passwd"), action))
	}
	st, err := openStore(f.db)
	if err != nil {
		return fail(io, err)
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
func referentInit(st *store.Store, io streams, src phraseSource) int {
	hash, err := st.PassphraseHash()
	if err != nil {
		return fail(io, err)
	}
	if hash != "" && referent.Readable(hash) {
		return fail(io, errors.New(i18n.T("un référent est déjà défini : pour changer la phrase de passe, tamis referent passwd",
			"a référent is already defined: to change the passphrase, tamis referent passwd")))
	}
	phrases, err := openPhrases(src, io)
	if err != nil {
		return fail(io, err)
	}
	defer phrases.close()
	if code := setPhrase(newGate(st, io), hash, phrases, io); code != exitOK {
		return code
	}
	recordReferent(st, io, store.ActionReferentInit)
	io.markSaved()
	fmt.Fprintln(io.out, i18n.T("Référent défini. Les commandes du référent demandent désormais sa phrase de passe (tamis referent pour la liste).",
		"Référent defined. The référent commands now ask for the passphrase (tamis referent for the list)."))
	return exitOK
}

// referentPasswd changes the passphrase after the current one.
func referentPasswd(st *store.Store, io streams, src phraseSource) int {
	g := newGate(st, io)
	old, err := st.PassphraseHash()
	if err != nil {
		return fail(io, err)
	}
	if old == "" {
		return fail(io, errors.New(i18n.T("aucun référent défini : tamis referent init pour en définir un",
			"no référent defined: tamis referent init to define one")))
	}
	phrases, err := openPhrases(src, io)
	if err != nil {
		return fail(io, err)
	}
	defer phrases.close()
	if code := checkPhrase(phrases, io, g.Unlock); code != exitOK {
		return code
	}
	if code := setPhrase(g, old, phrases, io); code != exitOK {
		return code
	}
	recordReferent(st, io, store.ActionReferentPasswd)
	io.markSaved()
	fmt.Fprintln(io.out, i18n.T("Phrase de passe changée.", "Passphrase changed."))
	return exitOK
}

// setPhrase asks a new passphrase — twice when a person types it — and
// stores its hash in place of old, the hash read before asking.
func setPhrase(g referent.Gate, old string, phrases *phraseReader, io streams) int {
	nothing := i18n.T(" ; rien n’a été enregistré", "; nothing was saved")
	p, err := phrases.ask(i18n.T("Nouvelle phrase de passe : ", "New passphrase: "))
	if err != nil {
		return fail(io, errors.New(userMessage(err)+nothing))
	}
	p = referent.Normalize(p)
	if err := referent.CheckNew(p); err != nil {
		return fail(io, errors.New(err.Error()+nothing))
	}
	if phrases.interactive() {
		again, err := phrases.ask(i18n.T("La même, pour confirmer : ", "The same, to confirm: "))
		if err != nil {
			return fail(io, errors.New(userMessage(err)+nothing))
		}
		if referent.Normalize(again) != p {
			return fail(io, errors.New(i18n.T("les deux phrases diffèrent", "the two passphrases differ")+nothing))
		}
	}
	if err := g.Set(old, p, referentHooks.params); err != nil {
		return fail(io, err)
	}
	return exitOK
}
