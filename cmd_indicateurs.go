package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/method"
	"tamis/store"
	"tamis/tui"
)

// indicatorOptions are the choices of `tamis indicateurs`: how to print,
// the window, and the référent's settings (-1: unchanged).
type indicatorOptions struct {
	json, csv, incident   bool
	since                 string
	team, minutes, retain int
	minutesFor            string // ID=N
	src                   phraseSource
}

func (o indicatorOptions) settings() bool {
	return o.team >= 0 || o.minutes >= 0 || o.retain >= 0 || o.minutesFor != "" || o.incident
}

func indicateursCmd(a *app) *cobra.Command {
	o := indicatorOptions{team: -1, minutes: -1, retain: -1}
	c := &cobra.Command{
		Use:   i18n.T("indicateurs [--json|--csv] [--since DATE] [--team N] [--minutes N] [--retention MOIS] [--incident]", "indicateurs [--json|--csv] [--since DATE] [--team N] [--minutes N] [--retention MONTHS] [--incident]"),
		Short: i18n.T("indicateurs de la méthode : utilisations, sécurité, charte, formation", "the method's indicators: uses, safety, charter, training"),
		Long: i18n.T(`Les indicateurs se calculent sur les événements : modèle, heure, verdict,
règles, action — jamais une valeur saisie. Les objectifs de la méthode :
0 incident, 100 % de l’équipe signataire de la charte. Le temps gagné est
une estimation : des minutes par utilisation, fixées par le référent. Les
événements plus anciens que la durée de conservation (24 mois par défaut)
sont effacés.`, `The indicators are computed from the events: template, time, verdict,
rules, action — never a typed value. The method's goals: 0 incident, 100 %
of the team signed the charter. Time saved is an estimate: minutes per
use, set by the référent. Events older than the retention (24 months by
default) are erased.`),
		Example: i18n.T(`  tamis indicateurs
  tamis indicateurs --depuis 2026-09-01 --csv > trimestre.csv
  tamis indicateurs --equipe 12 --minutes 15
  tamis indicateurs --minutes-modele PROMPT-003=30
  tamis indicateurs --incident`, `  tamis indicateurs
  tamis indicateurs --since 2026-09-01 --csv > quarter.csv
  tamis indicateurs --team 12 --minutes 15
  tamis indicateurs --minutes-template PROMPT-003=30
  tamis indicateurs --incident`),
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return runIndicateurs(a, o, time.Now()) },
	}
	f := c.Flags()
	f.BoolVar(&o.json, "json", false, i18n.T("en JSON, pour le bilan annuel", "as JSON, for the annual review"))
	f.BoolVar(&o.csv, "csv", false, i18n.T("en CSV (indicateur,valeur), pour un tableur", "as CSV (indicator,value), for a spreadsheet"))
	f.StringVar(&o.since, "since", "", i18n.T("à partir de cette date (AAAA-MM-JJ ou JJ/MM/AAAA)", "from this date (YYYY-MM-DD or DD/MM/YYYY)"))
	f.IntVar(&o.team, "team", -1, i18n.T("nombre de personnes de l’équipe, base du « % signé » (référent)", "number of people in the team, base of the “% signed” (référent)"))
	f.IntVar(&o.minutes, "minutes", -1, i18n.T("minutes gagnées par utilisation, par défaut (référent)", "minutes saved per use, by default (référent)"))
	f.StringVar(&o.minutesFor, "minutes-template", "", i18n.T("minutes gagnées pour un modèle : ID=N, ID=- pour revenir au défaut (référent)", "minutes saved for one template: ID=N, ID=- back to the default (référent)"))
	f.IntVar(&o.retain, "retention", -1, fmt.Sprintf(i18n.T("mois de conservation des événements, %d par défaut (référent)", "months events are kept, %d by default (référent)"), store.DefaultRetentionMonths))
	f.BoolVar(&o.incident, "incident", false, i18n.T("inscrit un incident signalé : une donnée partie par erreur (référent)", "record a reported incident: data that left by mistake (référent)"))
	for name, ph := range map[string]string{"since": "DATE", "team": "N", "minutes": "N", "minutes-template": "ID=N", "retention": i18n.T("MOIS", "MONTHS")} {
		withPlaceholder(f, name, ph)
	}
	addPhraseFlag(c, &o.src)
	return c
}

