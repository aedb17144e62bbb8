package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/store"
)

// listFlag collects a repeated string option.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ", ") }
func (l *listFlag) Set(v string) error {
	if strings.TrimSpace(v) == "" {
		return errors.New(i18n.T("entrée vide", "empty entry"))
	}
	if err := library.CheckValue(i18n.T("règle", "rule"), v); err != nil {
		return err
	}
	*l = append(*l, v)
	return nil
}

// cmdProfile shows or changes the association's profile: the constants that
// pre-fill the variables of the same name and count as published.
func cmdProfile(args []string, io streams) int {
	f := newFlags("profile")
	set := setFlags{}
	var unset listFlag
	f.Var(set, "set", i18n.T("définit une valeur, NOM=VALEUR (répétable)", "set a value, NAME=VALUE (repeatable)"))
	f.Var(&unset, "unset", i18n.T("retire une valeur, NOM (répétable)", "remove a value, NAME (repeatable)"))
	var src phraseSource
	f.addPhraseFlag(&src)
	st, code, ok := f.parseAndOpen(args, io)
	if !ok {
		return code
	}
	if code := checkProfileValues(st, set, io); code != exitOK {
		return code
	}
	changes := len(set)+len(unset) > 0
	if changes {
		if code := beforeChange(st, io, src); code != exitOK {
			return code
		}
	}
	p, err := editProfile(st, set, unset)
	if err != nil {
		return fail(io, err)
	}
	if changes {
		io.markSaved()
		recordReferent(st, io, store.ActionProfileChanged)
	}
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
	return exitOK
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

// cmdRules shows or changes the allow and deny lists of the classifier.
func cmdRules(args []string, io streams) int {
	f := newFlags("rules")
	var allow, deny, remove listFlag
	f.Var(&allow, "allow", i18n.T("ajoute à la liste autorisée (jamais signalé)", "add to the allowlist (never flagged)"))
	f.Var(&deny, "deny", i18n.T("ajoute à la liste interdite (toujours sensible)", "add to the denylist (always sensitive)"))
	f.Var(&remove, "remove", i18n.T("retire des deux listes", "remove from both lists"))
	var src phraseSource
	f.addPhraseFlag(&src)
	st, code, ok := f.parseAndOpen(args, io)
	if !ok {
		return code
	}
	for _, e := range deny {
		if err := checkDenyEntry(strings.TrimSpace(e)); err != nil {
			return f.usageError(io, err.Error())
		}
	}
	if code := checkAllowEntries(st, allow, io); code != exitOK {
		return code
	}
	changes := len(allow)+len(deny)+len(remove) > 0
	if changes {
		if code := beforeChange(st, io, src); code != exitOK {
			return code
		}
	}
	r, err := editRules(st, allow, deny, remove)
	if err != nil {
		return fail(io, err)
	}
	if changes {
		io.markSaved()
		recordReferent(st, io, store.ActionRulesChanged)
	}
	fmt.Fprintf(io.out, "%s\n", i18n.T("Liste autorisée (jamais signalée) :", "Allowlist (never flagged):"))
	printList(io, r.Allow)
	fmt.Fprintf(io.out, "%s\n", i18n.T("Liste interdite (toujours sensible) :", "Denylist (always sensitive):"))
	printList(io, r.Deny)
	return exitOK
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
func editList(list, add, remove []string) []string {
	drop := map[string]bool{}
	for _, r := range remove {
		drop[library.Normalize(strings.TrimSpace(r))] = true
	}
	seen := map[string]bool{}
	var out []string
	for _, e := range append(append([]string{}, list...), add...) {
		e = strings.TrimSpace(e)
		key := library.Normalize(e)
		if e == "" || drop[key] || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, e)
	}
	return out
}

func printList(io streams, list []string) {
	if len(list) == 0 {
		fmt.Fprintln(io.out, i18n.T("  (vide)", "  (empty)"))
	}
	for _, e := range list {
		fmt.Fprintf(io.out, "  - %s\n", sanitize(e))
	}
}

// cmdStats prints the usage indicators: uses per template, verdicts,
// actions and the rules that fired most. Events hold no typed value.
func cmdStats(args []string, io streams) int {
	f := newFlags("stats")
	var src phraseSource
	f.addPhraseFlag(&src)
	st, code, ok := f.parseAndOpen(args, io)
	if !ok {
		return code
	}
	if code := requireReferent(st, io, src); code != exitOK {
		return code
	}
	events, err := usageEvents(st)
	if err != nil {
		return fail(io, err)
	}
	fmt.Fprintf(io.out, i18n.T("%d utilisation(s) enregistrée(s)\n", "%d recorded use(s)\n"), len(events))
	if len(events) == 0 {
		return exitOK
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
	byTemplate.print(io, i18n.T("Par modèle :", "By template:"))
	byVerdict.print(io, i18n.T("Par verdict :", "By verdict:"))
	byAction.print(io, i18n.T("Par action :", "By action:"))
	byRule.print(io, i18n.T("Règles déclenchées :", "Rules fired:"))
	return exitOK
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
func checkProfileValues(st *store.Store, set map[string]string, io streams) int {
	if len(set) == 0 {
		return exitOK
	}
	rules, err := st.ClassifierRules()
	if err != nil {
		return fail(io, err)
	}
	rules.Profile = nil
	c := classify.New(rules)
	for name, v := range set {
		if res := c.Classify(v); res.Category >= classify.Personal {
			fmt.Fprintf(io.err, i18n.T("tamis : la valeur de « %s » n’a pas été enregistrée.\n", "tamis: the value of %q was not saved.\n"), name)
			printReport(io.err, v, res)
			return exitBlocked
		}
	}
	return exitOK
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
