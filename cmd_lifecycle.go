package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/library/validation"
	"tamis/store"
)

// The référent's commands on one template's life: validate, send back to
// draft, archive. Each change is a new version with the référent's reason,
// recorded in the journal in the same write.

func validateCmd(a *app) *cobra.Command {
	return statusCmd(a, "validate", []string{"valider"}, library.StatusValidated,
		i18n.T("valide un modèle : les bénévoles le voient (référent ; alias : valider)", "validate a template: volunteers see it (référent; alias: valider)"))
}

func draftCmd(a *app) *cobra.Command {
	return statusCmd(a, "draft", []string{"brouillon"}, library.StatusDraft,
		i18n.T("renvoie un modèle en brouillon (référent ; alias : brouillon)", "send a template back to draft (référent; alias: brouillon)"))
}

func archiveCmd(a *app) *cobra.Command {
	return statusCmd(a, "archive", []string{"archiver"}, library.StatusArchived,
		i18n.T("archive un modèle : les bénévoles ne le voient plus (référent ; alias : archiver)", "archive a template: volunteers no longer see it (référent; alias: archiver)"))
}

// statusCmd builds validate, draft or archive.
func statusCmd(a *app, name string, aliases []string, status library.Status, short string) *cobra.Command {
	var reason string
	var src phraseSource
	c := &cobra.Command{
		Use:     name + i18n.T(" ID [--reason TEXTE]", " ID [--reason TEXT]"),
		Aliases: aliases,
		Short:   short,
		Example: lifecycleExamples(name),
		Long:    lifecycleDetails(),
		Args:    oneID,
		RunE: func(_ *cobra.Command, args []string) error {
			st, t, err := openTemplate(a.db, args[0])
			if err != nil {
				return err
			}
			return setStatus(st, t, status, reason, src, a.io)
		},
	}
	addReasonFlag(c, &reason)
	addPhraseFlag(c, &src)
	return c
}

// addReasonFlag adds --reason (--raison) to a command that changes a template.
func addReasonFlag(c *cobra.Command, reason *string) {
	c.Flags().StringVar(reason, "reason", "", i18n.T("la raison du changement, en une ligne (gardée dans l’historique)",
		"the reason of the change, one line (kept in the history)"))
	withPlaceholder(c.Flags(), "reason", i18n.T("TEXTE", "TEXT"))
}

// openTemplate opens the store and reads the template id (any case).
func openTemplate(db, id string) (*store.Store, library.Template, error) {
	st, err := openStore(db)
	if err != nil {
		return nil, library.Template{}, err
	}
	t, err := st.Get(strings.ToUpper(id))
	return st, t, err
}

// setStatus gives t a new status as a new version. The checks that need no
// passphrase come first (same status, the reason, the fixed wording), so a
// refused change costs no attempt; then the passphrase and the backup.
func setStatus(st *store.Store, t library.Template, status library.Status, reason string, src phraseSource, io streams) error {
	if t.Status == status {
		fmt.Fprintf(io.out, i18n.T("%s a déjà le statut « %s » : rien à faire.\n", "%s already has the status %s: nothing to do.\n"), t.ID, status.Label())
		return nil
	}
	if err := checkReason(st, reason, io); err != nil {
		return err
	}
	var guard store.Guard
	if status == library.StatusValidated {
		v := t
		v.Status = status
		var err error
		if guard, err = validationGuard(st, v, io); guard == nil {
			return err
		}
	}
	if err := beforeChange(st, io, src); err != nil {
		return err
	}
	ch := store.Change{Role: store.RoleReferent, Reason: reasonOr(reason, statusReason(status)), Action: store.StatusAction(status)}
	n, err := st.SetStatus(t.ID, status, ch, guard)
	if err != nil {
		return changeFailed(t, err, io)
	}
	io.markSaved()
	fmt.Fprintf(io.out, "%s\n", statusDone(t.ID, status, n))
	return nil
}

