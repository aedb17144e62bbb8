package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/store"
)

// journalEntry is one line of `tamis journal --json`: what, when, which
// template and version, by whom. Never a passphrase or a typed value: the
// events hold none.
type journalEntry struct {
	Time       time.Time  `json:"time"`
	Action     string     `json:"action"`
	TemplateID string     `json:"template_id,omitempty"`
	Version    int        `json:"version,omitempty"`
	Role       store.Role `json:"role,omitempty"`
}

func journalCmd(a *app) *cobra.Command {
	var asJSON bool
	var src phraseSource
	c := &cobra.Command{
		Use: "journal [--json]",
		Short: i18n.T("journal des actions du référent et des propositions (référent)",
			"journal of the référent's actions and the proposals (référent)"),
		Example: i18n.T(`  tamis journal
  tamis journal --json | jq '.[] | select(.action == "template-validated")'`, `  tamis journal
  tamis journal --json | jq '.[] | select(.action == "template-validated")'`),
		Long: i18n.T("Chaque ligne dit quoi, quand, quel modèle et quelle version, par quel rôle ; jamais une phrase de passe ni une valeur saisie.",
			"Each line says what, when, which template and version, by which role; never a passphrase nor a typed value."),
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return runJournal(a.db, a.io, asJSON, src) },
	}
	c.Flags().BoolVar(&asJSON, "json", false, i18n.T("sortie JSON (tableau d’objets), pour les scripts", "JSON output (array of objects), for scripts"))
	addPhraseFlag(c, &src)
	return c
}

// runJournal shows the référent's actions, oldest first, after the passphrase.
func runJournal(db string, io streams, asJSON bool, src phraseSource) error {
	st, err := openStore(db)
	if err != nil {
		return err
	}
	if err := requireReferent(st, io, src); err != nil {
		return err
	}
	events, err := st.Journal()
	if err != nil {
		return err
	}
	if asJSON {
		return printJournalJSON(io, events)
	}
	if len(events) == 0 {
		fmt.Fprintln(io.out, i18n.T("Le journal est vide.", "The journal is empty."))
		return nil
	}
	w := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, i18n.T("date\taction\tmodèle\tversion\trôle", "date\taction\ttemplate\tversion\trole"))
	for _, e := range events {
		v := "—"
		if e.Version > 0 {
			v = strconv.Itoa(e.Version)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", e.Time.Local().Format("02/01/2006 15:04"),
			journalLabel(e.Action), dash(e.TemplateID), v, journalRole(e))
	}
	return w.Flush()
}

func printJournalJSON(io streams, events []store.Event) error {
	out := make([]journalEntry, 0, len(events))
	for _, e := range events {
		out = append(out, journalEntry{Time: e.Time, Action: e.Action, TemplateID: e.TemplateID, Version: e.Version, Role: e.Role})
	}
	enc := json.NewEncoder(io.out)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// journalRole is who acted: the role recorded with a template's version;
// the actions on the passphrase, profile, rules and backups are the
// référent's by nature.
func journalRole(e store.Event) string {
	if e.Role != "" {
		return e.Role.Label()
	}
	if e.Action == store.ActionValidationRefused || e.Action == store.ActionReferentRefused {
		return "—"
	}
	return store.RoleReferent.Label()
}

// journalLabel is an action as a référent reads it.
func journalLabel(a string) string {
	labels := map[string][2]string{
		store.ActionReferentInit:      {"référent défini", "référent defined"},
		store.ActionReferentPasswd:    {"phrase de passe changée", "passphrase changed"},
		store.ActionReferentRefused:   {"phrase de passe refusée", "passphrase refused"},
		store.ActionProfileChanged:    {"profil modifié", "profile changed"},
		store.ActionRulesChanged:      {"règles modifiées", "rules changed"},
		store.ActionImported:          {"modèles importés", "templates imported"},
		store.ActionBackupRestored:    {"sauvegarde restaurée", "backup restored"},
		store.ActionBackupsKeep:       {"nombre de sauvegardes changé", "number of backups changed"},
		store.ActionSalvaged:          {"base réparée", "database repaired"},
		store.ActionCharterChanged:    {"charte modifiée", "charter changed"},
		store.ActionTemplateImported:  {"modèle importé", "template imported"},
		store.ActionTemplateProposed:  {"modèle proposé", "template proposed"},
		store.ActionTemplateCreated:   {"modèle créé", "template created"},
		store.ActionTemplateEdited:    {"modèle modifié", "template edited"},
		store.ActionTemplateValidated: {"modèle validé", "template validated"},
		store.ActionTemplateDraft:     {"renvoyé en brouillon", "sent back to draft"},
		store.ActionTemplateArchived:  {"modèle archivé", "template archived"},
		store.ActionTemplateRestored:  {"version restaurée", "version restored"},
		store.ActionValidationRefused: {"validation refusée", "validation refused"},
		store.ActionConflictTaken:     {"conflit réglé : version du dossier", "conflict settled: the folder's version"},
		store.ActionConflictKept:      {"conflit réglé : version de cet ordinateur", "conflict settled: this laptop's version"},
		store.ActionConflictMerged:    {"conflit réglé : fusion", "conflict settled: merge"},
	}
	if l, ok := labels[a]; ok {
		return i18n.T(l[0], l[1])
	}
	return a
}
