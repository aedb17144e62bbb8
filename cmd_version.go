package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/store"
)

func versionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   i18n.T("affiche la version, le commit, la date et la base utilisée", "print the version, commit, date and the database used"),
		Example: "  tamis version\n  tamis version --db ~/asso.db",
		Args:    noArgs,
		RunE:    func(*cobra.Command, []string) error { return runVersion(a.db, a.io) },
	}
}

// runVersion prints the version, the commit and the date of the build, and
// the database this tamis would open: what a référent reads out on the phone
// when something goes wrong on a volunteer's laptop.
func runVersion(db string, io streams) error {
	printBuild(io.out, currentBuild())
	path, origin, err := store.Locate(db)
	label := i18n.T("base   : ", "database: ")
	if err != nil {
		fmt.Fprintf(io.out, "%s%s\n", label, userMessage(err))
		return nil // the version is printed; the database is another matter
	}
	fmt.Fprintf(io.out, "%s%s (%s)\n", label, path, origin)
	return nil
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