// changeFailed reports a change that the store refused: the fixed wording
// found at the last moment, or a template that moved meanwhile.
func changeFailed(t library.Template, err error, io streams) error {
	var fe validation.FixedWordingError
	if errors.As(err, &fe) {
		printFixedWording(io.err, t.ID, fe.Found, false)
		return exitWith(exitBlocked)
	}
	var le validation.LintError
	if errors.As(err, &le) {
		printLintRefusal(io.err, t.ID, le.Found)
		return exitWith(exitBlocked)
	}
	if errors.Is(err, store.ErrUnchanged) {
		fmt.Fprintf(io.out, i18n.T("%s : rien à changer.\n", "%s: nothing to change.\n"), t.ID)
		return nil
	}
	return err
}

// validationGuard checks t, a text about to be saved as validated, before
// the passphrase: nil and the refusal when the fixed wording or the lint
// refuse it, else the guard that checks again inside the write.
func validationGuard(st *store.Store, t library.Template, io streams) (store.Guard, error) {
	c, err := fixedWordingClassifier(st)
	if err != nil {
		return nil, err
	}
	o, err := validationLint(st)
	if err != nil {
		return nil, err
	}
	guard := validation.Guard(c, o)
	switch err := guard(t); {
	case err == nil:
		return guard, nil
	case errors.As(err, new(validation.FixedWordingError)):
		return nil, refuseValidation(st, t, err.(validation.FixedWordingError).Found, io)
	case errors.As(err, new(validation.LintError)):
		printLintRefusal(io.err, t.ID, err.(validation.LintError).Found)
		return nil, refuseValidation(st, t, nil, io)
	}
	return nil, err
}

// fixedWordingClassifier is the classifier of the validation: the
// association's allow and deny lists apply, its profile does not vouch.
func fixedWordingClassifier(st *store.Store) (*classify.Classifier, error) {
	rules, err := st.ClassifierRules()
	if err != nil {
		return nil, err
	}
	rules.Profile = nil
	return classify.New(classify.Rules(rules)), nil
}

// refuseValidation says where the fixed wording holds personal data and
// records the refusal in the journal (the template and its version, never
// the words).
func refuseValidation(st *store.Store, t library.Template, fs []validation.Finding, io streams) error {
	if len(fs) > 0 {
		printFixedWording(io.err, t.ID, fs, false)
	}
	e := store.Event{TemplateID: t.ID, Action: store.ActionValidationRefused}
	if vs, err := st.Versions(t.ID); err == nil && len(vs) > 0 {
		e.Version = vs[len(vs)-1].Number
	}
	if err := st.RecordEvent(e); err != nil {
		warnNotRecorded(io, err)
	}
	return exitWith(exitBlocked)
}

// printFixedWording writes one line a finding: line, part, words, reason.
// With later set, it says what a validation will refuse.
func printFixedWording(w io.Writer, id string, fs []validation.Finding, later bool) {
	head := i18n.T("tamis : %s n’est pas validé : son texte fixe (hors [variables]) contient des données personnelles ou sensibles.\n",
		"tamis: %s is not validated: its fixed wording (outside [variables]) holds personal or sensitive data.\n")
	if later {
		head = i18n.T("tamis : %s ne pourra pas être validé tel quel : son texte fixe (hors [variables]) contient des données personnelles ou sensibles.\n",
			"tamis: %s cannot be validated as it is: its fixed wording (outside [variables]) holds personal or sensitive data.\n")
	}
	fmt.Fprintf(w, head, id)
	for _, f := range fs {
		fmt.Fprintf(w, i18n.T("  ligne %d (%s) : « %s » — %s (catégorie %d)\n", "  line %d (%s): “%s” — %s (category %d)\n"),
			f.Line, f.Part, excerpt(f.Words), f.Reason, f.Category)
	}
	fmt.Fprintf(w, i18n.T("Remplacez ces mots par une [variable] ou retirez-les (tamis show %s montre les lignes), puis validez de nouveau.\n",
		"Replace these words with a [variable] or remove them (tamis show %s shows the lines), then validate again.\n"), id)
}

