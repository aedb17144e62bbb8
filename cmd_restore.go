package main

import (
	"fmt"
	"strings"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/store"
)

// cmdRestore saves an old version of a template again, as a new version:
// the history keeps everything in between.
func cmdRestore(args []string, io streams) int {
	f, reason, src := lifecycleFlags("restore")
	pos, code, ok := f.parse(args, io)
	if !ok {
		return code
	}
	if len(pos) != 2 {
		return f.usageError(io, i18n.T("indiquez un identifiant et un numéro de version : tamis restore PROMPT-001 2",
			"give an id and a version number: tamis restore PROMPT-001 2"))
	}
	n, ok := parseVersion(pos[1])
	if !ok {
		return f.usageError(io, errVersionNumber(pos[1]))
	}
	st, err := openStore(f.db)
	if err != nil {
		return fail(io, err)
	}
	return restoreVersion(st, strings.ToUpper(pos[0]), n, *reason, *src, io)
}

// restoreVersion restores version n of id. A validated version passes the
// validation's check again: what a volunteer sees never bypasses it.
func restoreVersion(st *store.Store, id string, n int, reason string, src phraseSource, io streams) int {
	v, err := st.VersionOf(id, n)
	if err != nil {
		return fail(io, err)
	}
	if code := checkReason(st, reason, io); code != exitOK {
		return code
	}
	c, err := fixedWordingClassifier(st)
	if err != nil {
		return fail(io, err)
	}
	if fs := validatedFindings(c, v.Template); len(fs) > 0 {
		return refuseValidation(st, v.Template, fs, io)
	}
	if code := beforeChange(st, io, src); code != exitOK {
		return code
	}
	ch := store.Change{Role: store.RoleReferent, Action: store.ActionTemplateRestored,
		Reason: reasonOr(reason, fmt.Sprintf(i18n.T("version %d restaurée", "version %d restored"), n))}
	m, err := st.Restore(id, n, ch, fixedWordingGuard(c))
	if err != nil {
		return changeFailed(v.Template, err, io)
	}
	io.markSaved()
	fmt.Fprintf(io.out, i18n.T("%s : version %d restaurée, enregistrée comme version %d (statut : %s).\n",
		"%s: version %d restored, saved as version %d (status: %s).\n"), id, n, m, v.Template.Status)
	return exitOK
}

// validatedFindings checks the fixed wording of a text that would be saved
// as validated; nothing to check for a draft or an archive.
func validatedFindings(c *classify.Classifier, t library.Template) []Finding {
	if t.Status != library.StatusValidated {
		return nil
	}
	return checkFixedWordingWith(c, t)
}
