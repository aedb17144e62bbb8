package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// cmdHistory lists the versions of a template, prints one of them, or
// shows each version beside the previous one (--diff).
func cmdHistory(args []string, io streams) int {
	f := newFlags("history")
	diff := f.Bool("diff", false, i18n.T("montre chaque version à côté de la précédente (diff unifié, + ajouté, - retiré)",
		"show each version beside the previous one (unified diff, + added, - removed)"))
	var src phraseSource
	f.addPhraseFlag(&src)
	pos, code, ok := f.parse(args, io)
	if !ok {
		return code
	}
	if len(pos) == 0 || len(pos) > 2 {
		return f.usageError(io, i18n.T("indiquez un identifiant, et peut-être un numéro de version : tamis history PROMPT-001 [2]",
			"give an id, and maybe a version number: tamis history PROMPT-001 [2]"))
	}
	n := 0
	if len(pos) == 2 {
		if n, ok = parseVersion(pos[1]); !ok {
			return f.usageError(io, errVersionNumber(pos[1]))
		}
	}
	st, err := openStore(f.db)
	if err != nil {
		return fail(io, err)
	}
	if code := requireReferent(st, io, src); code != exitOK {
		return code
	}
	vs, err := st.Versions(strings.ToUpper(pos[0]))
	if err != nil {
		return fail(io, err)
	}
	return showHistory(io, vs, n, *diff)
}

// showHistory prints what cmdHistory asked: the list, version n (0: all),
// with or without the differences.
func showHistory(io streams, vs []store.Version, n int, diff bool) int {
	if n != 0 {
		i := indexOfVersion(vs, n)
		if i < 0 {
			return fail(io, fmt.Errorf("%s%s%w", vs[0].Template.ID, i18n.T(" : ", ": "), store.ErrNoVersion))
		}
		if !diff {
			io.out.Write([]byte(sanitize(string(library.Format(vs[i].Template)))))
			return exitOK
		}
		writeVersionDiff(io, vs, i)
		return exitOK
	}
	if !diff {
		writeVersionTable(io, vs)
		return exitOK
	}
	for i := range vs {
		if i > 0 {
			fmt.Fprintln(io.out)
		}
		writeVersionDiff(io, vs, i)
	}
	return exitOK
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
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", v.Number, tableTime(v), roleLabel(v.Role),
			v.Template.Status, sanitize(dash(v.Note)))
	}
	w.Flush()
}

// writeVersionDiff writes the heading of version i and its differences
// from the version before it (the whole text for the first one).
func writeVersionDiff(io streams, vs []store.Version, i int) {
	v := vs[i]
	fmt.Fprintf(io.out, i18n.T("Version %d — %s — %s — %s\n", "Version %d — %s — %s — %s\n"),
		v.Number, tableTime(v), roleLabel(v.Role), sanitize(dash(v.Note)))
	cur := sanitize(string(library.Format(v.Template)))
	prev, prevName := "", i18n.T("(rien)", "(nothing)")
	if i > 0 {
		prev = sanitize(string(library.Format(vs[i-1].Template)))
		prevName = fmt.Sprintf("version %d", vs[i-1].Number)
	}
	fmt.Fprint(io.out, unifiedDiff(prevName, fmt.Sprintf("version %d", v.Number), prev, cur, useColor(rawOut(io))))
}

func tableTime(v store.Version) string {
	return v.Time.Local().Format("02/01/2006 15:04")
}

// roleLabel is the role as a référent reads it.
func roleLabel(r store.Role) string {
	switch r {
	case store.RoleReferent:
		return i18n.T("référent", "référent")
	case store.RoleVolunteer:
		return i18n.T("bénévole", "volunteer")
	}
	return "—"
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
