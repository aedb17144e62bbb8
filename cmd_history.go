package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/linediff"
	"tamis/store"
)

func historyCmd(a *app) *cobra.Command {
	var diff bool
	var src phraseSource
	c := &cobra.Command{
		Use:     "history ID [VERSION] [--diff]",
		Aliases: []string{"historique"},
		Short: i18n.T("versions d’un modèle, l’une d’elles, ou chacune à côté de la précédente (référent ; alias : historique)",
			"versions of a template, one of them, or each beside the previous one (référent; alias: historique)"),
		Example: i18n.T(`  tamis history PROMPT-013              les versions : n°, date, rôle, statut, raison
  tamis history PROMPT-013 3            le texte de la version 3
  tamis history PROMPT-013 3 --diff     la version 3 à côté de la 2
  tamis history PROMPT-013 --diff       chaque version à côté de la précédente`, `  tamis history PROMPT-013              the versions: number, date, role, status, reason
  tamis history PROMPT-013 3            the text of version 3
  tamis history PROMPT-013 3 --diff     version 3 beside version 2
  tamis history PROMPT-013 --diff       each version beside the previous one`),
		Long: i18n.T("Le diff marque - ce qui est retiré, + ce qui est ajouté ; en couleur seulement sur un terminal, et jamais avec NO_COLOR.",
			"The diff marks - what was removed, + what was added; in colour only on a terminal, and never with NO_COLOR."),
		Args: historyArgs,
		RunE: func(_ *cobra.Command, args []string) error {
			n := 0
			if len(args) == 2 {
				n, _ = parseVersion(args[1])
			}
			return runHistory(a.db, a.io, args[0], n, diff, src)
		},
	}
	c.Flags().BoolVar(&diff, "diff", false, i18n.T("montre chaque version à côté de la précédente (diff unifié, + ajouté, - retiré)",
		"show each version beside the previous one (unified diff, + added, - removed)"))
	addPhraseFlag(c, &src)
	return c
}

func historyArgs(_ *cobra.Command, args []string) error {
	if len(args) == 0 || len(args) > 2 {
		return usageErrorf("%s", i18n.T("indiquez un identifiant, et peut-être un numéro de version : tamis history PROMPT-001 [2]",
			"give an id, and maybe a version number: tamis history PROMPT-001 [2]"))
	}
	if len(args) == 2 {
		if _, ok := parseVersion(args[1]); !ok {
			return usageErrorf("%s", errVersionNumber(args[1]))
		}
	}
	return nil
}

// runHistory lists the versions of a template, prints one of them, or
// shows each version beside the previous one (diff), after the passphrase.
func runHistory(db string, io streams, id string, n int, diff bool, src phraseSource) error {
	st, err := openStore(db)
	if err != nil {
		return err
	}
	if err := requireReferent(st, io, src); err != nil {
		return err
	}
	vs, err := st.Versions(strings.ToUpper(id))
	if err != nil {
		return err
	}
	return showHistory(io, vs, n, diff)
}

// showHistory prints what runHistory asked: the list, version n (0: all),
// with or without the differences.
func showHistory(io streams, vs []store.Version, n int, diff bool) error {
	if n != 0 {
		i := indexOfVersion(vs, n)
		if i < 0 {
			return fmt.Errorf("%s%s%w", vs[0].Template.ID, i18n.T(" : ", ": "), store.ErrNoVersion)
		}
		if !diff {
			io.out.Write([]byte(sanitize(string(library.Format(vs[i].Template)))))
			return nil
		}
		writeVersionDiff(io, vs, i)
		return nil
	}
	if !diff {
		writeVersionTable(io, vs)
		return nil
	}
	for i := range vs {
		if i > 0 {
			fmt.Fprintln(io.out)
		}
		writeVersionDiff(io, vs, i)
	}
	return nil
}

func indexOfVersion(vs []store.Version, n int) int {
	for i, v := range vs {
		if v.Number == n {
			return i
		}
	}
	return -1
}

// writeVersionTable is the list of versions, one a line, oldest first.
func writeVersionTable(io streams, vs []store.Version) {
	last := vs[len(vs)-1].Template
	fmt.Fprintf(io.out, i18n.T("Historique de %s — %s\n\n", "History of %s — %s\n\n"), last.ID, sanitize(last.Title))
	w := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, i18n.T("version\tdate\trôle\tstatut\traison", "version\tdate\trole\tstatus\treason"))
	for _, v := range vs {
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", v.Number, v.When(), v.Role.Label(),
			v.Template.Status, sanitize(dash(v.Note)))
	}
	w.Flush()
}

// writeVersionDiff writes the heading of version i and its differences
// from the version before it (the whole text for the first one).
func writeVersionDiff(io streams, vs []store.Version, i int) {
	v := vs[i]
	fmt.Fprintf(io.out, i18n.T("Version %d — %s — %s — %s\n", "Version %d — %s — %s — %s\n"),
		v.Number, v.When(), v.Role.Label(), sanitize(dash(v.Note)))
	cur := sanitize(string(library.Format(v.Template)))
	prev, prevName := "", i18n.T("(rien)", "(nothing)")
	if i > 0 {
		prev = sanitize(string(library.Format(vs[i-1].Template)))
		prevName = fmt.Sprintf("version %d", vs[i-1].Number)
	}
	fmt.Fprint(io.out, linediff.Unified(prevName, fmt.Sprintf("version %d", v.Number), prev, cur, useColor(rawOut(io))))
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// parseVersion reads a version number: 3, or v3.
func parseVersion(s string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimPrefix(strings.ToLower(s), "v"))
	return n, err == nil && n > 0
}

func errVersionNumber(s string) string {
	return fmt.Sprintf(i18n.T("numéro de version attendu, par exemple 2 (et non « %s »)",
		"version number expected, for example 2 (not %q)"), s)
}

// rawOut is the writer under the command's checked stdout, so that the
// colour decision sees the terminal itself.
func rawOut(s streams) io.Writer {
	if c, ok := s.out.(*checkedWriter); ok {
		return c.w
	}
	return s.out
}
