package main

import (
	"errors"
	"fmt"
	"io"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/store"
)

// The référent's commands on one template's life: validate, send back to
// draft, archive. Each change is a new version with the référent's reason,
// recorded in the journal in the same write.

func cmdValidate(args []string, io streams) int {
	return cmdSetStatus("validate", library.StatusValidated, args, io)
}

func cmdDraft(args []string, io streams) int {
	return cmdSetStatus("draft", library.StatusDraft, args, io)
}

func cmdArchive(args []string, io streams) int {
	return cmdSetStatus("archive", library.StatusArchived, args, io)
}

// lifecycleFlags are the options of the commands that change a template.
func lifecycleFlags(name string) (*flags, *string, *phraseSource) {
	f := newFlags(name)
	reason := f.String("raison", "", i18n.T("la raison du changement, en une ligne (gardée dans l’historique)",
		"the reason of the change, one line (kept in the history)"))
	src := &phraseSource{}
	f.addPhraseFlag(src)
	return f, reason, src
}

// cmdSetStatus parses the command line of validate, draft or archive and
// runs setStatus.
func cmdSetStatus(name string, status library.Status, args []string, io streams) int {
	f, reason, src := lifecycleFlags(name)
	pos, code, ok := f.parse(args, io)
	if !ok {
		return code
	}
	st, t, code, ok := f.loadTemplate(io, pos)
	if !ok {
		return code
	}
	return setStatus(st, t, status, *reason, *src, io)
}

// setStatus gives t a new status as a new version. The checks that need no
// passphrase come first (same status, the reason, the fixed wording), so a
// refused change costs no attempt; then the passphrase and the backup.
func setStatus(st *store.Store, t library.Template, status library.Status, reason string, src phraseSource, io streams) int {
	if t.Status == status {
		fmt.Fprintf(io.out, i18n.T("%s est déjà %s : rien à faire.\n", "%s is already %s: nothing to do.\n"), t.ID, statusLabel(status))
		return exitOK
	}
	if code := checkReason(st, reason, io); code != exitOK {
		return code
	}
	var guard store.Guard
	if status == library.StatusValidated {
		c, err := fixedWordingClassifier(st)
		if err != nil {
			return fail(io, err)
		}
		if fs := checkFixedWordingWith(c, t); len(fs) > 0 {
			return refuseValidation(st, t, fs, io)
		}
		guard = fixedWordingGuard(c)
	}
	if code := beforeChange(st, io, src); code != exitOK {
		return code
	}
	ch := store.Change{Role: store.RoleReferent, Reason: reasonOr(reason, statusReason(status)), Action: statusAction(status)}
	n, err := st.SetStatus(t.ID, status, ch, guard)
	if err != nil {
		return changeFailed(t, err, io)
	}
	io.markSaved()
	fmt.Fprintf(io.out, "%s\n", statusDone(t.ID, status, n))
	return exitOK
}

// changeFailed reports a change that the store refused: the fixed wording
// found at the last moment, or a template that moved meanwhile.
func changeFailed(t library.Template, err error, io streams) int {
	var fe fixedWordingError
	if errors.As(err, &fe) {
		printFixedWording(io.err, t.ID, fe.found, false)
		return exitBlocked
	}
	if errors.Is(err, store.ErrUnchanged) {
		fmt.Fprintf(io.out, i18n.T("%s : rien à changer.\n", "%s: nothing to change.\n"), t.ID)
		return exitOK
	}
	return fail(io, err)
}

// fixedWordingClassifier is the classifier of the validation: the
// association's allow and deny lists apply, its profile does not vouch.
func fixedWordingClassifier(st *store.Store) (*classify.Classifier, error) {
	rules, err := st.ClassifierRules()
	if err != nil {
		return nil, err
	}
	rules.Profile = nil
	return classify.New(rules), nil
}

// fixedWordingError carries the findings of a guard that refused.
type fixedWordingError struct{ found []Finding }

func (e fixedWordingError) Error() string {
	return i18n.T("texte fixe avec des données personnelles ou sensibles", "fixed wording with personal or sensitive data")
}

// fixedWordingGuard refuses, inside the store's write, a validated text
// whose fixed wording holds personal or sensitive data.
func fixedWordingGuard(c *classify.Classifier) store.Guard {
	return func(t library.Template) error {
		if t.Status != library.StatusValidated {
			return nil
		}
		if fs := checkFixedWordingWith(c, t); len(fs) > 0 {
			return fixedWordingError{fs}
		}
		return nil
	}
}

