package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/library/classify"
	"tamis/store"
)

func classifyCmd(a *app) *cobra.Command {
	var asJSON, lines bool
	c := &cobra.Command{
		Use:   i18n.T("classify [--json|--jsonl] [TEXTE]", "classify [--json|--jsonl] [TEXT]"),
		Short: i18n.T("classe un texte dans les quatre catégories de la méthode", "sort a text into the method's four categories"),
		Example: i18n.T(`  tamis classify "Mme Nguyen est diabétique"      rapport lisible, code 4
  tamis classify --json < valeur.txt
  printf 'Cours de FLE le mardi\n06 12 34 56 78\n' | tamis classify --jsonl`, `  tamis classify "Mme Nguyen est diabétique"      readable report, exit 4
  tamis classify --json < valeur.txt
  printf 'Cours de FLE le mardi\n06 12 34 56 78\n' | tamis classify --jsonl`),
		Long: classifyDetails(),
		RunE: func(_ *cobra.Command, args []string) error {
			if lines && len(args) > 0 {
				return usageErrorf("%s", i18n.T("--jsonl lit l’entrée standard, sans TEXTE", "--jsonl reads standard input, without TEXT"))
			}
			return runClassify(a.db, a.io, args, asJSON, lines)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, i18n.T("sortie JSON", "JSON output"))
	c.Flags().BoolVar(&lines, "jsonl", false, i18n.T("une valeur par ligne de l’entrée, un objet JSON par ligne", "one value per input line, one JSON object per line"))
	return c
}

// classifyDetails is the end of `tamis classify --help`.
func classifyDetails() string {
	return i18n.T(`Sans TEXTE, le texte est lu sur l’entrée standard.

Codes de sortie :
  0  rien de personnel ni de sensible
  3  doute : à vérifier
  4  bloqué : donnée personnelle ou sensible
  1  erreur, 2  mauvaise utilisation`, `Without TEXT, the text is read from standard input.

Exit codes:
  0  nothing personal or sensitive
  3  doubt: to be checked
  4  blocked: personal or sensitive data
  1  error, 2  usage error`)
}

// runClassify classifies the words of args, else stdin (one text, or one
// per line with lines), and exits with the verdict's code.
func runClassify(db string, io streams, args []string, asJSON, lines bool) error {
	c, err := classifierFor(db)
	if err != nil {
		return err
	}
	if lines {
		hintIfTerminal(io)
		return classifyLines(c, io)
	}
	text := strings.Join(args, " ")
	if len(args) == 0 {
		hintIfTerminal(io)
		data, err := readLimited(io.in, i18n.T("entrée standard", "standard input"))
		if err != nil {
			return err
		}
		text = trimFinalNewline(string(data))
	}
	res := c.Classify(text)
	if asJSON {
		if err := json.NewEncoder(io.out).Encode(res); err != nil {
			return err
		}
	} else {
		printReport(io.out, text, res)
	}
	return exitWith(exitForVerdict(res.Verdict))
}

// classifyLines classifies each line of stdin on its own and prints one JSON
// object per line, in order; the exit code is that of the worst line.
func classifyLines(c *classify.Classifier, io streams) error {
	r := readLines(io.in, maxInputSize) // classify_lines.go: groups of the lines arrived
	defer r.stop()
	enc := json.NewEncoder(io.out)
	worst := classify.OK
	group, values := make([]string, 0, maxLineGroup), make([]string, 0, maxLineGroup)
	for group = r.nextGroup(group); len(group) > 0; group = r.nextGroup(group) {
		values = values[:0]
		for _, l := range group {
			values = append(values, trimCR(l))
		}
		for _, res := range c.ClassifyBatch(values) {
			if err := enc.Encode(res); err != nil {
				return err
			}
			worst = max(worst, res.Verdict)
		}
		r.done(group)
		clear(group) // the lines are the volunteer's: none stays in the buffers
		clear(values)
	}
	if err := <-r.errc; errors.Is(err, bufio.ErrTooLong) {
		return fmt.Errorf(i18n.T("une ligne de l’entrée standard dépasse %d Mio", "a line of standard input is larger than %d MiB"), maxInputSize>>20)
	} else if err != nil {
		return fmt.Errorf(i18n.T("lecture de l’entrée standard : %w", "reading standard input: %w"), err)
	}
	return exitWith(exitForVerdict(worst))
}

func exitForVerdict(v classify.Verdict) int {
	switch v {
	case classify.Blocked:
		return exitBlocked
	case classify.Doubt:
		return exitDoubt
	}
	return exitOK
}

func trimFinalNewline(s string) string {
	s = strings.TrimSuffix(s, "\n")
	return strings.TrimSuffix(s, "\r")
}

// classifierFor builds the classifier with the association's rules and
// profile, read from the store.
func classifierFor(db string) (*classify.Classifier, error) {
	st, err := openStore(db)
	if err != nil {
		return nil, err
	}
	return classifierFromStore(st)
}

func classifierFromStore(st *store.Store) (*classify.Classifier, error) {
	rules, err := st.ClassifierRules()
	if err != nil {
		return nil, err
	}
	return classify.New(classify.Rules(rules)), nil
}

func anonymizeCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "anonymize",
		Short:   i18n.T("anonymise l’entrée standard vers la sortie standard", "anonymise stdin to stdout"),
		Example: "  tamis anonymize < texte.txt > texte-anonyme.txt",
		Long:    anonymizeDetails(),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageErrorf("%s", i18n.T("le texte se lit sur l’entrée standard", "the text is read from standard input"))
			}
			return nil
		},
		RunE: func(*cobra.Command, []string) error { return runAnonymize(a.db, a.io) },
	}
}

