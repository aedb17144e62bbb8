package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/library/validation"
	"tamis/store"
)

func restoreCmd(a *app) *cobra.Command {
	var reason string
	var src phraseSource
	c := &cobra.Command{
		Use:     i18n.T("restore ID VERSION [--reason TEXTE]", "restore ID VERSION [--reason TEXT]"),
		Aliases: []string{"restaurer"},
		Short: i18n.T("remet une ancienne version, enregistrée comme nouvelle version (référent ; alias : restaurer)",
			"bring back an old version, saved as a new version (référent; alias: restaurer)"),
		Example: lifecycleExamples("restore"),
		Long:    lifecycleDetails(),
		Args:    restoreArgs,
		RunE: func(_ *cobra.Command, args []string) error {
			n, _ := parseVersion(args[1])
			st, err := openStore(a.db)
			if err != nil {
				return err
			}
			return restoreVersion(st, strings.ToUpper(args[0]), n, reason, src, a.io)
		},
	}
	addReasonFlag(c, &reason)
	addPhraseFlag(c, &src)
	return c
}

func restoreArgs(_ *cobra.Command, args []string) error {
	if len(args) != 2 {
		return usageErrorf("%s", i18n.T("indiquez un identifiant et un numéro de version : tamis restore PROMPT-001 2",
			"give an id and a version number: tamis restore PROMPT-001 2"))
	}
	if _, ok := parseVersion(args[1]); !ok {
		return usageErrorf("%s", errVersionNumber(args[1]))
	}
	return nil
}

// restoreVersion restores version n of id. A validated version passes the
// validation's check again: what a volunteer sees never bypasses it.
func restoreVersion(st *store.Store, id string, n int, reason string, src phraseSource, io streams) error {
	vs, err := st.Versions(id)
	if err != nil {
		return err
	}
	i := indexOfVersion(vs, n)
	if i < 0 {
		return fmt.Errorf("%s%s%w", id, i18n.T(" : ", ": "), store.ErrNoVersion)
	}
	v, cur := vs[i], vs[len(vs)-1]
	if string(library.Format(v.Template)) == string(library.Format(cur.Template)) {
		fmt.Fprintf(io.out, i18n.T("%s : la version %d a le texte actuel (version %d) : rien à faire.\n",
			"%s: version %d has the current text (version %d): nothing to do.\n"), id, n, cur.Number)
		return nil
	}
	if err := checkReason(st, reason, io); err != nil {
		return err
	}
	guard, err := validationGuard(st, v.Template, io)
	if guard == nil {
		return err
	}
	if err := beforeChange(st, io, src); err != nil {
		return err
	}
	ch := store.Change{Role: store.RoleReferent, Action: store.ActionTemplateRestored,
		Reason: reasonOr(reason, fmt.Sprintf(i18n.T("version %d restaurée", "version %d restored"), n))}
	m, err := st.Restore(id, n, ch, guard)
	if err != nil {
		return changeFailed(v.Template, err, io)
	}
	io.markSaved()
	fmt.Fprintf(io.out, i18n.T("%s : version %d restaurée, enregistrée comme version %d (statut : %s).\n",
		"%s: version %d restored, saved as version %d (status: %s).\n"), id, n, m, v.Template.Status)
	return nil
}

// validatedFindings checks the fixed wording of a text that would be saved
// as validated; nothing to check for a draft or an archive.
func validatedFindings(c *classify.Classifier, t library.Template) []validation.Finding {
	if t.Status != library.StatusValidated {
		return nil
	}
	return validation.CheckFixedWording(c, t)
}
