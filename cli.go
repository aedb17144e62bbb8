package main

import (
	"io"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/store"
)

// Exit codes shared by every command. classify and fill add 3 (doubt) and
// 4 (blocked), the référent commands 5 (wrong passphrase), so that a
// script can tell a refusal from a failure. exitCodeFor (exit.go) is the one
// place where what a command returns becomes one of them.
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

// app is what every command of one run shares: its streams, the --db flag
// and the command line as typed (for messages that name a flag the way
// the user wrote it).
type app struct {
	io   streams
	db   string
	args []string
}

// commandSet lists the subcommands. Each one lives in its own cmd_*.go
// file as a function that builds its *cobra.Command around a function
// doing the work; adding a command is adding its constructor here.
var commandSet = []func(*app) *cobra.Command{
	listCmd, showCmd, fillCmd, importCmd, exportCmd, lintCmd, formatCmd, classifyCmd, anonymizeCmd,
	profileCmd, rulesCmd, verifierCmd, sauvegardesCmd, referentCmd, statsCmd, versionCmd,
	completionCmd, manCmd,
	proposeCmd, validateCmd, draftCmd, archiveCmd, historyCmd, restoreCmd, journalCmd,
	charteCmd, entrainementCmd, indicateursCmd,
	conflictsCmd,
}

// A volunteer who double-clicks tamis.exe gets the interface, as before
// cobra: its default on Windows is an English « This is a command line
// tool » and an exit.
func init() { cobra.MousetrapHelpText = "" }

// newRoot builds the whole command line for one run: `tamis` alone opens
// the interface, `tamis COMMAND …` runs a subcommand.
func newRoot(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "tamis",
		Short: i18n.T("bibliothèque de prompts vérifiés pour les associations", "a library of checked prompts for associations"),
		Example: i18n.T(`  tamis                      ouvre l’interface
  tamis --db ~/asso.db       ouvre l’interface sur une autre base
  tamis fill PROMPT-001 --help`, `  tamis                      open the interface
  tamis --db ~/asso.db       open the interface on another database
  tamis fill PROMPT-001 --help`),
		Long: i18n.T(`Sans commande, tamis ouvre l’interface : choisir un modèle validé, le
remplir, voir ce qui est personnel ou sensible, copier le prompt vérifié.
Les commandes servent au référent et aux scripts ; « tamis COMMANDE --help »
donne l’aide de chacune, avec ses exemples et ses codes de sortie.`, `Without a command, tamis opens the interface: pick a validated template,
fill it, see what is personal or sensitive, copy the checked prompt. The
commands serve the référent and scripts; “tamis COMMAND --help” gives the
help of each, with its examples and exit codes.`),
		Args:              rootArgs,
		SilenceErrors:     true,
		SilenceUsage:      true,
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
		RunE:              func(*cobra.Command, []string) error { return runTUI(a.db) },
		PersistentPreRunE: func(c *cobra.Command, _ []string) error { return checkDBFlag(c, a.db) },
	}
	root.PersistentFlags().StringVar(&a.db, "db", "", i18n.T(
		"fichier de la base (sinon $TAMIS_DB, sinon le dossier de données du système : « tamis version » le montre)",
		"database file (else $TAMIS_DB, else the system's data folder: “tamis version” shows it)"))
	withPlaceholder(root.PersistentFlags(), "db", i18n.T("CHEMIN", "PATH"))
	root.PersistentFlags().BoolP("help", "h", false, i18n.T("aide de la commande", "help of the command"))
	for _, build := range commandSet {
		root.AddCommand(build(a))
	}
	root.SetHelpCommand(helpCmd(root))
	root.SetHelpFunc(func(c *cobra.Command, _ []string) { printHelp(c.OutOrStdout(), c) })
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return flagError(err, a.args) })
	root.SetGlobalNormalizationFunc(normalizeFlag)
	root.SetArgs(a.args)
	root.SetIn(a.io.in)
	root.SetOut(a.io.out)
	root.SetErr(a.io.err)
	return root
}

// rootArgs refuses `tamis frobnicate`: a word after tamis that is no command.
func rootArgs(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErrorf(i18n.T("commande inconnue « %s »", "unknown command %q"), args[0])
	}
	return nil
}

// checkDBFlag refuses a --db given with an empty value: `--db "$UNSET"`
// must not fall back to the default database and write there.
func checkDBFlag(c *cobra.Command, db string) error {
	if f := c.Flags().Lookup("db"); f != nil && f.Changed && db == "" {
		return usageErrorf("%s", i18n.T("l’option --db est vide : indiquez le fichier de la base", "option --db is empty: give the database file"))
	}
	return nil
}

// helpCmd is `tamis help [COMMAND]`, also `tamis aide`.
func helpCmd(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:     i18n.T("help [COMMANDE]", "help [COMMAND]"),
		Aliases: []string{"aide"},
		Short:   i18n.T("aide d’une commande", "help of a command"),
		Example: "  tamis help fill\n  tamis aide sauvegardes",
		Args:    maxArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			target := root
			if len(args) == 1 {
				found, _, err := root.Find(args)
				if err != nil || found == root {
					return usageErrorf(i18n.T("commande inconnue « %s »", "unknown command %q"), args[0])
				}
				target = found
			}
			printHelp(c.OutOrStdout(), target)
			return nil
		},
	}
}

// openStore opens the database of --db, $TAMIS_DB or the system's folder.
func openStore(db string) (*store.Store, error) {
	path, err := store.ResolvePath(db)
	if err != nil {
		return nil, err
	}
	return store.Open(path)
}
