package main

import (
	"fmt"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// cmdPropose lets anyone bring templates in as drafts: the volunteers see
// them only once a référent has validated them.
func cmdPropose(args []string, io streams) int {
	f := newFlags("propose")
	pos, code, ok := f.parse(args, io)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return f.usageError(io, i18n.T("indiquez un fichier, un dossier ou - pour l’entrée standard",
			"give a file, a folder or - for standard input"))
	}
	sources, err := readSources(pos[0], io.in)
	if err != nil {
		return fail(io, err)
	}
	located, err := library.ParseAll(sources)
	if err != nil {
		fmt.Fprintln(io.err, i18n.T("tamis : rien n’a été proposé.", "tamis: nothing was proposed."))
		return fail(io, err)
	}
	st, err := openStore(f.db)
	if err != nil {
		return fail(io, err)
	}
	ts := make([]library.Template, len(located))
	for i, l := range located {
		ts[i] = l.Template
	}
	return proposeTemplates(st, ts, io)
}

// proposeTemplates saves ts as drafts made by a volunteer, all or nothing,
// and says what the référent's validation will refuse.
func proposeTemplates(st *store.Store, ts []library.Template, io streams) int {
	ch := store.Change{Role: store.RoleVolunteer, Reason: i18n.T("proposition", "proposal"), Action: store.ActionTemplateProposed}
	saved, err := st.ImportVersions(ts, ch, true)
	if err != nil {
		fmt.Fprintln(io.err, i18n.T("tamis : rien n’a été proposé.", "tamis: nothing was proposed."))
		return fail(io, err)
	}
	io.markSaved()
	if len(saved) == 0 {
		fmt.Fprintln(io.out, i18n.T("Rien de nouveau : ces brouillons sont déjà proposés tels quels.",
			"Nothing new: these drafts are already proposed as they are."))
		return exitOK
	}
	for _, s := range saved {
		fmt.Fprintf(io.out, i18n.T("%s proposé comme brouillon (version %d).\n", "%s proposed as a draft (version %d).\n"), s.ID, s.Version)
	}
	fmt.Fprintln(io.out, i18n.T("Les bénévoles le verront une fois validé par le référent (tamis validate ID).",
		"Volunteers will see it once the référent has validated it (tamis validate ID)."))
	warnUnvalidatable(st, ts, io)
	return exitOK
}

// warnUnvalidatable tells the proposer, before the référent, what the
// validation will refuse, so that the draft can be fixed now.
func warnUnvalidatable(st *store.Store, ts []library.Template, io streams) {
	c, err := fixedWordingClassifier(st)
	if err != nil {
		return
	}
	for _, t := range ts {
		if fs := checkFixedWordingWith(c, t); len(fs) > 0 {
			printFixedWording(io.err, t.ID, fs, true)
		}
	}
}
