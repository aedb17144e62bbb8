package main

import (
	"fmt"
	"strings"
	"time"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/store"
)

// setFlags collects repeated --set NAME=VALUE options.
type setFlags map[string]string

func (s setFlags) String() string { return "" }

func (s setFlags) Set(v string) error {
	name, value, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(name) == "" {
		return fmt.Errorf(i18n.T("attendu NOM=VALEUR, reçu « %s »", "expected NAME=VALUE, got %q"), v)
	}
	if err := library.CheckValue(strings.TrimSpace(name), value); err != nil {
		return err
	}
	s[strings.TrimSpace(name)] = value
	return nil
}

func cmdFill(args []string, io streams) int {
	f := newFlags("fill")
	values := setFlags{}
	f.Var(values, "set", i18n.T("valeur d’une variable, NOM=VALEUR (répétable)", "value of a variable, NAME=VALUE (repeatable)"))
	confirm := f.Bool("confirmer", false, i18n.T("accepte un résultat « doute » après vérification", "accept a “doubt” result after checking"))
	pos, code, ok := f.parse(args, io)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return f.usageError(io, errGiveID())
	}
	st, err := openStore(f.db)
	if err != nil {
		return fail(io, err)
	}
	d, err := st.ForFill(strings.ToUpper(pos[0]))
	if err != nil {
		return fail(io, err)
	}
	filled, err := d.Template.Fill(mergeValues(d.Template, d.Profile, values))
	if err != nil {
		return fail(io, err)
	}
	text := filled.Text()
	res := classify.New(d.Rules).Classify(text)
	code = fillExit(res.Verdict, *confirm)
	if code != exitOK {
		printRefusal(io, text, res, code)
	} else if err := printPrompt(io, text); err != nil {
		return fail(io, err) // nothing was shown: nothing to count
	}
	recordFillEvent(st, io, d.Template.ID, res, code)
	return code
}

// printRefusal explains on stderr why nothing was printed.
func printRefusal(io streams, text string, res classify.Result, code int) {
	printReport(io.err, text, res)
	if code == exitDoubt {
		fmt.Fprintln(io.err, i18n.T(
			"\nRien n’a été affiché. Après vérification, relancez avec --confirmer.",
			"\nNothing was printed. After checking, run again with --confirmer."))
	}
}

// printPrompt prints the checked prompt and makes sure it was written.
func printPrompt(io streams, text string) error {
	fmt.Fprintln(io.out, text)
	return io.flushOut()
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
	rules := make([]string, 0, len(res.Findings))
	for _, f := range res.Findings {
		rules = append(rules, f.Rule)
	}
	err := st.RecordEvent(store.Event{Time: time.Now(), TemplateID: id, Verdict: res.Verdict.String(),
		Rules: store.RuleNames(rules), Action: action})
	if err != nil {
		fmt.Fprintf(io.err, i18n.T(
			"tamis : attention, cette utilisation n’a pas été comptée dans les indicateurs : %s\n",
			"tamis: warning, this use was not counted in the indicators: %s\n"), userMessage(err))
	}
}