// runIndicateurs prints the indicators of the method, or changes the
// référent's settings behind them.
func runIndicateurs(a *app, o indicatorOptions, now time.Time) error {
	since, msg := o.check()
	if msg != "" { // before the passphrase: a typo costs no attempt
		return usageErrorf("%s", msg)
	}
	st, err := openStore(a.db)
	if err != nil {
		return err
	}
	if err := requireReferent(st, a.io, o.src); err != nil {
		return err
	}
	if o.settings() {
		return applyIndicatorSettings(st, a.io, o, now)
	}
	ind, err := method.Gather(st, since, time.Time{})
	if err != nil {
		return err
	}
	return printIndicators(a.io, ind, o)
}

// check validates the options; the start of the window, or a message.
func (o indicatorOptions) check() (time.Time, string) {
	var since time.Time
	if o.since != "" {
		var ok bool
		if since, ok = parseDay(o.since); !ok {
			return since, fmt.Sprintf(i18n.T("date « %s » illisible : AAAA-MM-JJ ou JJ/MM/AAAA", "unreadable date %q: YYYY-MM-DD or DD/MM/YYYY"), o.since)
		}
	}
	switch {
	case o.json && o.csv:
		return since, i18n.T("--json et --csv ne vont pas ensemble", "--json and --csv do not go together")
	case o.settings() && (o.json || o.csv || o.since != ""):
		return since, i18n.T("un réglage (--equipe, --minutes…) ne s’affiche pas : lancez-le seul", "a setting (--team, --minutes…) prints nothing: run it alone")
	case o.team > 10000 || o.team < -1:
		return since, i18n.T("--equipe : ", "--team: ") + store.ErrBadTeamSize.Error()
	case o.minutes > 480 || o.minutes < -1:
		return since, i18n.T("--minutes : ", "--minutes: ") + store.ErrBadMinutes.Error()
	case o.retain != -1 && (o.retain < 1 || o.retain > store.MaxRetentionMonths):
		return since, i18n.T("--conservation : ", "--retention: ") + store.ErrBadRetention.Error()
	}
	if o.minutesFor != "" {
		if _, _, ok := parseMinutesFor(o.minutesFor); !ok {
			return since, fmt.Sprintf(i18n.T("--minutes-modele « %s » : écrivez ID=N (PROMPT-001=15) ou ID=-", "--minutes-template %q: write ID=N (PROMPT-001=15) or ID=-"), o.minutesFor)
		}
	}
	return since, ""
}

