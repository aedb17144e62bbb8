package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/library/settings"
	"tamis/store"
)

func profileCmd(a *app) *cobra.Command {
	set, unset, src := setFlags{}, listFlag{}, phraseSource{}
	c := &cobra.Command{
		Use:   i18n.T("profile [--set NOM=VALEUR…] [--unset NOM…]", "profile [--set NAME=VALUE…] [--unset NAME…]"),
		Short: i18n.T("affiche ou modifie le profil de l’association", "show or change the association profile"),
		Example: `  tamis profile
  tamis profile --set "Nom asso=Les Amis du Vélo" --set "année=2026"
  tamis profile --unset "année"`,
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return runProfile(a.db, a.io, set, unset, src) },
	}
	c.Flags().Var(set, "set", i18n.T("définit une valeur, NOM=VALEUR (répétable)", "set a value, NAME=VALUE (repeatable)"))
	c.Flags().Var(&unset, "unset", i18n.T("retire une valeur, NOM (répétable)", "remove a value, NAME (repeatable)"))
	withPlaceholder(c.Flags(), "set", i18n.T("NOM=VALEUR", "NAME=VALUE"))
	withPlaceholder(c.Flags(), "unset", i18n.T("NOM", "NAME"))
	addPhraseFlag(c, &src)
	return c
}

// runProfile shows the association's profile, after the changes when
// there are some: the constants that pre-fill the variables of the same
// name and count as published.
func runProfile(db string, io streams, set setFlags, unset listFlag, src phraseSource) error {
	st, err := openStore(db)
	if err != nil {
		return err
	}
	if err := checkProfileValues(st, set, io); err != nil {
		return err
	}
	changes := len(set)+len(unset) > 0
	if changes {
		if err := beforeChange(st, io, src); err != nil {
			return err
		}
	}
	p, err := editProfile(st, set, unset)
	if err != nil {
		return err
	}
	if changes {
		io.markSaved()
		recordReferent(st, io, store.ActionProfileChanged)
	}
	printProfile(io, p)
	return nil
}

// printProfile prints one NAME = VALUE line each, sorted by name.
func printProfile(io streams, p store.Profile) {
	names := make([]string, 0, len(p))
	for n := range p {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return library.Normalize(names[i]) < library.Normalize(names[j]) })
	if len(names) == 0 {
		fmt.Fprintln(io.out, i18n.T("Le profil est vide. Exemple : tamis profile --set \"Nom asso=Les Amis du Vélo\"",
			"The profile is empty. Example: tamis profile --set \"Nom asso=Les Amis du Vélo\""))
	}
	for _, n := range names {
		fmt.Fprintf(io.out, "%s = %s\n", sanitize(n), sanitize(p[n]))
	}
}

// editProfile applies the changes and returns the new profile. Without a
// change it only reads: showing the profile takes no write lock and works
// on a read-only file.
func editProfile(st *store.Store, set map[string]string, unset []string) (store.Profile, error) {
	if len(set) == 0 && len(unset) == 0 {
		return st.Profile()
	}
	var p store.Profile
	err := st.UpdateProfile(func(cur store.Profile) error {
		for name, v := range set {
			cur[name] = v
		}
		for _, name := range unset {
			delete(cur, name)
		}
		p = cur
		return nil
	})
	return p, err
}

