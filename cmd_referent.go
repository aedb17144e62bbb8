package main

import (
	"fmt"
	"sort"
	"strings"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// listFlag collects a repeated string option.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ", ") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// cmdProfile shows or changes the association's profile: the constants that
// pre-fill the variables of the same name and count as published.
func cmdProfile(args []string, io streams) int {
	f := newFlags("profile", io)
	set := setFlags{}
	var unset listFlag
	f.Var(set, "set", i18n.T("définit une valeur, NOM=VALEUR (répétable)", "set a value, NAME=VALUE (repeatable)"))
	f.Var(&unset, "unset", i18n.T("retire une valeur, NOM (répétable)", "remove a value, NAME (repeatable)"))
	pos, code, ok := f.parse(args, io)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return f.usageError(io, fmt.Sprintf(i18n.T("argument en trop « %s »", "unexpected argument %q"), pos[0]))
	}
	st, err := openStore(f.db)
	if err != nil {
		return fail(io, err)
	}
	p, err := st.Profile()
	if err != nil {
		return fail(io, err)
	}
	if len(set) > 0 || len(unset) > 0 {
		if p == nil {
			p = store.Profile{}
		}
		for name, v := range set {
			p[name] = v
		}
		for _, name := range unset {
			delete(p, name)
		}
		if err := st.SetProfile(p); err != nil {
			return fail(io, err)
		}
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
		fmt.Fprintf(io.out, "%s = %s\n", n, p[n])
	}
	return exitOK
}

// cmdRules shows or changes the allow and deny lists of the classifier.
func cmdRules(args []string, io streams) int {
	f := newFlags("rules", io)
	var allow, deny, remove listFlag
	f.Var(&allow, "allow", i18n.T("ajoute à la liste autorisée (jamais signalé)", "add to the allowlist (never flagged)"))
	f.Var(&deny, "deny", i18n.T("ajoute à la liste interdite (toujours sensible)", "add to the denylist (always sensitive)"))
	f.Var(&remove, "remove", i18n.T("retire des deux listes", "remove from both lists"))
	pos, code, ok := f.parse(args, io)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return f.usageError(io, fmt.Sprintf(i18n.T("argument en trop « %s »", "unexpected argument %q"), pos[0]))
	}
	st, err := openStore(f.db)
	if err != nil {
		return fail(io, err)
	}
	r, err := st.Rules()
	if err != nil {
		return fail(io, err)
	}
	if len(allow)+len(deny)+len(remove) > 0 {
		r.Allow = editList(r.Allow, allow, remove)
		r.Deny = editList(r.Deny, deny, remove)
		if err := st.SetRules(r); err != nil {
			return fail(io, err)
		}
	}
	fmt.Fprintf(io.out, "%s\n", i18n.T("Liste autorisée (jamais signalée) :", "Allowlist (never flagged):"))
	printList(io, r.Allow)
	fmt.Fprintf(io.out, "%s\n", i18n.T("Liste interdite (toujours sensible) :", "Denylist (always sensitive):"))
	printList(io, r.Deny)
	return exitOK
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
		fmt.Fprintf(io.out, "  - %s\n", e)
	}
}

// cmdStats prints the usage indicators: uses per template, verdicts,
// actions and the rules that fired most. Events hold no typed value.
func cmdStats(args []string, io streams) int {
	f := newFlags("stats", io)
	pos, code, ok := f.parse(args, io)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return f.usageError(io, fmt.Sprintf(i18n.T("argument en trop « %s »", "unexpected argument %q"), pos[0]))
	}
	st, err := openStore(f.db)
	if err != nil {
		return fail(io, err)
	}
	events, err := st.Events()
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
	byTemplate.print(io, i18n.T("Par modèle :", "By template:"))
	byVerdict.print(io, i18n.T("Par verdict :", "By verdict:"))
	byAction.print(io, i18n.T("Par action :", "By action:"))
	byRule.print(io, i18n.T("Règles déclenchées :", "Rules fired:"))
	return exitOK
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
