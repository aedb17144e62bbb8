package main

import (
	"errors"
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
	var drafts bool
	c := &cobra.Command{
		Use:   i18n.T("import FICHIER|DOSSIER|-", "import FILE|FOLDER|-"),
		Short: i18n.T("ajoute ou met à jour des modèles (tout ou rien)", "add or update templates (all or nothing)"),
		Example: i18n.T(`  tamis import mes-modeles.md
  tamis import modeles/                 tous les .md et .txt du dossier
  tamis import - --phrase-fichier ~/.config/tamis/phrase < modeles.md`, `  tamis import my-templates.md
  tamis import templates/               every .md and .txt of the folder
  tamis import - --passphrase-file ~/.config/tamis/phrase < templates.md`),
		Long: i18n.T(`Le référent garde les statuts déclarés ; sans la phrase de passe
(--drafts, ou Entrée seule au terminal), les modèles arrivent en
brouillons, comme avec tamis propose. Un modèle déclaré validé qui a une
erreur de vérification (une variable utilisée mais nulle part décrite,
une donnée personnelle dans son texte fixe… : tamis lint) arrive en
brouillon, et import dit pourquoi. Une erreur de lecture dans un fichier
et rien n’est importé : le message donne le fichier, la ligne et la
colonne. Un dossier écrit par tamis export est fusionné : les versions
plus récentes sont ajoutées, un conflit (les deux côtés ont changé depuis
leur dernière version commune) est signalé et laissé tel quel, le texte
du dossier gardé ici jusqu’à ce que le référent choisisse (tamis,
touche r puis m). Le format des fichiers : tamis help format.`, `The référent keeps the declared statuses; without the passphrase
(--drafts, or Enter alone on a terminal), the templates come in as
drafts, as with tamis propose. A template declared validated that has a
check error (a variable used but described nowhere, personal data in its
fixed wording…: tamis lint) comes in as a draft, and import says why. A
read error in one file and nothing is imported: the message gives the
file, line and column. A folder written by tamis export is merged: newer
versions are added, a conflict (both sides changed since their last
common version) is reported and left as it is, the folder's text kept
here until the référent chooses (tamis, key r then m). The file format:
tamis help format.`),
		Args: oneSource,
		RunE: func(_ *cobra.Command, args []string) error { return runImport(a.db, a.io, args[0], src, drafts) },
	}
	addPhraseFlag(c, &src)
	c.Flags().BoolVar(&drafts, "drafts", false, i18n.T("importe comme brouillons, sans phrase de passe (comme tamis propose)",
		"import as drafts, without the passphrase (as tamis propose does)"))
	return c
}

// runImport adds or updates the templates of arg (a file, a folder, or -
// for stdin), all or nothing: as the référent after the passphrase and a
// backup, or as drafts for anyone else.
func runImport(db string, io streams, arg string, src phraseSource, drafts bool) error {
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
	role, err := importRole(st, io, src, drafts)
	if err != nil {
		return err
	}
	switch {
	case role == store.RoleVolunteer:
		return proposeTemplates(st, templatesOf(located), io)
	case arg != "-" && isSharedFolder(arg):
		return mergeFolder(st, arg, located, io)
	}
	return importTemplates(st, sources, templatesOf(located), io)
}

// importTemplates is the référent's import: declared statuses are kept,
// except that a validated template with lint errors, or whose fixed
// wording holds personal or sensitive data, comes in as a draft, said
// with where. A backup first.
func importTemplates(st *store.Store, sources []library.Source, ts []library.Template, io streams) error {
	drafts, err := lintImport(st, sources, ts)
	if err != nil {
		return nothingImported(io, err)
	}
	c, err := fixedWordingClassifier(st)
	if err != nil {
		return err
	}
	for i, t := range ts {
		if fs := validatedFindings(c, t); len(fs) > 0 {
			printFixedWording(io.err, t.ID, fs, false)
			fmt.Fprintf(io.err, i18n.T("tamis : %s est importé comme brouillon.\n", "tamis: %s is imported as a draft.\n"), t.ID)
			ts[i].Status = library.StatusDraft
		}
	}
	if _, err := st.AutoBackup(); err != nil {
		return nothingImported(io, err)
	}
	ch := store.Change{Role: store.RoleReferent, Reason: i18n.T("import", "import"), Action: store.ActionTemplateImported}
	saved, err := st.ImportVersions(ts, ch, false)
	if err != nil {
		return nothingImported(io, err)
	}
	io.markSaved()
	added := 0
	for _, s := range saved {
		if s.Added {
			added++
		}
	}
	fmt.Fprintf(io.out, i18n.T("%d modèle(s) ajouté(s), %d mis à jour.\n", "%d template(s) added, %d updated.\n"), added, len(saved)-added)
	printDemoted(io, drafts)
	return nil
}