func rulesCmd(a *app) *cobra.Command {
	var o rulesOptions
	c := &cobra.Command{
		Use:   i18n.T("rules [--allow TEXTE…] [--deny TEXTE…] [--remove TEXTE…]", "rules [--allow TEXT…] [--deny TEXT…] [--remove TEXT…]"),
		Short: i18n.T("affiche ou modifie les listes autorisée et interdite", "show or change the allow and deny lists"),
		Example: `  tamis rules
  tamis rules --allow "contact@amisduvelo.fr" --deny "Projet Horizon"
  tamis rules --remove "Projet Horizon"`,
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return runRules(a.db, a.io, o) },
	}
	c.Flags().Var(&o.allow, "allow", i18n.T("ajoute à la liste autorisée (jamais signalé)", "add to the allowlist (never flagged)"))
	c.Flags().Var(&o.deny, "deny", i18n.T("ajoute à la liste interdite (toujours sensible)", "add to the denylist (always sensitive)"))
	c.Flags().Var(&o.remove, "remove", i18n.T("retire des deux listes", "remove from both lists"))
	for _, name := range []string{"allow", "deny", "remove"} {
		withPlaceholder(c.Flags(), name, i18n.T("TEXTE", "TEXT"))
	}
	addPhraseFlag(c, &o.src)
	return c
}

// rulesOptions are the flags of rules.
type rulesOptions struct {
	allow, deny, remove listFlag
	src                 phraseSource
}

// runRules shows the allow and deny lists of the classifier, after the
// changes when there are some.
func runRules(db string, io streams, o rulesOptions) error {
	for _, e := range o.deny {
		if err := checkDenyEntry(strings.TrimSpace(e)); err != nil {
			return usageErrorf("%s", err)
		}
	}
	st, err := openStore(db)
	if err != nil {
		return err
	}
	if err := checkAllowEntries(st, o.allow, io); err != nil {
		return err
	}
	changes := len(o.allow)+len(o.deny)+len(o.remove) > 0
	if changes {
		if err := beforeChange(st, io, o.src); err != nil {
			return err
		}
	}
	r, err := editRules(st, o.allow, o.deny, o.remove)
	if err != nil {
		return err
	}
	if changes {
		io.markSaved()
		recordReferent(st, io, store.ActionRulesChanged)
	}
	fmt.Fprintf(io.out, "%s\n", i18n.T("Liste autorisée (jamais signalée) :", "Allowlist (never flagged):"))
	printList(io, r.Allow)
	fmt.Fprintf(io.out, "%s\n", i18n.T("Liste interdite (toujours sensible) :", "Denylist (always sensitive):"))
	printList(io, r.Deny)
	return nil
}

// editRules is editProfile for the allow and deny lists.
func editRules(st *store.Store, allow, deny, remove []string) (store.Rules, error) {
	if len(allow) == 0 && len(deny) == 0 && len(remove) == 0 {
		return st.Rules()
	}
	var r store.Rules
	err := st.UpdateRules(func(cur *store.Rules) error {
		if err := checkRemovals(*cur, remove); err != nil {
			return err
		}
		cur.Allow = editList(cur.Allow, allow, remove)
		cur.Deny = editList(cur.Deny, deny, remove)
		r = *cur
		return nil
	})
	return r, err
}

// editList adds the new entries absent from list (ignoring case and
// accents) and drops those to remove.
func editList(list, add, remove []string) []string { return settings.EditList(list, add, remove) }

func printList(io streams, list []string) {
	if len(list) == 0 {
		fmt.Fprintln(io.out, i18n.T("  (vide)", "  (empty)"))
	}
	for _, e := range list {
		fmt.Fprintf(io.out, "  - %s\n", sanitize(e))
	}
}

func statsCmd(a *app) *cobra.Command {
	var src phraseSource
	c := &cobra.Command{
		Use:   "stats",
		Short: i18n.T("affiche les indicateurs d’utilisation", "show the usage indicators"),
		Example: i18n.T("  tamis stats\n  tamis stats --phrase-fichier ~/.config/tamis/phrase",
			"  tamis stats\n  tamis stats --passphrase-file ~/.config/tamis/phrase"),
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return runStats(a.db, a.io, src) },
	}
	addPhraseFlag(c, &src)
	return c
}