// runAnonymize replaces the personal data of stdin by codes and prints the
// result, unless sensitive or blocked data remains (exit 4, nothing printed).
func runAnonymize(db string, io streams) error {
	c, err := classifierFor(db)
	if err != nil {
		return err
	}
	hintIfTerminal(io)
	data, err := readLimited(io.in, i18n.T("entrée standard", "standard input"))
	if err != nil {
		return err
	}
	text := string(data)
	if before := c.Classify(text); before.Category >= classify.Sensitive {
		// Codes replace identifiers, not facts: a sensitive fact stays
		// sensitive about a code, even where the anonymised text alone
		// would no longer show whom it is about.
		fmt.Fprintln(io.err, i18n.T(
			"tamis : rien n’est affiché, le texte contient une donnée sensible, qui ne se partage pas même anonymisée :",
			"tamis: nothing printed, the text holds sensitive data, which is not shared even anonymised:"))
		printFindings(io.err, text, sensitiveOnly(before.Findings))
		return exitWith(exitBlocked)
	}
	out, _ := c.Anonymize(text)
	res := c.Classify(out)
	switch res.Verdict {
	case classify.Blocked:
		// Pseudonymised data is still personal data: what remains blocked
		// (a health fact about Personne_001) is never printed.
		fmt.Fprintln(io.err, i18n.T(
			"tamis : rien n’est affiché, le texte anonymisé contient encore des données bloquées :",
			"tamis: nothing printed, the anonymised text still holds blocked data:"))
		printFindings(io.err, out, res.Findings)
		return exitWith(exitBlocked)
	case classify.Doubt:
		fmt.Fprintln(io.err, i18n.T(
			"tamis : attention, le texte anonymisé contient encore des données à vérifier :",
			"tamis: warning, the anonymised text still holds data to check:"))
		printFindings(io.err, out, res.Findings)
	}
	if _, err := io.out.Write([]byte(out)); err != nil {
		return err
	}
	return exitWith(exitForVerdict(res.Verdict))
}

// sensitiveOnly keeps the category-4 findings: they are why anonymisation
// cannot help, and they do not repeat the identifiers it would replace.
func sensitiveOnly(fs []classify.Finding) []classify.Finding {
	var out []classify.Finding
	for _, f := range fs {
		if f.Category >= classify.Sensitive {
			out = append(out, f)
		}
	}
	return out
}

// anonymizeDetails is the end of `tamis anonymize --help`.
func anonymizeDetails() string {
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
}
