package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"tamis/i18n"
)

func manCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use: i18n.T("man [DOSSIER]", "man [FOLDER]"),
		Short: i18n.T("écrit la page de manuel tamis(1) ; avec DOSSIER, une page par commande",
			"write the tamis(1) manual page; with FOLDER, one page per command"),
		Example: i18n.T(`  tamis man > tamis.1 && man ./tamis.1
  tamis man /usr/local/share/man/man1        tamis.1, tamis-fill.1…`, `  tamis man > tamis.1 && man ./tamis.1
  tamis man /usr/local/share/man/man1        tamis.1, tamis-fill.1…`),
		Long: i18n.T("Les pages viennent des mêmes définitions que l’aide (--help) : elles ne peuvent pas la contredire.",
			"The pages come from the same definitions as the help (--help): they cannot contradict it."),
		Args: maxArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			dir := ""
			if len(args) == 1 {
				dir = args[0]
			}
			return runMan(c.Root(), a.io, dir)
		},
	}
}

// runMan writes the manual page of tamis on stdout, or every page in dir.
func runMan(root *cobra.Command, io streams, dir string) error {
	header := &doc.GenManHeader{Title: "TAMIS", Section: "1", Source: "tamis " + currentBuild().version,
		Manual: i18n.T("Manuel de tamis", "tamis manual")}
	if dir == "" {
		return doc.GenMan(root, header, io.out)
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return fmt.Errorf(i18n.T("« %s » n’est pas un dossier existant", "%q is not an existing folder"), dir)
	}
	if err := doc.GenManTree(root, header, dir); err != nil {
		return fmt.Errorf(i18n.T("impossible d’écrire les pages dans « %s » : %w", "cannot write the pages in %q: %w"), dir, fsReason(err))
	}
	io.markSaved()
	fmt.Fprintf(io.out, i18n.T("Pages de manuel écrites dans « %s ».\n", "Manual pages written in %q.\n"), dir)
	return nil
}