// checkReason refuses a reason that holds personal or sensitive data: it
// is kept in the history, and the history is no place for a name
// (validation.CheckReason, shared with the TUI).
func checkReason(st *store.Store, reason string, io streams) error {
	if reason == "" {
		return nil
	}
	c, err := fixedWordingClassifier(st)
	if err != nil {
		return err
	}
	var re validation.ReasonError
	switch err := validation.CheckReason(c, reason); {
	case errors.As(err, &re):
		fmt.Fprintln(io.err, i18n.T("tamis : la raison n’a pas été enregistrée : elle contient des données personnelles ou sensibles ; rien n’a été fait.",
			"tamis: the reason was not saved: it holds personal or sensitive data; nothing was done."))
		printReport(io.err, reason, re.Result)
		return exitWith(exitBlocked)
	case err != nil:
		return usageErrorf("%s", err)
	}
	return nil
}

func reasonOr(reason, fallback string) string {
	if reason != "" {
		return reason
	}
	return fallback
}

func statusReason(s library.Status) string {
	switch s {
	case library.StatusValidated:
		return i18n.T("validé", "validated")
	case library.StatusArchived:
		return i18n.T("archivé", "archived")
	}
	return i18n.T("renvoyé en brouillon", "sent back to draft")
}

func statusDone(id string, s library.Status, n int) string {
	switch s {
	case library.StatusValidated:
		return fmt.Sprintf(i18n.T("%s validé (version %d) : les bénévoles le voient désormais.",
			"%s validated (version %d): volunteers now see it."), id, n)
	case library.StatusArchived:
		return fmt.Sprintf(i18n.T("%s archivé (version %d) : les bénévoles ne le voient plus ; tamis restore le rend.",
			"%s archived (version %d): volunteers no longer see it; tamis restore brings it back."), id, n)
	}
	return fmt.Sprintf(i18n.T("%s renvoyé en brouillon (version %d) : les bénévoles ne le voient plus jusqu’à sa validation.",
		"%s sent back to draft (version %d): volunteers no longer see it until it is validated."), id, n)
}

// lifecycleExamples are the examples of validate, draft, archive and
// restore, the command's own first.
func lifecycleExamples(name string) string {
	lines := strings.Split(lifecycleExampleLines(), "\n")
	sort.SliceStable(lines, func(i, j int) bool {
		return strings.HasPrefix(lines[i], "  tamis "+name+" ") && !strings.HasPrefix(lines[j], "  tamis "+name+" ")
	})
	return strings.Join(lines, "\n")
}

func lifecycleExampleLines() string {
	return i18n.T(`  tamis validate PROMPT-013 --reason "relu en bureau"
  tamis draft PROMPT-013 --raison "à reformuler"
  tamis archive PROMPT-004
  tamis restore PROMPT-013 2`, `  tamis validate PROMPT-013 --reason "reviewed by the board"
  tamis draft PROMPT-013 --reason "to reword"
  tamis archive PROMPT-004
  tamis restore PROMPT-013 2`)
}

// lifecycleDetails is the rest of their help: versions, the check, codes.
func lifecycleDetails() string {
	return i18n.T(`Chaque changement est une nouvelle version du modèle (date, rôle, raison),
inscrite au journal ; tamis history ID les liste. Avant le changement,
tamis demande la phrase de passe du référent et sauvegarde la base.
Un modèle dont le texte fixe (hors [variables]) contient des données
personnelles ou sensibles ne peut pas être validé : tamis dit où.

Codes de sortie :
  0  fait (ou rien à faire)
  4  refusé : données personnelles ou sensibles dans le texte fixe ou la raison
  5  phrase de passe incorrecte : rien n’a été fait
  1  erreur, 2  mauvaise utilisation`, `Each change is a new version of the template (date, role, reason),
written to the journal; tamis history ID lists them. Before the change,
tamis asks for the référent passphrase and backs up the database.
A template whose fixed wording (outside [variables]) holds personal or
sensitive data cannot be validated: tamis says where.

Exit codes:
  0  done (or nothing to do)
  4  refused: personal or sensitive data in the fixed wording or the reason
  5  wrong passphrase: nothing was done
  1  error, 2  usage error`)
}
