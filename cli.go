package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// Exit codes shared by every command. classify and fill add 3 (doubt) and
// 4 (blocked), the référent commands 5 (wrong passphrase), so that a
// script can tell a refusal from a failure.
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitDoubt   = 3
	exitBlocked = 4
	exitDenied  = 5 // wrong référent passphrase
)

// streams are the standard streams of one command run.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// command is one subcommand: its help and what it runs.
type command struct {
	name    string
	args    string // argument synopsis, after the name
	summary func() string
	run     func(args []string, io streams) int
	details func() string // more help after the options (exit codes…), or nil
}

func commands() map[string]command {
	list := []command{
		{"list", "[--json] [--all]", func() string {
			return i18n.T("liste les modèles validés (tous avec --all)", "list validated templates (all with --all)")
		}, cmdList, nil},
		{"show", "ID", func() string {
			return i18n.T("affiche un modèle dans son format texte", "print a template in its text format")
		}, cmdShow, nil},
		{"fill", i18n.T("ID [--set NOM=VALEUR…] [--valeurs FICHIER|-] [--confirmer]", "ID [--set NAME=VALUE…] [--valeurs FILE|-] [--confirmer]"), func() string {
			return i18n.T("remplit un modèle, le vérifie et l’affiche", "fill a template, check it and print it")
		}, cmdFill, fillDetails},
		{"import", i18n.T("FICHIER|DOSSIER|-", "FILE|FOLDER|-"), func() string {
			return i18n.T("ajoute ou met à jour des modèles (tout ou rien)", "add or update templates (all or nothing)")
		}, cmdImport, nil},
		{"export", i18n.T("[DOSSIER|-]", "[FOLDER|-]"), func() string {
			return i18n.T("exporte les modèles, un fichier chacun ou tout sur la sortie", "export templates, one file each or all to stdout")
		}, cmdExport, nil},
		{"classify", i18n.T("[--json|--jsonl] [TEXTE]", "[--json|--jsonl] [TEXT]"), func() string {
			return i18n.T("classe un texte dans les quatre catégories de la méthode", "sort a text into the method's four categories")
		}, cmdClassify, nil},
		{"anonymize", "", func() string {
			return i18n.T("anonymise l’entrée standard vers la sortie standard", "anonymise stdin to stdout")
		}, cmdAnonymize, func() string {
			return i18n.T(`Chaque donnée personnelle est remplacée par un code (Personne_001…).
Une donnée sensible (santé, religion, opinion…) reste bloquée, même à
propos d’un code : les données pseudonymisées restent personnelles.

Codes de sortie :
  0  texte anonymisé affiché
  3  texte affiché, mais il reste des données à vérifier (détail sur la sortie d’erreur)
  4  rien n’est affiché : il reste des données bloquées (détail sur la sortie d’erreur)
  1  erreur, 2  mauvaise utilisation`, `Each piece of personal data is replaced by a code (Personne_001…).
Sensitive data (health, religion, opinion…) stays blocked, even about a
code: pseudonymised data is still personal data.

Exit codes:
  0  anonymised text printed
  3  text printed, but some data must still be checked (details on stderr)
  4  nothing printed: blocked data remains (details on stderr)
  1  error, 2  usage error`)
		}},
		{"profile", i18n.T("[--set NOM=VALEUR…] [--unset NOM…]", "[--set NAME=VALUE…] [--unset NAME…]"), func() string {
			return i18n.T("affiche ou modifie le profil de l’association", "show or change the association profile")
		}, cmdProfile, nil},
		{"rules", i18n.T("[--allow TEXTE…] [--deny TEXTE…] [--remove TEXTE…]", "[--allow TEXT…] [--deny TEXT…] [--remove TEXT…]"), func() string {
			return i18n.T("affiche ou modifie les listes autorisée et interdite", "show or change the allow and deny lists")
		}, cmdRules, nil},
		{"verifier", "[--sans-reparer]", func() string {
			return i18n.T("vérifie la base ; si elle est endommagée, récupère ce qui reste lisible", "check the database; when damaged, salvage what is still readable")
		}, cmdVerifier, func() string {
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
  1  damaged database (salvaged, unless --sans-reparer) or error
  2  usage error`)
		}},
		{"sauvegardes", i18n.T("[--restaurer NOM] [--garder N]", "[--restaurer NAME] [--garder N]"), func() string {
			return i18n.T("liste les sauvegardes automatiques, en restaure une", "list the automatic backups, restore one")
		}, cmdSauvegardes, func() string {
			return i18n.T(`Avant chaque modification du profil, des règles ou des modèles (import),
tamis copie la base dans le dossier « sauvegardes » à côté d’elle et garde
les dernières copies (10 par défaut, --garder pour changer). Restaurer une
copie sauvegarde d’abord la base actuelle : rien n’est perdu.

Exemples :
  tamis sauvegardes
  tamis sauvegardes --restaurer tamis-2026-11-30-184500.db
  tamis sauvegardes --garder 30`, `Before each change of the profile, the rules or the templates (import),
tamis copies the database into the “sauvegardes” folder beside it and keeps
the last copies (10 by default, --garder to change). Restoring a copy
first backs up the current database: nothing is lost.

Examples:
  tamis sauvegardes
  tamis sauvegardes --restaurer tamis-2026-11-30-184500.db
  tamis sauvegardes --garder 30`)
		}},
		{"referent", i18n.T("[init|passwd] [--phrase-fichier FICHIER]", "[init|passwd] [--phrase-fichier FILE]"), func() string {
			return i18n.T("dit si un référent est défini ; init définit sa phrase de passe, passwd la change",
				"say whether a référent is defined; init sets the passphrase, passwd changes it")
		}, cmdReferent, referentDetails},
		{"charte", i18n.T("[--signer PRÉNOM] [--registre [--csv]] [--effacer NOM] [--modifier FICHIER|-]", "[--signer NAME] [--registre [--csv]] [--effacer NAME] [--modifier FILE|-]"), func() string {
			return i18n.T("affiche la charte, la signe ; registre des signatures pour le référent", "show the charter, sign it; the register of signatures for the référent")
		}, cmdCharte, nil},
		{"entrainement", i18n.T("[--json] [--ajouter FICHIER|-]", "[--json] [--ajouter FILE|-]"), func() string {
			return i18n.T("énoncés d’entraînement à la classification, avec réponse et raison", "classification training statements, with answer and reason")
		}, cmdEntrainement, nil},
		{"indicateurs", i18n.T("[--json|--csv] [--depuis DATE] [--equipe N] [--minutes N] [--conservation MOIS] [--incident]", "[--json|--csv] [--depuis DATE] [--equipe N] [--minutes N] [--conservation MONTHS] [--incident]"), func() string {
			return i18n.T("indicateurs de la méthode : utilisations, sécurité, charte, formation", "the method's indicators: uses, safety, charter, training")
		}, cmdIndicateurs, nil},
		{"stats", "", func() string {
			return i18n.T("affiche les indicateurs d’utilisation", "show the usage indicators")
		}, cmdStats, nil},
		{"version", "", func() string {
			return i18n.T("affiche la version", "print the version")
		}, cmdVersion, nil},
	}
	m := make(map[string]command, len(list))
	for _, c := range list {
		m[c.name] = c
	}
	return m
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, i18n.T(
		"tamis — bibliothèque de prompts vérifiés pour les associations",
		"tamis — a library of checked prompts for associations"))
	fmt.Fprintln(w)
	fmt.Fprintln(w, i18n.T("Utilisation :", "Usage:"))
	fmt.Fprintln(w, i18n.T("  tamis                 ouvre l’interface (choisir, remplir, copier)",
		"  tamis                 open the interface (pick, fill, copy)"))
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := cmds[n]
		fmt.Fprintf(w, "  tamis %-15s %s\n", c.name, c.summary())
		if c.args != "" {
			fmt.Fprintf(w, "        %-15s %s\n", "", c.args)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, i18n.T("Options communes :", "Common options:"))
	fmt.Fprintln(w, i18n.T(
		"  --db CHEMIN           fichier de la base (sinon $TAMIS_DB, sinon le dossier de données du système : « tamis version » le montre)",
		"  --db PATH             database file (else $TAMIS_DB, else the system's data folder: “tamis version” shows it)"))
	fmt.Fprintln(w, i18n.T("  -h, --help            aide d’une commande", "  -h, --help            help of a command"))
	fmt.Fprintln(w)
	fmt.Fprintln(w, i18n.T(
		"Règle d’or : jamais de données personnelles ou sensibles dans une IA publique.",
		"Golden rule: never personal or sensitive data in a public AI."))
}

func errUnknownCommand(name string) string {
	return fmt.Sprintf(i18n.T("tamis : commande inconnue « %s »", "tamis: unknown command %q"), name)
}

// flags is a subcommand's flag set with French help and the common --db flag.
type flags struct {
	*flag.FlagSet
	db  string
	cmd command
}

func newFlags(name string) *flags {
	cmd := commands()[name]
	f := &flags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), cmd: cmd}
	// The flag package's own messages are English: parse prints ours.
	f.SetOutput(io.Discard)
	f.StringVar(&f.db, "db", "", i18n.T("fichier de la base", "database file"))
	f.Usage = func() {}
	return f
}

func (f *flags) printHelp(w io.Writer) {
	fmt.Fprintf(w, "%s tamis %s %s\n\n%s\n", i18n.T("Utilisation :", "Usage:"), f.cmd.name, f.cmd.args, f.cmd.summary())
	hasFlags, width := false, 12 // a column wide enough for --phrase-fichier too
	f.VisitAll(func(fl *flag.Flag) { hasFlags, width = true, max(width, len(fl.Name)) })
	if hasFlags {
		fmt.Fprintf(w, "\n%s\n", i18n.T("Options :", "Options:"))
		f.VisitAll(func(fl *flag.Flag) {
			fmt.Fprintf(w, "  --%-*s %s\n", width, fl.Name, fl.Usage)
		})
	}
	if f.cmd.details != nil {
		fmt.Fprintf(w, "\n%s\n", f.cmd.details())
	}
}

// parse parses flags placed anywhere among the arguments (Go's flag package
// stops at the first positional one) and returns the positional arguments.
// ok is false when the command must stop with code.
func (f *flags) parse(args []string, io streams) (positional []string, code int, ok bool) {
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				f.printHelp(io.out)
				return nil, exitOK, false
			}
			return nil, f.usageError(io, flagError(err)), false
		}
		if f.emptyDB() {
			return nil, f.usageError(io, errEmptyDB()), false
		}
		args = f.Args()
		if len(args) == 0 {
			return positional, exitOK, true
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), exitOK, true
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// emptyDB reports a --db given with an empty value: `--db "$UNSET"` must
// not fall back to the default database and write there.
func (f *flags) emptyDB() bool {
	return isSetEmpty(f.FlagSet, "db")
}

func isSetEmpty(fs *flag.FlagSet, name string) bool {
	empty := false
	fs.Visit(func(fl *flag.Flag) {
		if fl.Name == name && fl.Value.String() == "" {
			empty = true
		}
	})
	return empty
}

func errEmptyDB() string {
	return i18n.T("l’option --db est vide : indiquez le fichier de la base", "option --db is empty: give the database file")
}

// flagError turns the flag package's English errors into French ones. Its
// texts are fixed (flag/flag.go); a value refused by one of our Set methods
// already explains itself in the user's language.
func flagError(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return fmt.Sprintf(i18n.T("option inconnue %s", "unknown option %s"), dashed(name))
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return fmt.Sprintf(i18n.T("l’option %s attend une valeur", "option %s needs a value"), dashed(name))
	}
	if name, ok := strings.CutPrefix(msg, "bad flag syntax: "); ok {
		return fmt.Sprintf(i18n.T("option mal écrite « %s »", "badly written option %q"), name)
	}
	if strings.HasPrefix(msg, "invalid boolean ") {
		rest := msg[strings.LastIndex(msg, " ")+1:] // "invalid boolean flag -x: …"
		if i := strings.LastIndex(msg, " for -"); i >= 0 {
			rest = msg[i+len(" for "):] // "invalid boolean value "v" for -x: …"
		}
		name, _, _ := strings.Cut(rest, ":")
		return fmt.Sprintf(i18n.T("l’option %s ne prend pas de valeur (ou true, false)", "option %s takes no value (or true, false)"), dashed(name))
	}
	if _, rest, ok := strings.Cut(msg, " for flag "); ok && strings.HasPrefix(msg, "invalid ") {
		name, reason, _ := strings.Cut(rest, ": ")
		switch reason { // the flag package's own words for numbers
		case "parse error":
			reason = i18n.T("un nombre est attendu", "a number is expected")
		case "value out of range":
			reason = i18n.T("nombre trop grand", "number too large")
		}
		return fmt.Sprintf(i18n.T("valeur refusée pour %s : %s", "value refused for %s: %s"), dashed(name), reason)
	}
	return fmt.Sprintf(i18n.T("option refusée (%s)", "option refused (%s)"), msg)
}

// dashed writes an option the way the help shows it (--set), whether the
// flag package names it -set or it was typed with one dash.
func dashed(name string) string {
	return "--" + strings.TrimLeft(name, "-")
}

// noArgs refuses positional arguments for commands that take none.
func (f *flags) noArgs(io streams, pos []string) (code int, ok bool) {
	if len(pos) == 0 {
		return exitOK, true
	}
	return f.usageError(io, fmt.Sprintf(i18n.T("argument en trop « %s »", "unexpected argument %q"), pos[0])), false
}

// parseAndOpen parses a command that takes no positional argument and
// opens the store.
func (f *flags) parseAndOpen(args []string, io streams) (*store.Store, int, bool) {
	pos, code, ok := f.parse(args, io)
	if !ok {
		return nil, code, false
	}
	if code, ok := f.noArgs(io, pos); !ok {
		return nil, code, false
	}
	st, err := openStore(f.db)
	if err != nil {
		return nil, fail(io, err), false
	}
	return st, exitOK, true
}

// parseAndResolve parses a command that takes no positional argument and
// works on the database file itself (backups, verifier) rather than
// through an open store, which would refuse a damaged file.
func (f *flags) parseAndResolve(args []string, io streams) (string, int, bool) {
	pos, code, ok := f.parse(args, io)
	if !ok {
		return "", code, false
	}
	if code, ok := f.noArgs(io, pos); !ok {
		return "", code, false
	}
	path, err := store.ResolvePath(f.db)
	if err != nil {
		return "", fail(io, err), false
	}
	return path, exitOK, true
}

// loadTemplate opens the store and reads the template named by the only
// positional argument (PROMPT-001, any case).
func (f *flags) loadTemplate(io streams, pos []string) (*store.Store, library.Template, int, bool) {
	if len(pos) != 1 {
		return nil, library.Template{}, f.usageError(io, errGiveID()), false
	}
	st, err := openStore(f.db)
	if err != nil {
		return nil, library.Template{}, fail(io, err), false
	}
	t, err := st.Get(strings.ToUpper(pos[0]))
	if err != nil {
		return nil, library.Template{}, fail(io, err), false
	}
	return st, t, exitOK, true
}

func errGiveID() string {
	return i18n.T("indiquez un identifiant, par exemple PROMPT-001", "give one id, for example PROMPT-001")
}

// usageError prints a usage mistake and the command's help; exit code 2.
func (f *flags) usageError(io streams, msg string) int {
	fmt.Fprintf(io.err, i18n.T("tamis %s : %s\n\n", "tamis %s: %s\n\n"), f.cmd.name, msg)
	f.printHelp(io.err)
	return exitUsage
}

// fail prints an error for the user and returns exit code 1.
func fail(io streams, err error) int {
	fmt.Fprintf(io.err, i18n.T("tamis : %s\n", "tamis: %s\n"), userMessage(err))
	return exitError
}

func openStore(db string) (*store.Store, error) {
	path, err := store.ResolvePath(db)
	if err != nil {
		return nil, err
	}
	return store.Open(path)
}

// runGlobalFlags handles `tamis --db PATH [command …]`.
func runGlobalFlags(args []string, s streams) int {
	fs := flag.NewFlagSet("tamis", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the flag package's messages are English
	db := fs.String("db", "", "")
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(s.out)
			return exitOK
		}
		fmt.Fprintf(s.err, i18n.T("tamis : %s\n\n", "tamis: %s\n\n"), flagError(err))
		printUsage(s.err)
		return exitUsage
	}
	if isSetEmpty(fs, "db") {
		fmt.Fprintf(s.err, i18n.T("tamis : %s\n", "tamis: %s\n"), errEmptyDB())
		return exitUsage
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return runTUI(db, s)
	}
	return dispatch(append([]string{rest[0], "--db", *db}, rest[1:]...), s)
}
