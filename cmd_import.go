package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// maxInputSize bounds what import reads from one file or stdin: a library of
// a thousand full-size templates fits, a mistaken multi-gigabyte file does not.
const maxInputSize = 64 << 20

func importCmd(a *app) *cobra.Command {
	var src phraseSource
	c := &cobra.Command{
		Use:   i18n.T("import FICHIER|DOSSIER|-", "import FILE|FOLDER|-"),
		Short: i18n.T("ajoute ou met à jour des modèles (tout ou rien)", "add or update templates (all or nothing)"),
		Example: i18n.T(`  tamis import mes-modeles.md
  tamis import modeles/                 tous les .md et .txt du dossier
  tamis import - --phrase-fichier ~/.config/tamis/phrase < modeles.md`, `  tamis import my-templates.md
  tamis import templates/               every .md and .txt of the folder
  tamis import - --passphrase-file ~/.config/tamis/phrase < templates.md`),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErrorf("%s", i18n.T("indiquez un fichier, un dossier ou - pour l’entrée standard",
					"give a file, a folder or - for standard input"))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error { return runImport(a.db, a.io, args[0], src) },
	}
	addPhraseFlag(c, &src)
	return c
}

// runImport adds or updates the templates of arg (a file, a folder, or -
// for stdin), all or nothing, after the référent's passphrase and a backup.
func runImport(db string, io streams, arg string, src phraseSource) error {
	sources, err := readSources(arg, io.in)
	if err != nil {
		return err
	}
	located, err := library.ParseAll(sources)
	if err != nil {
		return nothingImported(io, err)
	}
	st, err := openStore(db)
	if err != nil {
		return err
	}
	src.stdinBusy = arg == "-"
	if err := requireReferent(st, io, src); err != nil {
		return err
	}
	ts := make([]library.Template, len(located))
	for i, l := range located {
		ts[i] = l.Template
	}
	drafts, err := lintImport(st, sources, ts)
	if err != nil {
		return nothingImported(io, err)
	}
	if _, err := st.AutoBackup(); err != nil {
		return nothingImported(io, err)
	}
	added, updated, err := st.Import(ts)
	if err != nil {
		return nothingImported(io, err)
	}
	io.markSaved()
	recordReferent(st, io, store.ActionImported)
	fmt.Fprintf(io.out, i18n.T("%d modèle(s) ajouté(s), %d mis à jour.\n", "%d template(s) added, %d updated.\n"), added, updated)
	printDemoted(io, drafts)
	return nil
}

// nothingImported says that the library is unchanged before the reason.
func nothingImported(io streams, err error) error {
	fmt.Fprintln(io.err, i18n.T("tamis : rien n’a été importé.", "tamis: nothing was imported."))
	return err
}

// readSources reads a file, every template file of a folder, or stdin ("-").
func readSources(arg string, stdin io.Reader) ([]library.Source, error) {
	if arg == "-" {
		data, err := readLimited(stdin, i18n.T("entrée standard", "standard input"))
		if err != nil {
			return nil, err
		}
		return []library.Source{{Name: "-", Data: data}}, nil
	}
	info, err := os.Stat(arg)
	if err != nil {
		return nil, fmt.Errorf(i18n.T("impossible de lire « %s » : %w", "cannot read %q: %w"), arg, fsReason(err))
	}
	if !info.IsDir() {
		src, err := readSourceFile(arg)
		return []library.Source{src}, err
	}
	return readSourceDir(arg)
}

// readSourceDir reads the .md and .txt files of a folder, sorted by name, so
// that error messages and duplicate reports are the same on every run.
func readSourceDir(dir string) ([]library.Source, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf(i18n.T("impossible de lire le dossier « %s » : %w", "cannot read folder %q: %w"), dir, err)
	}
	var names []string
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.Type().IsRegular() && (ext == ".md" || ext == ".txt") {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf(i18n.T("aucun fichier .md ou .txt dans « %s »", "no .md or .txt file in %q"), dir)
	}
	sort.Strings(names)
	sources := make([]library.Source, 0, len(names))
	for _, n := range names {
		src, err := readSourceFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		sources = append(sources, src)
	}
	return sources, nil
}