// runStats prints the usage indicators: uses per template, verdicts,
// actions and the rules that fired most. Events hold no typed value.
func runStats(db string, io streams, src phraseSource) error {
	st, err := openStore(db)
	if err != nil {
		return err
	}
	if err := requireReferent(st, io, src); err != nil {
		return err
	}
	events, err := usageEvents(st)
	if err != nil {
		return err
	}
	fmt.Fprintf(io.out, i18n.T("%d utilisation(s) enregistrée(s)\n", "%d recorded use(s)\n"), len(events))
	if len(events) == 0 {
		return nil
	}
	byTemplate, byVerdict, byAction, byRule := counter{}, counter{}, counter{}, counter{}
	for _, e := range events {
		byTemplate[e.TemplateID]++
		byVerdict[e.Verdict]++
		byAction[e.Action]++
		for _, r := range e.Rules {
			byRule[r]++
		}
	}
	byVerdict, byAction = byVerdict.relabel(verdictLabel), byAction.relabel(actionLabel)
	byRule = byRule.relabel(classify.RuleLabel) // « adresse e-mail d'une personne », not "email"
	byTemplate.print(io, i18n.T("Par modèle :", "By template:"))
	byVerdict.print(io, i18n.T("Par verdict :", "By verdict:"))
	byAction.print(io, i18n.T("Par action :", "By action:"))
	byRule.print(io, i18n.T("Règles déclenchées :", "Rules fired:"))
	return nil
}

// usageEvents are the recorded uses of templates, without the référent's
// actions and the method's events, which are not uses.
func usageEvents(st *store.Store) ([]store.Event, error) {
	all, err := st.Events()
	var uses []store.Event
	for _, e := range all {
		if e.Use() {
			uses = append(uses, e)
		}
	}
	return uses, err
}

type counter map[string]int

// print writes the counts, largest first, then by name.
func (c counter) print(io streams, title string) {
	if len(c) == 0 {
		return
	}
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if c[keys[i]] != c[keys[j]] {
			return c[keys[i]] > c[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Fprintf(io.out, "\n%s\n", title)
	for _, k := range keys {
		fmt.Fprintf(io.out, "  %-24s %d\n", k, c[k])
	}
}

// checkProfileValues refuses profile values that hold personal or
// sensitive data: the profile pre-fills prompts and counts as published,
// so it must pass the same check as what a volunteer types. The check runs
// without the profile itself, which would otherwise vouch for the value. A
// doubt about a person is refused too: a profile value is never flagged again.
func checkProfileValues(st *store.Store, set map[string]string, io streams) error {
	if len(set) == 0 {
		return nil
	}
	rules, err := st.ClassifierRules()
	if err != nil {
		return err
	}
	c := settings.ProfileClassifier(classify.Rules(rules))
	for name, v := range set {
		var refused *settings.ValueRefused
		if errors.As(settings.CheckProfileValue(c, name, v), &refused) {
			fmt.Fprintf(io.err, i18n.T("tamis : %s.\n", "tamis: %s.\n"), refused)
			printReport(io.err, v, refused.Result)
			return exitWith(exitBlocked)
		}
	}
	return nil
}

func verdictLabel(v string) string {
	switch v {
	case "ok":
		return i18n.T("ok", "ok")
	case "doubt":
		return i18n.T("doute", "doubt")
	case "blocked":
		return i18n.T("bloqué", "blocked")
	}
	return v
}

func actionLabel(a string) string {
	switch a {
	case store.ActionCopied:
		return i18n.T("copié", "copied")
	case store.ActionPrinted:
		return i18n.T("affiché (tamis fill)", "printed (tamis fill)")
	case store.ActionRefused:
		return i18n.T("refusé", "refused")
	case store.ActionAnonymised:
		return i18n.T("anonymisé puis copié", "anonymised then copied")
	case store.ActionConfirmDoubt:
		return i18n.T("doute confirmé", "doubt confirmed")
	}
	return a
}

// relabel returns the counts under the labels a référent reads.
func (c counter) relabel(label func(string) string) counter {
	out := counter{}
	for k, n := range c {
		out[label(k)] += n
	}
	return out
}