// importRole says who imports. Before a référent is defined, anyone acts
// as one. After, the passphrase makes the référent; --drafts, or an empty
// answer on a terminal, makes a proposal: drafts for the référent to
// validate.
func importRole(st *store.Store, io streams, src phraseSource, drafts bool) (store.Role, error) {
	if drafts {
		return store.RoleVolunteer, nil
	}
	g := newGate(st, io)
	defined, err := g.Defined()
	if err != nil {
		return "", err
	}
	if !defined {
		warnNoReferent(io)
		return store.RoleReferent, nil
	}
	phrases, err := openPhrases(src, io)
	if err != nil {
		return "", err
	}
	defer phrases.close()
	p, err := phrases.ask(i18n.T("Phrase de passe du référent (Entrée seule : importer comme brouillons) : ",
		"Référent passphrase (Enter alone: import as drafts): "))
	switch {
	case errors.Is(err, noPhraseError{}) && phrases.interactive():
		return store.RoleVolunteer, nil
	case errors.Is(err, noPhraseError{}):
		return "", fmt.Errorf(i18n.T("%w ; sans phrase de passe, tamis import --drafts (ou tamis propose) importe comme brouillons",
			"%w; without a passphrase, tamis import --drafts (or tamis propose) imports as drafts"), err)
	case err != nil:
		return "", err
	}
	if err := g.Unlock(p); err != nil {
		return "", err
	}
	return store.RoleReferent, nil
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
		Long: i18n.T(`Dans un dossier, chaque modèle garde son historique dans .tamis/, avec le
profil, les règles et la charte : tamis import DOSSIER sur un autre poste
fusionne.
L’export refuse de remplacer une version venue d’un autre poste que cette
base n’a pas encore : importez le dossier d’abord.`, `In a folder, each template keeps its history in .tamis/, with the
profile, the rules and the charter: tamis import FOLDER on another laptop
merges.
The export refuses to replace a version from another laptop that this
database lacks: import the folder first.`),
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
	files, err := sharedExport(st, dir)
	if err != nil {
		return err
	}
	if err := exportDir(dir, ts, files); err != nil {
		return err
	}
	io.markSaved()
	fmt.Fprintf(io.out, i18n.T("%d modèle(s) exporté(s) dans %s\n", "%d template(s) exported to %s\n"), len(ts), dir)
	return nil
}

// exportDir writes one file per template, and the extra files (paths
// relative to dir: the .tamis folder), all or nothing: every file is
// first written beside its final name, and only when all of them are on
// disk are they renamed into place. A failure removes what was written.
func exportDir(dir string, ts []library.Template, extra map[string][]byte) (err error) {
	names, files, err := exportPlan(dir, ts, extra)
	if err != nil {
		return err
	}
	temps := make([]string, 0, len(names))
	defer func() {
		for _, t := range temps {
			os.Remove(t) // no-op once renamed
		}
		if err != nil {
			os.Remove(filepath.Join(dir, shareDir)) // only when still empty
		}
	}()
	for _, n := range names {
		tmp, err := writeTemp(filepath.Dir(filepath.Join(dir, n)), files[n])
		if err != nil {
			return fmt.Errorf(i18n.T("impossible d’écrire dans « %s » : %w", "cannot write in %q: %w"), dir, fsReason(err))
		}
		temps = append(temps, tmp)
	}
	for i, n := range names {
		path := filepath.Join(dir, n)
		if err := os.Rename(temps[i], path); err != nil {
			return fmt.Errorf(i18n.T("impossible d’écrire « %s » : %w (%d fichier(s) déjà remplacé(s))",
				"cannot write %q: %w (%d file(s) already replaced)"), path, fsReason(err), i)
		}
	}
	if len(extra) > 0 {
		if err := syncDir(filepath.Join(dir, shareDir)); err != nil {
			return err
		}
	}
	return syncDir(dir)
}

// exportPlan lists the files of an export, sorted, creates their folders
// and refuses to replace what is not a file.
func exportPlan(dir string, ts []library.Template, extra map[string][]byte) ([]string, map[string][]byte, error) {
	files := make(map[string][]byte, len(ts)+len(extra))
	for _, t := range ts {
		files[t.ID+".md"] = library.Format(t)
	}
	for name, data := range extra {
		files[name] = data
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		path := filepath.Join(dir, n)
		if info, err := os.Lstat(path); err == nil && !info.Mode().IsRegular() {
			return nil, nil, fmt.Errorf(i18n.T("« %s » existe et n’est pas un fichier : rien n’a été exporté",
				"%q exists and is not a file: nothing was exported"), path)
		}
	}
	for _, d := range []string{dir, filepath.Join(dir, shareDir)} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, nil, fmt.Errorf(i18n.T("impossible de créer le dossier « %s » : %w", "cannot create folder %q: %w"), d, fsReason(err))
		}
	}
	return names, files, nil
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
