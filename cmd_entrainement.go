package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"tamis/i18n"
	"tamis/method"
	"tamis/store"
)

// cmdEntrainement prints the training statements (for the référent's
// review) or adds the référent's own.
func cmdEntrainement(args []string, io streams) int {
	f := newFlags("entrainement")
	asJSON := f.Bool("json", false, i18n.T("chaque énoncé avec sa réponse attendue et sa raison, en JSON", "each statement with its expected answer and reason, as JSON"))
	add := f.String("ajouter", "", i18n.T("remplace les énoncés du référent par ce fichier, - pour l’entrée standard (référent)", "replace the référent's statements with this file, - for stdin (référent)"))
	var src phraseSource
	f.addPhraseFlag(&src)
	st, code, ok := f.parseAndOpen(args, io)
	if !ok {
		return code
	}
	if *add != "" {
		src.stdinBusy = *add == "-"
		return addStatements(st, io, *add, src)
	}
	all, err := trainingStatements(st)
	if err != nil {
		return fail(io, err)
	}
	if *asJSON {
		return printStatementsJSON(io, all)
	}
	return printStatements(io, all)
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

func printStatementsJSON(io streams, all []method.Statement) int {
	out := make([]statementJSON, len(all))
	for i, s := range all {
		out[i] = statementJSON{s.ID, s.Kind, s.Lang, s.Text, s.Answer.Key(), s.Reason}
	}
	enc := json.NewEncoder(io.out)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fail(io, err)
	}
	return exitOK
}

func printStatements(io streams, all []method.Statement) int {
	for _, s := range all {
		fmt.Fprintf(io.out, "[%s] %s → %s\n    %s\n", s.ID, s.Text, s.Answer.Label(), s.Reason)
	}
	fmt.Fprintf(io.out, i18n.T("%d énoncé(s). L’entraînement se joue dans l’interface : tamis, puis la touche « e ».\n",
		"%d statement(s). Training is played in the interface: tamis, then the “e” key.\n"), len(all))
	return exitOK
}

// addStatements checks the référent's statements (every problem with its
// line, an id already shipped) before the passphrase, then keeps them.
func addStatements(st *store.Store, io streams, from string, src phraseSource) int {
	text, err := readTextArg(io, from)
	if err != nil {
		return fail(io, err)
	}
	own, err := method.ParseStatements(text)
	if err != nil {
		return fail(io, fmt.Errorf(i18n.T("énoncés refusés, rien n’a été enregistré :\n%w", "statements refused, nothing was saved:\n%w"), err))
	}
	shipped := map[string]bool{}
	for _, s := range method.DefaultStatements() {
		shipped[s.ID] = true
	}
	for _, s := range own {
		if shipped[s.ID] {
			return fail(io, fmt.Errorf(i18n.T("%s est déjà un énoncé de tamis : numérotez les vôtres à partir de ENT-500", "%s is already one of tamis's statements: number yours from ENT-500"), s.ID))
		}
	}
	if code := beforeChange(st, io, src); code != exitOK {
		return code
	}
	if err := st.SetTrainingStatements(text); err != nil {
		return fail(io, err)
	}
	io.markSaved()
	fmt.Fprintf(io.out, i18n.T("%d énoncé(s) du référent enregistré(s).\n", "%d référent statement(s) saved.\n"), len(own))
	return exitOK
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
