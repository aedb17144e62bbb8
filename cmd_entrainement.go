package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/method"
	"tamis/store"
)

// trainingOptions are the flags of entrainement.
type trainingOptions struct {
	json bool
	add  string
	src  phraseSource
}

func entrainementCmd(a *app) *cobra.Command {
	var o trainingOptions
	c := &cobra.Command{
		Use:   i18n.T("entrainement [--json] [--add FICHIER|-]", "entrainement [--json] [--add FILE|-]"),
		Short: i18n.T("énoncés d’entraînement à la classification, avec réponse et raison", "classification training statements, with answer and reason"),
		Long: i18n.T(`L’entraînement se joue dans l’interface (touche e) : une manche de dix
énoncés, une réponse 1, 2, 3, 4 ou d (doute), la raison de la méthode et
l’avis de tamis à côté. Ici, le référent relit les énoncés et peut ajouter
les siens, dans le même format texte (numérotés à partir de ENT-500) :

  [ENT-500] horaires
  ÉNONCÉ : Repas partagé le jeudi à 12 h au local.
  RÉPONSE : 2
  RAISON : Test de la porte : affiché sur la porte, personne ne peut nuire avec.`,
			`Training is played in the interface (key e): a round of ten statements,
an answer 1, 2, 3, 4 or d (doubt), the method's reason and tamis's view
beside it. Here the référent reviews the statements and may add their own,
in the same text format (numbered from ENT-500):

  [ENT-500] horaires
  ÉNONCÉ : Repas partagé le jeudi à 12 h au local.
  RÉPONSE : 2
  RAISON : Door test: posted on the door, nobody can harm anyone with it.`),
		Example: i18n.T("  tamis entrainement --json\n  tamis entrainement --ajouter nos-enonces.txt",
			"  tamis entrainement --json\n  tamis entrainement --add our-statements.txt"),
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return runEntrainement(a, o) },
	}
	c.Flags().BoolVar(&o.json, "json", false, i18n.T("chaque énoncé avec sa réponse attendue et sa raison, en JSON", "each statement with its expected answer and reason, as JSON"))
	c.Flags().StringVar(&o.add, "add", "", i18n.T("remplace les énoncés du référent par ce fichier, - pour l’entrée standard (référent)", "replace the référent's statements with this file, - for stdin (référent)"))
	withPlaceholder(c.Flags(), "add", i18n.T("FICHIER", "FILE"))
	addPhraseFlag(c, &o.src)
	return c
}

// runEntrainement prints the training statements (for the référent's
// review) or adds the référent's own.
func runEntrainement(a *app, o trainingOptions) error {
	st, err := openStore(a.db)
	if err != nil {
		return err
	}
	if o.add != "" {
		o.src.stdinBusy = o.add == "-"
		return addStatements(st, a.io, o.add, o.src)
	}
	all, err := trainingStatements(st)
	if err != nil {
		return err
	}
	if o.json {
		return printStatementsJSON(a.io, all)
	}
	printStatements(a.io, all)
	return nil
}

// trainingStatements are the statements shipped with tamis followed by the
// référent's own.
func trainingStatements(st *store.Store) ([]method.Statement, error) {
	all := method.DefaultStatements()
	text, err := st.TrainingStatements()
	if err != nil || text == "" {
		return all, err
	}
	own, err := method.ParseStatements(text)
	if err != nil {
		return nil, err
	}
	return append(all, own...), nil
}

// statementJSON is a statement as --json prints it.
type statementJSON struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Lang     string `json:"lang"`
	Text     string `json:"text"`
	Expected string `json:"expected"` // "1" … "4", "doute"
	Reason   string `json:"reason"`
}

func printStatementsJSON(io streams, all []method.Statement) error {
	out := make([]statementJSON, len(all))
	for i, s := range all {
		out[i] = statementJSON{s.ID, s.Kind, s.Lang, s.Text, s.Answer.Key(), s.Reason}
	}
	enc := json.NewEncoder(io.out)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func printStatements(io streams, all []method.Statement) {
	for _, s := range all {
		fmt.Fprintf(io.out, "[%s] %s → %s\n    %s\n", s.ID, s.Text, s.Answer.Label(), s.Reason)
	}
	fmt.Fprintf(io.out, i18n.T("%d énoncé(s). L’entraînement se joue dans l’interface : tamis, puis la touche « e ».\n",
		"%d statement(s). Training is played in the interface: tamis, then the “e” key.\n"), len(all))
}

// addStatements checks the référent's statements (every problem with its
// line, an id already shipped) before the passphrase, then keeps them.
func addStatements(st *store.Store, io streams, from string, src phraseSource) error {
	text, err := readTextArg(io, from)
	if err != nil {
		return err
	}
	own, err := method.ParseStatements(text)
	if err != nil {
		return fmt.Errorf(i18n.T("énoncés refusés, rien n’a été enregistré :\n%w", "statements refused, nothing was saved:\n%w"), err)
	}
	shipped := map[string]bool{}
	for _, s := range method.DefaultStatements() {
		shipped[s.ID] = true
	}
	for _, s := range own {
		if shipped[s.ID] {
			return fmt.Errorf(i18n.T("%s est déjà un énoncé de tamis : numérotez les vôtres à partir de ENT-500", "%s is already one of tamis's statements: number yours from ENT-500"), s.ID)
		}
	}
	if err := beforeChange(st, io, src); err != nil {
		return err
	}
	if err := st.SetTrainingStatements(text); err != nil {
		return err
	}
	io.markSaved()
	fmt.Fprintf(io.out, i18n.T("%d énoncé(s) du référent enregistré(s).\n", "%d référent statement(s) saved.\n"), len(own))
	return nil
}

// readTextArg reads a text file, or stdin for "-"; it must be UTF-8.
func readTextArg(io streams, from string) (string, error) {
	var data []byte
	var err error
	if from == "-" {
		data, err = readLimited(io.in, i18n.T("entrée standard", "standard input"))
	} else {
		data, err = readFileAtMost(from, maxInputSize)
	}
	if err != nil {
		return "", err
	}
	if !utf8.Valid(data) {
		return "", fmt.Errorf(i18n.T("« %s » n’est pas un texte UTF-8", "%q is not UTF-8 text"), from)
	}
	return strings.ReplaceAll(string(data), "\r\n", "\n"), nil
}
