package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/store"
)

func conflictsCmd(a *app) *cobra.Command {
	var src phraseSource
	c := &cobra.Command{
		Use:     "conflicts",
		Aliases: []string{"conflits"},
		Short: i18n.T("les conflits de tamis import qui attendent le référent (référent ; alias : conflits)",
			"the conflicts of tamis import waiting for the référent (référent; alias: conflits)"),
		Example: i18n.T(`  tamis conflicts            modèle, date de l’import, versions du dossier, titre`,
			`  tamis conflicts            template, date of the import, folder's versions, title`),
		Long: i18n.T(`Un conflit : le modèle a changé ici et dans le dossier partagé depuis leur
dernière version commune. tamis import DOSSIER garde le texte du dossier
dans la base, sans toucher au modèle ; le référent le règle dans
l’interface : tamis, touche r puis m (prendre le texte du dossier, garder
celui d’ici, ou fusionner les deux dans l’éditeur).`, `A conflict: the template changed here and in the shared folder since
their last common version. tamis import FOLDER keeps the folder's text in
the database, without touching the template; the référent settles it in
the interface: tamis, key r then m (take the folder's text, keep the one
here, or merge both in the editor).`),
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return runConflicts(a.db, a.io, src) },
	}
	addPhraseFlag(c, &src)
	return c
}

// runConflicts lists the pending conflicts, after the passphrase.
func runConflicts(db string, io streams, src phraseSource) error {
	st, err := openStore(db)
	if err != nil {
		return err
	}
	if err := requireReferent(st, io, src); err != nil {
		return err
	}
	cs, err := st.Conflicts()
	if err != nil {
		return err
	}
	if len(cs) == 0 {
		fmt.Fprintln(io.out, i18n.T("Aucun conflit à régler.", "No conflict to settle."))
		return nil
	}
	writeConflicts(io, cs)
	printPending(io, len(cs))
	return nil
}

// writeConflicts is one line a conflict.
func writeConflicts(io streams, cs []store.Conflict) {
	w := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, i18n.T("modèle\timporté le\tversions du dossier\ttitre dans le dossier",
		"template\timported on\tfolder's versions\ttitle in the folder"))
	for _, c := range cs {
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\n", c.ID, c.Imported.Local().Format("02/01/2006 15:04"), len(c.Versions), sanitize(c.Folder().Title))
	}
	w.Flush()
}