// refuseValidation says where the fixed wording holds personal data and
// records the refusal in the journal (the template and its version, never
// the words).
func refuseValidation(st *store.Store, t library.Template, fs []Finding, io streams) int {
	printFixedWording(io.err, t.ID, fs, false)
	e := store.Event{TemplateID: t.ID, Action: store.ActionValidationRefused}
	if vs, err := st.Versions(t.ID); err == nil && len(vs) > 0 {
		e.Version = vs[len(vs)-1].Number
	}
	if err := st.RecordEvent(e); err != nil {
		warnNotRecorded(io, err)
	}
	return exitBlocked
}

// printFixedWording writes one line a finding: line, part, words, reason.
// With later set, it says what a validation will refuse.
func printFixedWording(w io.Writer, id string, fs []Finding, later bool) {
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
// is kept in the history, and the history is no place for a name.
func checkReason(st *store.Store, reason string, io streams) int {
	if reason == "" {
		return exitOK
	}
	if err := library.CheckValue(i18n.T("raison", "reason"), reason); err != nil {
		fmt.Fprintf(io.err, i18n.T("tamis : %s\n", "tamis: %s\n"), err)
		return exitUsage
	}
	c, err := fixedWordingClassifier(st)
	if err != nil {
		return fail(io, err)
	}
	// Blocked only: a reason is a few words about a template ("relu en
	// bureau"), where the gray zone's doubts would refuse every other one.
	if res := c.Classify(reason); res.Verdict == classify.Blocked {
		fmt.Fprintln(io.err, i18n.T("tamis : la raison n’a pas été enregistrée : elle contient des données personnelles ou sensibles ; rien n’a été fait.",
			"tamis: the reason was not saved: it holds personal or sensitive data; nothing was done."))
		printReport(io.err, reason, res)
		return exitBlocked
	}
	return exitOK
}

func reasonOr(reason, fallback string) string {
	if reason != "" {
		return reason
	}
	return fallback
}

func statusAction(s library.Status) string {
	switch s {
	case library.StatusValidated:
		return store.ActionTemplateValidated
	case library.StatusArchived:
		return store.ActionTemplateArchived
	}
	return store.ActionTemplateDraft
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

func statusLabel(s library.Status) string {
	switch s {
	case library.StatusValidated:
		return i18n.T("validé", "validated")
	case library.StatusArchived:
		return i18n.T("archivé", "archived")
	case library.StatusDraft:
		return i18n.T("brouillon", "a draft")
	}
	return string(s)
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

// lifecycleDetails is the help of validate, draft, archive and restore.
func lifecycleDetails() string {
	return i18n.T(`Chaque changement est une nouvelle version du modèle (date, rôle, raison),
inscrite au journal ; tamis history ID les liste. Avant le changement,
tamis demande la phrase de passe du référent et sauvegarde la base.
Un modèle dont le texte fixe (hors [variables]) contient des données
personnelles ou sensibles ne peut pas être validé : tamis dit où.

Exemples :
  tamis validate PROMPT-013 --raison "relu en bureau"
  tamis draft PROMPT-013 --raison "à reformuler"
  tamis archive PROMPT-004
  tamis restore PROMPT-013 2

Codes de sortie :
  0  fait (ou rien à faire)
  4  refusé : données personnelles ou sensibles dans le texte fixe ou la raison
  5  phrase de passe incorrecte : rien n’a été fait
  1  erreur, 2  mauvaise utilisation`, `Each change is a new version of the template (date, role, reason),
written to the journal; tamis history ID lists them. Before the change,
tamis asks for the référent passphrase and backs up the database.
A template whose fixed wording (outside [variables]) holds personal or
sensitive data cannot be validated: tamis says where.

Examples:
  tamis validate PROMPT-013 --raison "reviewed by the board"
  tamis draft PROMPT-013 --raison "to reword"
  tamis archive PROMPT-004
  tamis restore PROMPT-013 2

Exit codes:
  0  done (or nothing to do)
  4  refused: personal or sensitive data in the fixed wording or the reason
  5  wrong passphrase: nothing was done
  1  error, 2  usage error`)
}
