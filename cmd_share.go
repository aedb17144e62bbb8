package main

import (
	"errors"
	"fmt"
	"strings"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/validation"
	"tamis/store"
)

// sharedExport checks that an export to dir loses nothing and returns the
// files of its .tamis folder: each template's versions, profile, rules,
// charter.
func sharedExport(st *store.Store, dir string) (map[string][]byte, error) {
	shared, err := st.SharedTemplates()
	if err != nil {
		return nil, err
	}
	aside, err := st.SetAside()
	if err != nil {
		return nil, err
	}
	pending, err := st.Conflicts()
	if err != nil {
		return nil, err
	}
	if err := checkNothingLost(dir, shared, aside, len(pending)); err != nil {
		return nil, err
	}
	p, err := st.Profile()
	if err != nil {
		return nil, err
	}
	r, err := st.Rules()
	if err != nil {
		return nil, err
	}
	files, err := sharedFiles(shared, p, r)
	if err != nil {
		return nil, err
	}
	return files, addCharterFile(st, dir, files)
}

// mergeFolder merges a shared folder into the database, after a backup:
// newer versions are added, conflicts reported and left as they are on
// both sides, the folder's side kept here for the référent to settle in
// the interface. A validated text whose fixed wording holds personal data is
// refused, as a validation would be.
func mergeFolder(st *store.Store, dir string, located []library.Located, io streams) error {
	shared, p, r, err := readShared(dir, located)
	if err != nil {
		return nothingImported(io, err)
	}
	if err := checkSharedSettings(st, p, r, io); err != nil {
		return nothingImported(io, err)
	}
	charter, err := readSharedCharter(dir, io)
	if err != nil {
		return nothingImported(io, err)
	}
	c, err := fixedWordingClassifier(st)
	if err != nil {
		return err
	}
	o, err := validationLint(st)
	if err != nil {
		return err
	}
	if _, err := st.AutoBackup(); err != nil {
		return nothingImported(io, err)
	}
	ch := store.Change{Role: store.RoleReferent, Action: store.ActionTemplateImported}
	rep, err := st.MergeShared(shared, p, r, ch, validation.Guard(c, o))
	if err != nil {
		return nothingImported(io, err)
	}
	io.markSaved()
	printMerge(io, dir, rep)
	return mergeCharter(st, dir, charter, io)
}

// checkSharedSettings runs on the profile values and rules entries that
// the folder would add here the checks of tamis profile and tamis rules:
// a shared folder is no way around them.
func checkSharedSettings(st *store.Store, p store.Profile, r store.Rules, io streams) error {
	cur, err := st.Profile()
	if err != nil {
		return err
	}
	lists, err := st.Rules()
	if err != nil {
		return err
	}
	added := setFlags{}
	for name, v := range p {
		if _, ok := cur[name]; !ok {
			added[name] = v
		}
	}
	if err := checkProfileValues(st, added, io); err != nil {
		return err
	}
	for _, e := range newEntries(lists.Deny, r.Deny) {
		if err := checkDenyEntry(strings.TrimSpace(e)); err != nil {
			return err
		}
	}
	return checkAllowEntries(st, newEntries(lists.Allow, r.Allow), io)
}

// newEntries are the entries of add absent from list (case and accents
// ignored).
func newEntries(list, add []string) []string {
	seen := map[string]bool{}
	for _, e := range list {
		seen[library.Normalize(e)] = true
	}
	var out []string
	for _, e := range add {
		if !seen[library.Normalize(e)] {
			out = append(out, e)
		}
	}
	return out
}

// printMerge says what a merge did: counts on stdout, then each conflict
// and refusal on stderr with what to do.
func printMerge(io streams, dir string, rep store.MergeReport) {
	count := map[store.MergeOutcome]int{}
	for _, t := range rep.Templates {
		count[t.Outcome]++
		switch t.Outcome {
		case store.MergeConflict:
			fmt.Fprintf(io.err, i18n.T("tamis : %s a changé ici et dans le dossier depuis leur dernière version commune : rien n’a été changé ici, ni dans le dossier ; le texte du dossier est gardé ici jusqu’à ce que vous choisissiez.\n",
				"tamis: %s changed here and in the folder since their last common version: nothing was changed here nor in the folder; the folder's text is kept here until you choose.\n"), t.ID)
		case store.MergeRefused:
			var fe validation.FixedWordingError
			var le validation.LintError
			if errors.As(t.Err, &fe) {
				printFixedWording(io.err, t.ID, fe.Found, false)
			} else if errors.As(t.Err, &le) {
				printLintRefusal(io.err, t.ID, le.Found)
			}
		}
	}
	fmt.Fprintf(io.out, i18n.T("%d modèle(s) ajouté(s), %d mis à jour.\n", "%d template(s) added, %d updated.\n"),
		count[store.MergeAdded], count[store.MergeUpdated])
	if n := count[store.MergeLocalNewer]; n > 0 {
		fmt.Fprintf(io.out, i18n.T("%d modèle(s) plus récent(s) ici : gardé(s).\n", "%d template(s) newer here: kept.\n"), n)
	}
	if n := count[store.MergeSetAside]; n > 0 {
		fmt.Fprintf(io.out, i18n.T("%d conflit(s) déjà réglé(s) : le texte d’ici est gardé.\n", "%d conflict(s) already settled: the text here is kept.\n"), n)
	}
	if n := count[store.MergeConflict] + count[store.MergeRefused]; n > 0 {
		fmt.Fprintf(io.out, i18n.T("%d modèle(s) laissé(s) tel(s) quel(s) : voir ci-dessus.\n", "%d template(s) left as they are: see above.\n"), n)
	}
	if len(rep.ProfileAdded) > 0 || rep.RulesAdded > 0 {
		fmt.Fprintf(io.out, i18n.T("Profil : %d valeur(s) ajoutée(s) ; règles : %d entrée(s) ajoutée(s).\n",
			"Profile: %d value(s) added; rules: %d entry(ies) added.\n"), len(rep.ProfileAdded), rep.RulesAdded)
	}
	printPending(io, rep.Pending)
	for _, name := range rep.ProfileConflicts {
		fmt.Fprintf(io.err, i18n.T("tamis : profil, « %s » : la valeur du dossier diffère ; celle d’ici est gardée (tamis profile --set pour changer).\n",
			"tamis: profile, %q: the folder's value differs; the one here is kept (tamis profile --set to change).\n"), sanitize(name))
	}
}

// printPending says how many conflicts wait for the référent, and where
// to settle them.
func printPending(io streams, n int) {
	switch {
	case n == 1:
		fmt.Fprintln(io.out, i18n.T("1 conflit à régler : tamis, touche r puis m.", "1 conflict to settle: tamis, key r then m."))
	case n > 1:
		fmt.Fprintf(io.out, i18n.T("%d conflits à régler : tamis, touche r puis m.\n", "%d conflicts to settle: tamis, key r then m.\n"), n)
	}
}
