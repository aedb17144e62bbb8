package main

import (
	"fmt"
	"path/filepath"

	"tamis/i18n"
	"tamis/store"
)

// cmdSauvegardes lists the automatic backups, restores one, or changes
// how many are kept.
func cmdSauvegardes(args []string, io streams) int {
	f := newFlags("sauvegardes")
	restore := f.String("restaurer", "", i18n.T("remplace la base par cette copie (NOM tel que listé)", "replace the database with this copy (NAME as listed)"))
	keep := f.Int("garder", -1, i18n.T(fmt.Sprintf("nombre de copies gardées (1 à %d, %d par défaut)", store.MaxBackupKeep, store.DefaultBackupKeep),
		fmt.Sprintf("number of copies kept (1 to %d, %d by default)", store.MaxBackupKeep, store.DefaultBackupKeep)))
	var src phraseSource
	f.addPhraseFlag(&src)
	path, code, ok := f.parseAndResolve(args, io)
	if !ok {
		return code
	}
	switch {
	case *restore != "" && *keep != -1:
		return f.usageError(io, i18n.T("--restaurer et --garder ne vont pas ensemble", "--restaurer and --garder do not go together"))
	case *restore == "" && *keep == -1:
		return listBackups(io, path)
	case *keep != -1 && (*keep < 1 || *keep > store.MaxBackupKeep):
		// checked before the passphrase: a typo costs no attempt
		return f.usageError(io, "--garder : "+store.ErrBadBackupKeep.Error())
	}
	if code := requireReferentAt(path, io, src); code != exitOK {
		return code
	}
	if *restore != "" {
		return restoreBackup(io, path, *restore)
	}
	return setBackupKeep(io, path, *keep)
}

func listBackups(io streams, path string) int {
	list, err := store.Backups(path)
	if err != nil {
		return fail(io, err)
	}
	if len(list) == 0 {
		fmt.Fprintln(io.out, i18n.T("Aucune sauvegarde pour l’instant : tamis en fait une avant chaque modification du profil, des règles ou des modèles.",
			"No backup yet: tamis makes one before each change of the profile, the rules or the templates."))
		return exitOK
	}
	fmt.Fprintf(io.out, i18n.T("Sauvegardes de « %s », dans « %s » :\n", "Backups of %q, in %q:\n"), path, store.BackupDir(path))
	for _, b := range list {
		fmt.Fprintf(io.out, "  %s  %9s  %s\n", b.Time.Format("2006-01-02 15:04:05"), humanSize(b.Size), b.Name)
	}
	fmt.Fprintln(io.out, i18n.T("Pour en restaurer une : tamis sauvegardes --restaurer NOM",
		"To restore one: tamis sauvegardes --restaurer NAME"))
	return exitOK
}

func restoreBackup(io streams, path, name string) int {
	kept, err := store.Restore(path, name)
	if err != nil {
		return fail(io, err)
	}
	io.markSaved()
	recordReferentAt(path, io, store.ActionBackupRestored)
	fmt.Fprintf(io.out, i18n.T("Copie « %s » restaurée dans « %s ».\n", "Copy %q restored to %q.\n"), name, path)
	if kept != "" {
		fmt.Fprintf(io.out, i18n.T("La base remplacée est gardée dans « %s ».\n", "The replaced database is kept in %q.\n"), filepath.Clean(kept))
	}
	return exitOK
}

func setBackupKeep(io streams, path string, n int) int {
	st, err := openStore(path)
	if err != nil {
		return fail(io, err)
	}
	if err := st.SetBackupKeep(n); err != nil {
		return fail(io, err)
	}
	io.markSaved()
	recordReferent(st, io, store.ActionBackupsKeep)
	fmt.Fprintf(io.out, i18n.T("tamis gardera les %d dernières sauvegardes.\n", "tamis will keep the last %d backups.\n"), n)
	return exitOK
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

// autoBackup keeps a copy of the database before a change by the référent;
// when it fails, the change is not made.
func autoBackup(st *store.Store, io streams) int {
	if _, err := st.AutoBackup(); err != nil {
		return fail(io, err)
	}
	return exitOK
}
