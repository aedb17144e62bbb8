package main

import (
	"fmt"

	"tamis/i18n"
	"tamis/referent"
	"tamis/store"
)

// referentStatus says whether a référent is defined, the wrong attempts
// since the last right passphrase, and what the role covers.
func referentStatus(st *store.Store, io streams) error {
	hash, err := st.PassphraseHash()
	if err != nil {
		return err
	}
	switch {
	case hash == "":
		fmt.Fprintln(io.out, i18n.T("Aucun référent défini : les actions du référent sont ouvertes à tous. tamis referent init pour en définir un.",
			"No référent defined: the référent actions are open to anyone. tamis referent init to define one."))
	case !referent.Readable(hash):
		fmt.Fprintln(io.out, i18n.T("Un référent est défini, mais l’empreinte de sa phrase de passe est illisible : tamis referent init la redéfinit.",
			"A référent is defined, but the hash of the passphrase is unreadable: tamis referent init sets it again."))
	default:
		fmt.Fprintln(io.out, i18n.T("Un référent est défini : les actions du référent demandent sa phrase de passe.",
			"A référent is defined: the référent actions ask for the passphrase."))
	}
	a, err := st.PassphraseAttempts()
	if err != nil {
		return err
	}
	if a.Failures > 0 {
		fmt.Fprintf(io.out, i18n.T("%d phrase(s) de passe incorrecte(s) depuis la dernière bonne, la dernière le %s.\n",
			"%d wrong passphrase(s) since the last right one, the last on %s.\n"),
			a.Failures, a.Last.Local().Format(i18n.T("02/01/2006 à 15:04", "2006-01-02 at 15:04")))
	}
	fmt.Fprintf(io.out, "\n%s\n", referentRole())
	return nil
}

// referentRole is what the role covers and how to give the passphrase,
// for `tamis referent` and its help.
func referentRole() string {
	return i18n.T(`Le référent IA tient ce qui vaut pour tous sur ce poste. Une fois un
référent défini, ces commandes demandent sa phrase de passe :
  tamis profile --set/--unset          modifier le profil de l’association
  tamis rules --allow/--deny/--remove  modifier les listes autorisée et interdite
  tamis import                         ajouter ou mettre à jour des modèles
                                       (sans la phrase : comme brouillons)
  tamis validate/draft/archive ID      valider, renvoyer en brouillon, archiver
  tamis restore ID VERSION             remettre une ancienne version
  tamis history ID [--diff]            lire les versions d’un modèle
  tamis journal [--json]               lire le journal du référent
  tamis sauvegardes --restaurer/--garder
  tamis verifier                       quand il répare une base endommagée
  tamis stats                          lire les indicateurs d’utilisation
  tamis referent passwd                changer la phrase de passe
Restent ouvertes à tous : list, show, fill, classify, anonymize, export,
propose (des brouillons), profile et rules sans modification,
sauvegardes sans option.

La phrase de passe est demandée au terminal, sans écho. Sans terminal,
elle est lue sur la première ligne de l’entrée standard (passwd : deux
lignes, l’actuelle puis la nouvelle), ou dans le fichier donné par
--phrase-fichier, seul moyen quand l’entrée standard porte des données
(tamis import -) sans terminal. Jamais par une variable d’environnement.
Après 5 phrases incorrectes de suite, chaque essai attend : 5 s, puis
10 s, 20 s… jusqu’à 15 minutes ; une bonne phrase remet le compte à zéro.`, `The AI référent keeps what holds for everyone on this laptop. Once a
référent is defined, these commands ask for the passphrase:
  tamis profile --set/--unset          change the association profile
  tamis rules --allow/--deny/--remove  change the allow and deny lists
  tamis import                         add or update templates
                                       (without the passphrase: as drafts)
  tamis validate/draft/archive ID      validate, send back to draft, archive
  tamis restore ID VERSION             bring back an old version
  tamis history ID [--diff]            read the versions of a template
  tamis journal [--json]               read the référent's journal
  tamis sauvegardes --restore/--keep
  tamis verifier                       when it repairs a damaged database
  tamis stats                          read the usage indicators
  tamis referent passwd                change the passphrase
Open to anyone: list, show, fill, classify, anonymize, export, propose
(drafts), profile and rules without a change, sauvegardes without an
option.

The passphrase is asked on the terminal, without echo. Without a
terminal, it is read from the first line of standard input (passwd: two
lines, the current one then the new one), or from the file given with
--passphrase-file, the only way when standard input carries data
(tamis import -) without a terminal. Never from an environment variable.
After 5 wrong passphrases in a row, each attempt waits: 5 s, then 10 s,
20 s… up to 15 minutes; a right one resets the count.`)
}

// referentDetails is the help of tamis referent: the role, examples and
// the exit codes.
func referentDetails() string {
	return referentRole() + "\n\n" + i18n.T(`Codes de sortie :
  0  fait
  5  phrase de passe incorrecte : rien n’a été fait
  1  erreur, 2  mauvaise utilisation`, `Exit codes:
  0  done
  5  wrong passphrase: nothing was done
  1  error, 2  usage error`)
}
