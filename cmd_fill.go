package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/store"
)

func fillCmd(a *app) *cobra.Command {
	o := fillOptions{values: setFlags{}}
	c := &cobra.Command{
		Use: i18n.T("fill ID [--set NOM=VALEUR…] [--values FICHIER|-] [--confirm]",
			"fill ID [--set NAME=VALUE…] [--values FILE|-] [--confirm]"),
		Short: i18n.T("remplit un modèle, le vérifie et l’affiche", "fill a template, check it and print it"),
		Example: i18n.T(`  tamis fill PROMPT-002 --set "Nom asso=Les Amis du Vélo" --set "mission=faire découvrir le vélo en ville" \
    --set "événement=atelier de réparation de vélos" --set "date=samedi 14 juin" \
    --set "horaires=de 14 h à 18 h" --set "lieu=salle polyvalente de la mairie" --set "ton=festif"
  tamis fill PROMPT-002 --valeurs valeurs.txt       une ligne NOM=VALEUR par valeur
  tamis fill PROMPT-002 --valeurs - < valeurs.txt   les mêmes, sur l’entrée standard`, `  tamis fill PROMPT-002 --set "Nom asso=Les Amis du Vélo" --set "mission=faire découvrir le vélo en ville" \
    --set "événement=atelier de réparation de vélos" --set "date=samedi 14 juin" \
    --set "horaires=de 14 h à 18 h" --set "lieu=salle polyvalente de la mairie" --set "ton=festif"
  tamis fill PROMPT-002 --values values.txt         one NAME=VALUE line per value
  tamis fill PROMPT-002 --values - < values.txt     the same, from standard input`),
		Long:              fillDetails(),
		Args:              oneID,
		RunE:              func(_ *cobra.Command, args []string) error { return runFill(a.db, a.io, args[0], o) },
		ValidArgsFunction: completeIDs(a, false),
	}
	c.Flags().Var(o.values, "set", i18n.T("valeur d’une variable, NOM=VALEUR (répétable)", "value of a variable, NAME=VALUE (repeatable)"))
	c.Flags().StringVar(&o.file, "values", "", i18n.T("lit les valeurs dans FICHIER (- : l’entrée standard), une ligne NOM=VALEUR chacune",
		"read the values from FILE (-: standard input), one NAME=VALUE line each"))
	c.Flags().BoolVar(&o.confirm, "confirm", false, i18n.T("accepte un résultat « doute » après vérification", "accept a “doubt” result after checking"))
	_ = c.RegisterFlagCompletionFunc("set", completeSet(a))
	withPlaceholder(c.Flags(), "set", i18n.T("NOM=VALEUR", "NAME=VALUE"))
	withPlaceholder(c.Flags(), "values", i18n.T("FICHIER", "FILE"))
	return c
}

// fillOptions are the flags of fill.
type fillOptions struct {
	values  setFlags
	file    string
	confirm bool
}

// runFill fills the template id with the profile and the given values,
// checks the prompt and each value, and prints the prompt only when the
// check lets it through (exit 3 or 4 otherwise, the report on stderr).
func runFill(db string, io streams, id string, o fillOptions) error {
	values := o.values
	if o.file != "" {
		fromFile, err := readValues(o.file, io.in)
		if err != nil {
			return err
		}
		values = withSetWinning(fromFile, values)
	}
	st, d, text, err := fillTemplate(db, id, values)
	if ke := (*kindsError)(nil); errors.As(err, &ke) {
		return exitWith(printKindsError(io, ke))
	}
	if err != nil {
		return err
	}
	c := classify.New(classify.Rules(d.Rules))
	res := c.Classify(text)
	flagged := checkEachValue(c, values, &res)
	code := fillExit(res.Verdict, o.confirm)
	if code != exitOK {
		printRefusal(io, text, res, code)
		printFlaggedValues(io, flagged)
	} else if err := printPrompt(io, text); err != nil {
		return err // nothing was shown: nothing to count
	}
	recordFillEvent(st, io, d.Template.ID, res, code)
	return exitWith(code)
}

// fillTemplate reads the template id, the profile and the rules in one
// transaction, and fills the template: the profile first, then values.
func fillTemplate(db, id string, values map[string]string) (*store.Store, store.FillData, string, error) {
	st, err := openStore(db)
	if err != nil {
		return nil, store.FillData{}, "", err
	}
	d, err := st.ForFill(strings.ToUpper(id))
	if err != nil {
		return nil, d, "", err
	}
	if err := checkGivenValues(d.Template, values); err != nil {
		return nil, d, "", err
	}
	merged := mergeValues(d.Template, d.Profile, values)
	if err := checkKinds(d.Template, d.Profile, merged); err != nil {
		return nil, d, "", err
	}
	filled, err := d.Template.Fill(merged)
	if err != nil {
		return nil, d, "", err
	}
	return st, d, filled.Text(), nil
}

// flaggedValue is a value the check flags on its own.
type flaggedValue struct {
	name, value string
	res         classify.Result
}

// checkEachValue classifies each given value on its own, as the interface's
// badges do, and makes res the worst of them and of the whole prompt: the
// template's wording around a value must never hide what the value says
// ("Notre mission : " before a health fact about a named person).
func checkEachValue(c *classify.Classifier, values map[string]string, res *classify.Result) []flaggedValue {
	names := make([]string, 0, len(values))
	for n := range values {
		names = append(names, n)
	}
	sort.Strings(names)
	var flagged []flaggedValue
	for _, n := range names {
		r := c.Classify(values[n])
		if r.Verdict == classify.OK {
			continue
		}
		flagged = append(flagged, flaggedValue{n, values[n], r})
		res.Verdict = max(res.Verdict, r.Verdict)
		res.Category = max(res.Category, r.Category)
	}
	return flagged
}