func readSourceFile(path string) (library.Source, error) {
	data, err := readFileAtMost(path, maxInputSize)
	return library.Source{Name: path, Data: data}, err
}

func readLimited(r io.Reader, name string) ([]byte, error) {
	return readAtMost(r, name, maxInputSize)
}

// readAtMost reads r to its end, refusing more than limit bytes.
func readAtMost(r io.Reader, name string, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf(i18n.T("impossible de lire « %s » : %w", "cannot read %q: %w"), name, fsReason(err))
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf(i18n.T("« %s » dépasse %d Mio", "%q is larger than %d MiB"), name, limit>>20)
	}
	return data, nil
}

// readFileAtMost is readAtMost on the file at path.
func readFileAtMost(path string, limit int64) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf(i18n.T("impossible de lire « %s » : %w", "cannot read %q: %w"), path, fsReason(err))
	}
	defer fh.Close()
	return readAtMost(fh, path, limit)
}

func exportCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   i18n.T("export [DOSSIER|-]", "export [FOLDER|-]"),
		Short: i18n.T("exporte les modèles, un fichier chacun ou tout sur la sortie", "export templates, one file each or all to stdout"),
		Example: i18n.T(`  tamis export sauvegarde/              un fichier par modèle (PROMPT-001.md…)
  tamis export - > modeles.md`, `  tamis export backup/                  one file per template (PROMPT-001.md…)
  tamis export - > templates.md`),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageErrorf("%s", i18n.T("un seul dossier, ou - pour la sortie standard", "one folder, or - for standard output"))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			dir := "-"
			if len(args) == 1 {
				dir = args[0]
			}
			return runExport(a.db, a.io, dir)
		},
	}
}

// runExport writes every template to dir, one file each, or all of them
// to stdout when dir is "-".
func runExport(db string, io streams, dir string) error {
	st, err := openStore(db)
	if err != nil {
		return err
	}
	ts, err := st.List(true)
	if err != nil {
		return err
	}
	if dir == "-" {
		io.out.Write(library.FormatAll(ts))
		return nil
	}
	if err := exportDir(dir, ts); err != nil {
		return err
	}
	io.markSaved()
	fmt.Fprintf(io.out, i18n.T("%d modèle(s) exporté(s) dans %s\n", "%d template(s) exported to %s\n"), len(ts), dir)
	return nil
}

// exportDir writes one file per template, all or nothing: every file is
// first written beside its final name, and only when all of them are on
// disk are they renamed into place. A failure removes what was written.
func exportDir(dir string, ts []library.Template) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf(i18n.T("impossible de créer le dossier « %s » : %w", "cannot create folder %q: %w"), dir, fsReason(err))
	}
	for _, t := range ts {
		path := filepath.Join(dir, t.ID+".md")
		if info, err := os.Lstat(path); err == nil && !info.Mode().IsRegular() {
			return fmt.Errorf(i18n.T("« %s » existe et n’est pas un fichier : rien n’a été exporté",
				"%q exists and is not a file: nothing was exported"), path)
		}
	}
	temps := make([]string, 0, len(ts))
	defer func() {
		for _, t := range temps {
			os.Remove(t) // no-op once renamed
		}
	}()
	for _, t := range ts {
		tmp, err := writeTemp(dir, library.Format(t))
		if err != nil {
			return fmt.Errorf(i18n.T("impossible d’écrire dans « %s » : %w", "cannot write in %q: %w"), dir, fsReason(err))
		}
		temps = append(temps, tmp)
	}
	for i, t := range ts {
		path := filepath.Join(dir, t.ID+".md")
		if err := os.Rename(temps[i], path); err != nil {
			return fmt.Errorf(i18n.T("impossible d’écrire « %s » : %w (%d fichier(s) déjà remplacé(s))",
				"cannot write %q: %w (%d file(s) already replaced)"), path, fsReason(err), i)
		}
	}
	return syncDir(dir)
}

// syncDir makes the renames of dir durable: without it a power cut right
// after the export may bring back the old names' contents.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err == nil {
		err = d.Sync()
		if cerr := d.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf(i18n.T("impossible d’enregistrer le dossier « %s » : %w", "cannot save folder %q: %w"), dir, fsReason(err))
	}
	return nil
}
