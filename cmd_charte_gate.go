package main

import (
	"fmt"
	"strings"

	"tamis/i18n"
	"tamis/store"
)

// parseOnOff reads the value of --before-copy: on or off, in French or
// English.
func parseOnOff(v string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "on", "oui", "yes", "1":
		return true, nil
	case "off", "non", "no", "0":
		return false, nil
	}
	return false, usageErrorf(i18n.T("--avant-copie attend on ou off, pas « %s »", "--before-copy expects on or off, not %q"), v)
}

// setCharterBeforeCopy turns on or off, after the référent's passphrase,
// the charter before the first copy of the day in the TUI.
func setCharterBeforeCopy(st *store.Store, io streams, value string, src phraseSource) error {
	on, err := parseOnOff(value)
	if err != nil {
		return err
	}
	if err := requireReferent(st, io, src); err != nil {
		return err
	}
	if err := st.SetCharterBeforeCopy(on); err != nil {
		return err
	}
	io.markSaved()
	if on {
		fmt.Fprintln(io.out, i18n.T("Activé : avant la première copie du jour, tamis montre la charte et demande de la signer ou de confirmer qu’elle l’est déjà.",
			"On: before the first copy of the day, tamis shows the charter and asks to sign it or to confirm it is already signed."))
		return nil
	}
	fmt.Fprintln(io.out, i18n.T("Désactivé : la copie ne demande plus la charte.", "Off: copying no longer asks for the charter."))
	return nil
}
