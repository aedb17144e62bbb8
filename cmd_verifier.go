package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/store"
)

func verifierCmd(a *app) *cobra.Command {
	var checkOnly bool
	var src phraseSource
	c := &cobra.Command{
		Use:     "verifier [--no-repair]",
		Short:   i18n.T("vérifie la base ; si elle est endommagée, récupère ce qui reste lisible", "check the database; when damaged, salvage what is still readable"),
		Example: "  tamis verifier\n  tamis verifier --sans-reparer",
		Long:    verifierDetails(),
		Args:    noArgs,
		RunE: func(*cobra.Command, []string) error {
			path, err := store.ResolvePath(a.db)
			if err != nil {
				return err
			}
			return runVerifier(a.io, path, checkOnly, src)
		},
	}
	c.Flags().BoolVar(&checkOnly, "no-repair", false, i18n.T("vérifie seulement, sans rien récupérer", "only check, salvage nothing"))
	addPhraseFlag(c, &src)
	return c
}

// runVerifier checks the database at path and, when it is damaged,
// replaces it with a new file holding everything still readable, keeping
// the damaged one aside. It never writes to the damaged file. A damaged
// database ends with exit 1, salvaged or not.
func runVerifier(io streams, path string, checkOnly bool, src phraseSource) error {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf(i18n.T("aucune base à vérifier : « %s » n’existe pas", "no database to check: %q does not exist"), path)
	}
	err := store.Verify(path)
	switch {
	case err == nil:
		fmt.Fprintf(io.out, i18n.T("La base « %s » est saine.\n", "The database %q is sound.\n"), path)
		return nil
	case !errors.Is(err, store.ErrCorrupt):
		return err
	}
	fmt.Fprintf(io.err, i18n.T("tamis : la base « %s » est endommagée", "tamis: the database %q is damaged"), path)
	if d := store.DamageDetail(err); d != "" {
		fmt.Fprintf(io.err, i18n.T(" (détail technique : %s)", " (technical detail: %s)"), d)
	}
	fmt.Fprintln(io.err, ".")
	if checkOnly {
		fmt.Fprintln(io.err, i18n.T("Elle n’a pas été modifiée. « tamis verifier » sans --sans-reparer récupère ce qui reste lisible.",
			"It was left untouched. “tamis verifier” without --no-repair salvages what is still readable."))
		return exitWith(exitError)
	}
	if err := requireReferentAt(path, io, src); err != nil {
		return err
	}
	rep, err := store.Salvage(path, time.Now())
	if err != nil {
		fmt.Fprintln(io.err, i18n.T("Rien n’a pu être récupéré et rien n’a été modifié. Restaurez une copie : tamis sauvegardes",
			"Nothing could be salvaged and nothing was changed. Restore a copy: tamis sauvegardes"))
		return err
	}
	io.markSaved()
	recordReferentAt(path, io, store.ActionSalvaged)
	printSalvage(io, path, rep)
	return exitWith(exitError)
}

// verifierDetails is the end of `tamis verifier --help`.
func verifierDetails() string {
	return i18n.T(`La base endommagée n’est jamais modifiée : une nouvelle base reçoit tout
ce qui reste lisible (modèles, historique, profil, règles, charte,
utilisations) et prend sa place ; l’ancienne est gardée à côté, renommée
avec la date (tamis.db.endommage-AAAAMMJJ-HHMMSS). tamis dit ce qui a été
récupéré et ce qui a été perdu.

Codes de sortie :
  0  base saine
  1  base endommagée (récupérée, sauf avec --sans-reparer) ou erreur
  2  mauvaise utilisation`, `The damaged database is never written to: a new database receives all
that is still readable (templates, history, profile, rules, charter, uses)
and takes its place; the old one is kept beside it, renamed with the date
(tamis.db.endommage-YYYYMMDD-HHMMSS). tamis says what was salvaged and
what was lost.

Exit codes:
  0  sound database
  1  damaged database (salvaged, unless --no-repair) or error
  2  usage error`)
}

// printSalvage tells the référent what was recovered, what was lost and
// where the damaged file is.
func printSalvage(io streams, path string, rep store.SalvageReport) {
	lostM, lostF := i18n.T("perdu(s)", "lost"), i18n.T("perdue(s)", "lost")
	parts := []string{
		counted(rep.Templates, rep.TemplatesLost, i18n.T("modèle(s)", "template(s)"), lostM),
		counted(rep.Versions, rep.VersionsLost, i18n.T("version(s) ancienne(s)", "past version(s)"), lostF),
		counted(rep.Profile, 0, i18n.T("valeur(s) du profil", "profile value(s)"), lostF),
		counted(rep.Rules, 0, i18n.T("règle(s)", "rule(s)"), lostF),
		counted(rep.Settings, 0, i18n.T("réglage(s) (charte, phrase de passe…)", "setting(s) (charter, passphrase…)"), lostM),
		counted(rep.Events, rep.EventsLost, i18n.T("utilisation(s) enregistrée(s)", "recorded use(s)"), lostF),
	}
	fmt.Fprintf(io.err, "%s\n  %s\n", i18n.T("Récupéré :", "Salvaged:"), strings.Join(parts, "\n  "))
	if rep.TemplatesLost+rep.VersionsLost+rep.EventsLost+rep.PagesLost == 0 && !rep.RulesLost {
		fmt.Fprintln(io.err, i18n.T("Aucune perte constatée.", "No loss found."))
	}
	if rep.RulesLost {
		fmt.Fprintln(io.err, i18n.T("Une liste de règles était illisible : vérifiez-les (tamis rules).",
			"A rule list was unreadable: check them (tamis rules)."))
	}
	if rep.PagesLost > 0 {
		fmt.Fprintf(io.err, i18n.T("%d page(s) du fichier étai(en)t illisible(s).\n", "%d page(s) of the file were unreadable.\n"), rep.PagesLost)
	}
	fmt.Fprintf(io.err, i18n.T("La base endommagée est gardée, intacte, dans « %s ».\n", "The damaged database is kept, untouched, in %q.\n"), rep.Kept)
	fmt.Fprintf(io.err, i18n.T("La base récupérée la remplace : « %s ».\n", "The salvaged database replaces it: %q.\n"), path)
	fmt.Fprintln(io.err, i18n.T("Ce qui a été perdu se trouve peut-être dans une copie plus ancienne : tamis sauvegardes",
		"What was lost may be in an older copy: tamis sauvegardes"))
}

// counted is "12 modèle(s)" or "12 modèle(s), 3 perdu(s)".
func counted(n, lost int, what, lostWord string) string {
	if lost == 0 {
		return fmt.Sprintf("%d %s", n, what)
	}
	return fmt.Sprintf("%d %s, %d %s", n, what, lost, lostWord)
}