// printFlaggedValues names each variable at fault, with its own findings.
func printFlaggedValues(io streams, flagged []flaggedValue) {
	for _, f := range flagged {
		fmt.Fprintf(io.err, i18n.T("\nValeur de « %s » :\n", "\nValue of %q:\n"), f.name)
		printReport(io.err, f.value, f.res)
	}
}

// printRefusal explains on stderr why nothing was printed.
func printRefusal(io streams, text string, res classify.Result, code int) {
	printReport(io.err, text, res)
	if code == exitDoubt {
		fmt.Fprintln(io.err, i18n.T(
			"\nRien n’a été affiché. Après vérification, relancez avec --confirmer.",
			"\nNothing was printed. After checking, run again with --confirm."))
	}
}

// printPrompt prints the checked prompt and makes sure it was written.
func printPrompt(io streams, text string) error {
	fmt.Fprintln(io.out, text)
	return io.flushOut()
}

// withSetWinning adds the --set values to those of the --valeurs file: the
// command line wins for a name given in both.
func withSetWinning(fromFile, set setFlags) setFlags {
	byKey := make(map[string]string, len(fromFile))
	for name := range fromFile {
		byKey[library.Normalize(name)] = name
	}
	for name, v := range set {
		delete(fromFile, byKey[library.Normalize(name)])
		fromFile[name] = v
	}
	return fromFile
}

// mergeValues starts from the profile and the defaults (Template.Prefill)
// and lets the --set options win, names compared ignoring case and accents.
func mergeValues(t library.Template, profile store.Profile, set map[string]string) map[string]string {
	out := t.Prefill(profile)
	byKey := make(map[string]string, len(set))
	for name, v := range set {
		byKey[library.Normalize(name)] = v
	}
	for _, v := range t.Variables {
		if val, ok := byKey[library.Normalize(v.Name)]; ok {
			out[v.Name] = val
		}
	}
	return out
}

func fillExit(v classify.Verdict, confirmed bool) int {
	if v == classify.Doubt && confirmed {
		return exitOK
	}
	return exitForVerdict(v)
}

// recordFillEvent keeps the indicators: which template, which verdict and
// rules, what happened. Never the values. A failure to record does not undo
// the prompt the volunteer already has (the exit code stays), but it is
// said on stderr, so that the référent's figures are never silently short.
func recordFillEvent(st *store.Store, io streams, id string, res classify.Result, code int) {
	action := store.ActionPrinted
	switch {
	case code == exitBlocked || code == exitDoubt:
		action = store.ActionRefused
	case res.Verdict == classify.Doubt:
		action = store.ActionConfirmDoubt
	}
	e := store.NewEvent(id, res.Verdict.String(), res.RuleNames(), action)
	err := st.RecordEvent(e)
	if errors.Is(err, store.ErrLocked) {
		// The prompt is already printed: waiting once more only delays the
		// exit, and halves the uses lost when many tamis run at once.
		err = st.RecordEvent(e)
	}
	if err != nil {
		fmt.Fprintf(io.err, i18n.T(
			"tamis : attention, cette utilisation n’a pas été comptée dans les indicateurs : %s\n",
			"tamis: warning, this use was not counted in the indicators: %s\n"), userMessage(err))
	}
}

// fillDetails is the end of `tamis fill --help`.
func fillDetails() string {
	return i18n.T(`Une valeur donnée avec --set reste dans l’historique du shell et se voit
dans la liste des processus : pour une valeur à ne pas laisser traîner,
préférez --valeurs. Son fichier (ou l’entrée standard avec -) contient une
ligne NOM=VALEUR par valeur ; les lignes vides et celles qui commencent par #
sont ignorées, les espaces autour du nom et de la valeur aussi ; dans une
valeur, \n est un retour à la ligne et \\ une barre oblique inverse. --set
l’emporte sur le fichier. Ces valeurs ne sont jamais enregistrées, ni dans la
base ni dans un fichier ; une erreur dans le fichier est signalée par son
numéro de ligne, jamais par son contenu.

Codes de sortie :
  0  prompt vérifié et affiché
  3  doute : rien n’est affiché (relancez avec --confirmer après vérification)
  4  bloqué : rien n’est affiché (détail sur la sortie d’erreur)
  1  erreur (dont une sortie standard impossible à écrire), 2  mauvaise utilisation
  2  aussi : une valeur ne correspond pas au type de sa variable (date, nombre,
     e-mail de l'association…) ; elle est refusée avant toute vérification
Si l’utilisation ne peut pas être comptée dans les indicateurs (base occupée
deux fois de suite), le prompt reste affiché, le code reste 0 et un
avertissement le dit sur la sortie d’erreur.`, `A value given with --set stays in the shell history and shows in the
process list: for a value that must not linger, prefer --values. Its file
(or standard input with -) holds one NAME=VALUE line per value; blank lines
and lines starting with # are skipped, so are spaces around the name and
the value; in a value, \n is a new line and \\ a backslash. --set wins over
the file. These values are never saved, neither in the database nor in a
file; an error in the file is reported by its line number, never its text.

Exit codes:
  0  checked prompt printed
  3  doubt: nothing printed (run again with --confirm after checking)
  4  blocked: nothing printed (details on stderr)
  1  error (standard output that cannot be written included), 2  usage error
  2  also: a value does not fit its variable's type (date, number, association
     e-mail…); it is refused before any check
When the use cannot be counted in the indicators (database busy twice), the
prompt stays printed, the exit code stays 0 and a warning on stderr says so.`)
}
