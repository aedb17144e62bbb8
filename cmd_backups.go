package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/store"
)

func sauvegardesCmd(a *app) *cobra.Command {
	var o backupOptions
	c := &cobra.Command{
		Use:   i18n.T("sauvegardes [--restore NOM] [--keep N]", "sauvegardes [--restore NAME] [--keep N]"),
		Short: i18n.T("liste les sauvegardes automatiques, en restaure une", "list the automatic backups, restore one"),
		Example: i18n.T(`  tamis sauvegardes
  tamis sauvegardes --restaurer tamis-2026-11-30-184500.db
  tamis sauvegardes --garder 30`, `  tamis sauvegardes
  tamis sauvegardes --restore tamis-2026-11-30-184500.db
  tamis sauvegardes --keep 30`),
		Long: backupDetails(),
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			o.restoreSet, o.keepSet = c.Flags().Changed("restore"), c.Flags().Changed("keep")
			return runSauvegardes(a, o)
		},
	}
	c.Flags().StringVar(&o.restore, "restore", "", i18n.T("remplace la base par cette copie (NOM tel que listé)", "replace the database with this copy (NAME as listed)"))
	c.Flags().IntVar(&o.keep, "keep", 0, fmt.Sprintf(i18n.T("nombre de copies gardées (1 à %d, %d par défaut)", "number of copies kept (1 to %d, %d by default)"),
		store.MaxBackupKeep, store.DefaultBackupKeep))
	withPlaceholder(c.Flags(), "restore", i18n.T("NOM", "NAME"))
	withPlaceholder(c.Flags(), "keep", "N")
	addPhraseFlag(c, &o.src)
	return c
}

// backupOptions are the flags of sauvegardes.
type backupOptions struct {
	restore             string
	keep                int
	restoreSet, keepSet bool
	src                 phraseSource
}

// runSauvegardes lists the automatic backups, restores one, or changes
// how many are kept. It works on the file, which may be damaged.
func runSauvegardes(a *app, o backupOptions) error {
	switch {
	case o.restoreSet && o.keepSet:
		return usageErrorf(i18n.T("%s et %s ne vont pas ensemble", "%s and %s do not go together"),
			typedFlag(a.args, "restore"), typedFlag(a.args, "keep"))
	case o.keepSet && (o.keep < 1 || o.keep > store.MaxBackupKeep):
		// checked before the passphrase: a typo costs no attempt
		return usageErrorf("%s : %s", typedFlag(a.args, "keep"), store.ErrBadBackupKeep.Error())
	case o.restoreSet && o.restore == "":
		return usageErrorf(i18n.T("%s attend le nom d’une copie", "%s needs the name of a copy"), typedFlag(a.args, "restore"))
	}
	path, err := store.ResolvePath(a.db)
	if err != nil {
		return err
	}
	if !o.restoreSet && !o.keepSet {
		return listBackups(a.io, path)
	}
	if err := requireReferentAt(path, a.io, o.src); err != nil {
		return err
	}
	if o.restoreSet {
		return restoreBackup(a.io, path, o.restore)
	}
	return setBackupKeep(a.io, path, o.keep)
}

func listBackups(io streams, path string) error {
	list, err := store.Backups(path)
	if err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintln(io.out, i18n.T("Aucune sauvegarde pour l’instant : tamis en fait une avant chaque modification du profil, des règles ou des modèles.",
			"No backup yet: tamis makes one before each change of the profile, the rules or the templates."))
		return nil
	}
	fmt.Fprintf(io.out, i18n.T("Sauvegardes de « %s », dans « %s » :\n", "Backups of %q, in %q:\n"), path, store.BackupDir(path))
	for _, b := range list {
		fmt.Fprintf(io.out, "  %s  %9s  %s\n", b.Time.Format("2006-01-02 15:04:05"), humanSize(b.Size), b.Name)
	}
	fmt.Fprintln(io.out, i18n.T("Pour en restaurer une : tamis sauvegardes --restaurer NOM",
		"To restore one: tamis sauvegardes --restore NAME"))
	return nil
}

func restoreBackup(io streams, path, name string) error {
	kept, err := store.Restore(path, name)
	if err != nil {
		return err
	}
	io.markSaved()
	recordReferentAt(path, io, store.ActionBackupRestored)
	fmt.Fprintf(io.out, i18n.T("Copie « %s » restaurée dans « %s ».\n", "Copy %q restored to %q.\n"), name, path)
	if kept != "" {
		fmt.Fprintf(io.out, i18n.T("La base remplacée est gardée dans « %s ».\n", "The replaced database is kept in %q.\n"), filepath.Clean(kept))
	}
	return nil
}

func setBackupKeep(io streams, path string, n int) error {
	st, err := openStore(path)
	if err != nil {
		return err
	}
	if err := st.SetBackupKeep(n); err != nil {
		return err
	}
	io.markSaved()
	recordReferent(st, io, store.ActionBackupsKeep)
	fmt.Fprintf(io.out, i18n.T("tamis gardera les %d dernières sauvegardes.\n", "tamis will keep the last %d backups.\n"), n)
	return nil
}

// backupDetails is the end of `tamis sauvegardes --help`.
func backupDetails() string {
	return i18n.T(`Avant chaque modification du profil, des règles ou des modèles (import),
tamis copie la base dans le dossier « sauvegardes » à côté d’elle et garde
les dernières copies (10 par défaut, --garder pour changer). Restaurer une
copie sauvegarde d’abord la base actuelle : rien n’est perdu.`, `Before each change of the profile, the rules or the templates (import),
tamis copies the database into the “sauvegardes” folder beside it and keeps
the last copies (10 by default, --keep to change). Restoring a copy
first backs up the current database: nothing is lost.`)
}

// humanSize is a size in Kio or Mio, as a référent reads it.
func humanSize(n int64) string {
	switch {
	case n >= 10<<20:
		return fmt.Sprintf(i18n.T("%d Mio", "%d MiB"), n>>20)
	case n >= 1<<10:
		return fmt.Sprintf(i18n.T("%d Kio", "%d KiB"), n>>10)
	}
	return fmt.Sprintf(i18n.T("%d o", "%d B"), n)
}