// parseDay reads a day in the ISO or the French order, at local midnight.
func parseDay(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "02/01/2006"} {
		if t, err := time.ParseInLocation(layout, strings.TrimSpace(s), time.Local); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseMinutesFor reads ID=N or ID=- (-1: back to the default).
func parseMinutesFor(s string) (string, int, bool) {
	id, v, ok := strings.Cut(s, "=")
	id = strings.ToUpper(strings.TrimSpace(id))
	if !ok || !strings.HasPrefix(id, "PROMPT-") {
		return "", 0, false
	}
	if strings.TrimSpace(v) == "-" {
		return id, -1, true
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	return id, n, err == nil && n >= 0 && n <= 480
}

// applyIndicatorSettings makes the référent's changes, each said once done.
func applyIndicatorSettings(st *store.Store, io streams, o indicatorOptions, now time.Time) error {
	steps := []struct {
		on bool
		do func() (string, error)
	}{
		{o.team >= 0, func() (string, error) {
			return fmt.Sprintf(i18n.T("Équipe : %d personne(s).", "Team: %d people."), o.team), st.SetTeamSize(o.team)
		}},
		{o.minutes >= 0, func() (string, error) {
			return fmt.Sprintf(i18n.T("Minutes gagnées par défaut : %d.", "Default minutes saved: %d."), o.minutes), st.SetMinutes("", o.minutes)
		}},
		{o.minutesFor != "", func() (string, error) {
			id, n, _ := parseMinutesFor(o.minutesFor)
			return fmt.Sprintf(i18n.T("Minutes gagnées pour %s : %s.", "Minutes saved for %s: %s."), id, minutesWord(n)), st.SetMinutes(id, n)
		}},
		{o.retain >= 0, func() (string, error) {
			n, err := st.SetRetentionMonths(o.retain, now)
			return fmt.Sprintf(i18n.T("Événements conservés %d mois (%d plus ancien(s) effacé(s)).", "Events kept %d months (%d older one(s) erased)."), o.retain, n), err
		}},
		{o.incident, func() (string, error) {
			return i18n.T("Incident inscrit. Merci de l’avoir signalé : il sert à améliorer nos pratiques.", "Incident recorded. Thank you for reporting it: it helps improve our practice."), st.RecordIncident(now)
		}},
	}
	for _, s := range steps {
		if !s.on {
			continue
		}
		msg, err := s.do()
		if err != nil {
			return err
		}
		io.markSaved()
		fmt.Fprintln(io.out, msg)
	}
	return nil
}

func minutesWord(n int) string {
	if n < 0 {
		return i18n.T("la valeur par défaut", "the default")
	}
	return strconv.Itoa(n)
}

func printIndicators(io streams, ind method.Indicators, o indicatorOptions) error {
	switch {
	case o.json:
		enc := json.NewEncoder(io.out)
		enc.SetIndent("", "  ")
		return enc.Encode(ind)
	case o.csv:
		return writeIndicatorsCSV(io, ind)
	default:
		width, ok := terminalWidth(io.out)
		if !ok {
			width = 80
		}
		fmt.Fprintln(io.out, indicatorsTitle(ind))
		fmt.Fprintln(io.out, tui.RenderIndicators(ind, width))
	}
	return nil
}

func indicatorsTitle(ind method.Indicators) string {
	if ind.From.IsZero() {
		return i18n.T("Indicateurs de la méthode, depuis le début", "Indicators of the method, since the start")
	}
	return fmt.Sprintf(i18n.T("Indicateurs de la méthode, depuis le %s", "Indicators of the method, since %s"), ind.From.Format(dayLayout()))
}

// writeIndicatorsCSV writes one indicator a line, then the uses per
// template and per week, under stable English keys a spreadsheet keeps.
func writeIndicatorsCSV(io streams, ind method.Indicators) error {
	w := csv.NewWriter(io.out)
	rows := [][]string{{"indicator", "value"}}
	for _, kv := range []struct {
		k string
		v int
	}{
		{"uses", ind.Uses}, {"verdict_ok", ind.VerdictOK}, {"verdict_doubt", ind.VerdictDoubt},
		{"verdict_blocked", ind.VerdictBlocked}, {"incidents_avoided", ind.IncidentsAvoided},
		{"incidents", ind.Incidents}, {"doubts_confirmed", ind.DoubtsConfirmed},
		{"doubts_cancelled", ind.DoubtsCancelled}, {"anonymisations", ind.Anonymisations},
		{"signatures", ind.Signatures}, {"signed_current", ind.SignedCurrent},
		{"signed_older", ind.SignedOlder}, {"team_size", ind.TeamSize},
		{"charter_percent", ind.CharterPercent}, {"training_rounds", ind.TrainingRounds},
		{"training_passed", ind.TrainingPassed}, {"training_percent", ind.TrainingPercent},
		{"surveys", ind.Surveys}, {"minutes_saved", ind.MinutesSaved},
	} {
		rows = append(rows, []string{kv.k, strconv.Itoa(kv.v)})
	}
	for _, c := range ind.PerTemplate {
		rows = append(rows, []string{"uses:" + c.TemplateID, strconv.Itoa(c.Uses)})
	}
	for _, wk := range ind.PerWeek {
		rows = append(rows, []string{"week:" + wk.Label, strconv.Itoa(wk.Uses)})
	}
	if err := w.WriteAll(rows); err != nil {
		return err
	}
	return w.Error()
}
