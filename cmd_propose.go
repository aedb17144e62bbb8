package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/validation"
	"tamis/store"
)

func proposeCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     i18n.T("propose FICHIER|DOSSIER|-", "propose FILE|FOLDER|-"),
		Aliases: []string{"proposer"},
		Short:   i18n.T("propose des modèles, enregistrés comme brouillons (ouvert à tous ; alias : proposer)", "propose templates, saved as drafts (open to anyone; alias: proposer)"),
		Example: i18n.T(`  tamis propose nouveau-modele.md
  tamis propose - < modele.md`, `  tamis propose new-template.md
  tamis propose - < template.md`),
		Long: i18n.T(`Les modèles proposés sont des brouillons : les bénévoles les voient une
fois validés par le référent (tamis validate ID). Une proposition ne
remplace jamais un modèle validé ou archivé.`, `Proposed templates are drafts: volunteers see them once the référent
has validated them (tamis validate ID). A proposal never replaces a
validated or archived template.`),
		Args: oneSource,
		RunE: func(_ *cobra.Command, args []string) error { return runPropose(a.db, a.io, args[0]) },
	}
}

// oneSource requires the file, folder or - of import and propose.
func oneSource(_ *cobra.Command, args []string) error {
	if len(args) != 1 {
		return usageErrorf("%s", i18n.T("indiquez un fichier, un dossier ou - pour l’entrée standard",
			"give a file, a folder or - for standard input"))
	}
	return nil
}

// runPropose reads the templates of arg and proposes them.
func runPropose(db string, io streams, arg string) error {
	sources, err := readSources(arg, io.in)
	if err != nil {
		return err
	}
	located, err := library.ParseAll(sources)
	if err != nil {
		fmt.Fprintln(io.err, i18n.T("tamis : rien n’a été proposé.", "tamis: nothing was proposed."))
		return err
	}
	st, err := openStore(db)
	if err != nil {
		return err
	}
	return proposeTemplates(st, templatesOf(located), io)
}

func templatesOf(located []library.Located) []library.Template {
	ts := make([]library.Template, len(located))
	for i, l := range located {
		ts[i] = l.Template
	}
	return ts
}

// proposeTemplates saves ts as drafts made by a volunteer, all or nothing,
// and says what the référent's validation will refuse.
func proposeTemplates(st *store.Store, ts []library.Template, io streams) error {
	ch := store.Change{Role: store.RoleVolunteer, Reason: i18n.T("proposition", "proposal"), Action: store.ActionTemplateProposed}
	saved, err := st.ImportVersions(ts, ch, true)
	if err != nil {
		fmt.Fprintln(io.err, i18n.T("tamis : rien n’a été proposé.", "tamis: nothing was proposed."))
		return err
	}
	io.markSaved()
	if len(saved) == 0 {
		fmt.Fprintln(io.out, i18n.T("Rien de nouveau : ces brouillons sont déjà proposés tels quels.",
			"Nothing new: these drafts are already proposed as they are."))
		return nil
	}
	for _, s := range saved {
		fmt.Fprintf(io.out, i18n.T("%s proposé comme brouillon (version %d).\n", "%s proposed as a draft (version %d).\n"), s.ID, s.Version)
	}
	fmt.Fprintln(io.out, i18n.T("Les bénévoles le verront une fois validé par le référent (tamis validate ID).",
		"Volunteers will see it once the référent has validated it (tamis validate ID)."))
	warnUnvalidatable(st, ts, io)
	return nil
}

// warnUnvalidatable tells the proposer, before the référent, what the
// validation will refuse, so that the draft can be fixed now.
func warnUnvalidatable(st *store.Store, ts []library.Template, io streams) {
	c, err := fixedWordingClassifier(st)
	if err != nil {
		return
	}
	for _, t := range ts {
		if fs := validation.CheckFixedWording(c, t); len(fs) > 0 {
			printFixedWording(io.err, t.ID, fs, true)
		}
	}
}
