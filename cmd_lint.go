package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/library/lint"
	"tamis/store"
)

func lintCmd(a *app) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   i18n.T("lint FICHIER|DOSSIER|- [--json]", "lint FILE|FOLDER|- [--json]"),
		Short: i18n.T("vérifie un fichier de modèles avant validation", "check a template file before validation"),
		Example: i18n.T(`  tamis lint mon-modele.md
  tamis lint modeles/                   tous les .md et .txt du dossier
  tamis lint --json - < mon-modele.md`, `  tamis lint my-template.md
  tamis lint templates/                 every .md and .txt of the folder
  tamis lint --json - < my-template.md`),
		Long: lintDetails(),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErrorf("%s", i18n.T("indiquez un fichier, un dossier ou - pour l’entrée standard",
					"give a file, a folder or - for standard input"))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error { return runLint(a.db, a.io, args[0], asJSON) },
	}
	c.Flags().BoolVar(&asJSON, "json", false, i18n.T("sortie JSON, pour les scripts", "JSON output, for scripts"))
	return c
}

// runLint is `tamis lint FICHIER|DOSSIER|- [--json]`: open to anyone, it
// says what would stop a template file from being validated. Exit 1 when
// an error is found, 0 otherwise (warnings included).
func runLint(db string, io streams, arg string, asJSON bool) error {
	sources, err := readSources(arg, io.in)
	if err != nil {
		return err
	}
	opts, err := lintOptions(db)
	if err != nil {
		return err
	}
	reports := lintSources(sources, opts)
	if asJSON {
		err = printLintJSON(io.out, reports)
	} else {
		printLint(io.out, reports)
	}
	if err != nil {
		return err
	}
	if lintErrors(reports) > 0 {
		return exitWith(exitError)
	}
	return nil
}

// lintOptions builds the lint's classifier from the store's allow and
// deny lists, and reads the profile for the association's e-mail type.
func lintOptions(db string) (lint.Options, error) {
	st, err := openStore(db)
	if err != nil {
		return lint.Options{}, err
	}
	return validationLint(st)
}

// newLintOptions reads the fixed wording as validation does
// (fixedWordingClassifier): the allow and deny lists apply, the profile
// does not vouch, so that lint and validate never disagree.
func newLintOptions(rules store.CheckRules, profile store.Profile) lint.Options {
	rules.Profile = nil
	return lint.Options{Classifier: classify.New(classify.Rules(rules)), Profile: profile}
}

// lintSources lints every source, in order.
func lintSources(sources []library.Source, o lint.Options) []lint.Report {
	reports := make([]lint.Report, len(sources))
	for i, s := range sources {
		reports[i] = lint.File(s.Name, s.Data, o)
	}
	return reports
}

func lintErrors(reports []lint.Report) int {
	n := 0
	for _, r := range reports {
		n += r.Count(lint.Error)
	}
	return n
}

// printLint writes one line per finding, "file:line:col: gravité : message",
// then a summary.
func printLint(w io.Writer, reports []lint.Report) {
	warnings := 0
	for _, r := range reports {
		for _, f := range r.Findings {
			fmt.Fprintf(w, i18n.T("%s: %s : %s\n", "%s: %s: %s\n"), place(f), f.Severity.Label(), f.Msg)
		}
		warnings += r.Count(lint.Warning)
	}
	errs := lintErrors(reports)
	switch {
	case errs > 0:
		fmt.Fprintf(w, i18n.T("%d erreur(s), %d avertissement(s) : à corriger avant toute validation.\n",
			"%d error(s), %d warning(s): to fix before any validation.\n"), errs, warnings)
	case warnings > 0:
		fmt.Fprintf(w, i18n.T("Aucune erreur, %d avertissement(s) : à relire avant de valider.\n",
			"No error, %d warning(s): read them before validating.\n"), warnings)
	default:
		fmt.Fprintln(w, i18n.T("Aucune erreur, aucun avertissement.", "No error, no warning."))
	}
}

// place writes where a finding is, as compilers and editors read it.
func place(f lint.Finding) string {
	switch {
	case f.Line == 0:
		return f.File
	case f.Col == 0:
		return fmt.Sprintf("%s:%d", f.File, f.Line)
	}
	return fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Col)
}

// lintJSON is the shape of `tamis lint --json`.
type lintJSON struct {
	Files    []lint.Report `json:"files"`
	Errors   int           `json:"errors"`
	Warnings int           `json:"warnings"`
}

func printLintJSON(w io.Writer, reports []lint.Report) error {
	out := lintJSON{Files: reports, Errors: lintErrors(reports)}
	for _, r := range reports {
		out.Warnings += r.Count(lint.Warning)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// lintDetails is the end of `tamis lint --help`.
func lintDetails() string {
	return i18n.T(`Ce que la vérification signale, ligne et colonne :
  erreur         le fichier ne se lit pas (syntaxe, variable décrite mais absente,
                 type inconnu) ; une variable utilisée mais nulle part décrite ;
                 une valeur proposée (défaut, choix) qui ne correspond pas à son type ;
                 une donnée personnelle ou sensible dans le texte fixe du modèle
                 ou dans une valeur proposée (défaut, choix)
  avertissement  une variable sans texte d’aide ; une variable dont le nom ou l’aide
                 invite à saisir une donnée personnelle ; un texte fixe en zone grise
  info           les variables trouvées, avec leur type
Un modèle qui a une erreur ne peut pas être validé : tamis import le garde
en brouillon. Le format des modèles : tamis help format.

Codes de sortie :
  0  aucune erreur (il peut rester des avertissements)
  1  au moins une erreur, ou fichier illisible
  2  mauvaise utilisation`, `What the check reports, with line and column:
  error    the file does not read (syntax, variable described but absent,
           unknown type); a variable used but described nowhere; a proposed
           value (default, choice) that does not fit its type; personal or
           sensitive data in the template's fixed wording or in a proposed
           value (default, choice)
  warning  a variable without a help text; a variable whose name or help
           invites personal data; fixed wording in the gray zone
  info     the variables found, with their types
A template with an error cannot be validated: tamis import keeps it as a
draft. The template format: tamis help format.

Exit codes:
  0  no error (warnings may remain)
  1  at least one error, or an unreadable file
  2  usage error`)
}
