package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tamis/i18n"
)

// printHelp writes the help of c in the user's language: cobra's own
// templates are English.
func printHelp(w io.Writer, c *cobra.Command) {
	if !c.HasParent() {
		printRootHelp(w, c)
		return
	}
	fmt.Fprintf(w, "%s tamis %s\n\n%s\n", i18n.T("Utilisation :", "Usage:"), c.Use, c.Short)
	printFlags(w, i18n.T("Options :", "Options:"), c.NonInheritedFlags())
	printFlags(w, i18n.T("Options communes :", "Common options:"), c.InheritedFlags())
	if c.Example != "" {
		fmt.Fprintf(w, "\n%s\n%s\n", i18n.T("Exemples :", "Examples:"), c.Example)
	}
	if c.Long != "" {
		fmt.Fprintf(w, "\n%s\n", c.Long)
	}
}

// printRootHelp is `tamis --help`: every command with its synopsis.
func printRootHelp(w io.Writer, root *cobra.Command) {
	fmt.Fprintf(w, "tamis — %s\n\n%s\n", root.Short, i18n.T("Utilisation :", "Usage:"))
	fmt.Fprintf(w, "  tamis %-15s %s\n", "", i18n.T("ouvre l’interface (choisir, remplir, copier)", "open the interface (pick, fill, copy)"))
	for _, c := range root.Commands() {
		if c.Hidden {
			continue
		}
		fmt.Fprintf(w, "  tamis %-15s %s\n", c.Name(), c.Short)
		if _, args, ok := strings.Cut(c.Use, " "); ok {
			fmt.Fprintf(w, "        %-15s %s\n", "", args)
		}
	}
	printFlags(w, i18n.T("Options communes :", "Common options:"), root.PersistentFlags())
	fmt.Fprintf(w, "\n%s\n%s\n", i18n.T("Exemples :", "Examples:"), root.Example)
	fmt.Fprintf(w, "\n%s\n", i18n.T("« tamis COMMANDE --help » : l’aide d’une commande, avec ses exemples et ses codes de sortie.",
		"“tamis COMMAND --help”: the help of a command, with its examples and exit codes."))
	fmt.Fprintf(w, "\n%s\n", i18n.T(
		"Règle d’or : jamais de données personnelles ou sensibles dans une IA publique.",
		"Golden rule: never personal or sensitive data in a public AI."))
}

// printFlags writes a titled list of flags, aligned, French aliases beside
// the English names.
func printFlags(w io.Writer, title string, fs *pflag.FlagSet) {
	var names, usages []string
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		n, u := flagUsage(f)
		names, usages = append(names, n), append(usages, u)
		width = max(width, len([]rune(n)))
	})
	if len(names) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s\n", title)
	for i, n := range names {
		pad := strings.Repeat(" ", width-len([]rune(n)))
		fmt.Fprintf(w, "  %s%s  %s\n", n, pad, usages[i])
	}
}
