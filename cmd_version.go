package main

import (
	"fmt"
	"io"

	"tamis/i18n"
	"tamis/store"
)

// cmdVersion prints the version, the commit and the date of the build, and
// the database this tamis would open: what a référent reads out on the phone
// when something goes wrong on a volunteer's laptop.
func cmdVersion(args []string, io streams) int {
	f := newFlags("version")
	if _, code, ok := f.parse(args, io); !ok {
		return code
	}
	printBuild(io.out, currentBuild())
	path, origin, err := store.Locate(f.db)
	label := i18n.T("base   : ", "database: ")
	if err != nil {
		fmt.Fprintf(io.out, "%s%s\n", label, userMessage(err))
		return exitOK // the version is printed; the database is another matter
	}
	fmt.Fprintf(io.out, "%s%s (%s)\n", label, path, origin)
	return exitOK
}

func printBuild(w io.Writer, b build) {
	unknown := i18n.T("inconnu", "unknown")
	c, d := shortCommit(b.commit), localDate(b.date)
	if c == "" {
		c = unknown
	} else if b.modified {
		c += i18n.T(" (avec des modifications)", " (with changes)")
	}
	if d == "" {
		d = i18n.T("inconnue", "unknown")
	}
	fmt.Fprintf(w, "tamis %s\n", b.version)
	fmt.Fprintf(w, "%s%s\n", i18n.T("commit : ", "commit:  "), c)
	fmt.Fprintf(w, "%s%s\n", i18n.T("date   : ", "date:    "), d)
}
