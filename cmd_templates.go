package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

func listCmd(a *app) *cobra.Command {
	var asJSON, all bool
	c := &cobra.Command{
		Use:   "list [--json] [--all]",
		Short: i18n.T("liste les modèles validés (tous avec --all)", "list validated templates (all with --all)"),
		Example: i18n.T(`  tamis list
  tamis list --all --json      tous les statuts, en JSON pour un script`, `  tamis list
  tamis list --all --json      every status, as JSON for a script`),
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return runList(a.db, a.io, asJSON, all) },
	}
	c.Flags().BoolVar(&asJSON, "json", false, i18n.T("sortie JSON (tableau d’objets)", "JSON output (array of objects)"))
	c.Flags().BoolVar(&all, "all", false, i18n.T("tous les statuts, pas seulement validé", "all statuses, not only validated"))
	return c
}

// runList prints one line per template: id, title, tags, status.
func runList(db string, io streams, asJSON, all bool) error {
	st, err := openStore(db)
	if err != nil {
		return err
	}
	sums, err := st.Summaries(all)
	if err != nil {
		return err
	}
	if asJSON {
		return printListJSON(io, sums)
	}
	w := bufio.NewWriterSize(io.out, 64<<10)
	for _, s := range sums {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", s.ID, sanitize(s.Title), sanitize(strings.Join(s.Tags, ", ")), s.Status)
	}
	return w.Flush()
}

// printListJSON prints the summaries as a JSON array whose objects have at
// least id, title, tags, status and variables (never null), for scripts.
func printListJSON(io streams, sums []store.Summary) error {
	if sums == nil {
		sums = []store.Summary{}
	}
	for i := range sums {
		if sums[i].Tags == nil {
			sums[i].Tags = []string{}
		}
		if sums[i].Variables == nil {
			sums[i].Variables = []string{}
		}
	}
	w := bufio.NewWriterSize(io.out, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(sums); err != nil {
		return err
	}
	return w.Flush()
}

func showCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:               "show ID",
		Short:             i18n.T("affiche un modèle dans son format texte", "print a template in its text format"),
		Example:           "  tamis show PROMPT-001\n  tamis show prompt-001 > modele.md",
		Args:              oneID,
		RunE:              func(_ *cobra.Command, args []string) error { return runShow(a.db, a.io, args[0]) },
		ValidArgsFunction: completeIDs(a, true),
	}
}

// runShow prints the template id (any case) in its text format.
func runShow(db string, io streams, id string) error {
	t, err := loadTemplate(db, id)
	if err != nil {
		return err
	}
	io.out.Write([]byte(sanitize(string(library.Format(t))))) // stored before invisible characters were refused
	return nil
}

// loadTemplate reads the template id (PROMPT-001, any case).
func loadTemplate(db, id string) (library.Template, error) {
	st, err := openStore(db)
	if err != nil {
		return library.Template{}, err
	}
	return st.Get(strings.ToUpper(id))
}

// writeTemp writes data to a new hidden file of dir, synced to disk, and
// returns its name; the caller renames it into place.
func writeTemp(dir string, data []byte) (string, error) {
	tmp, err := os.CreateTemp(dir, ".tamis-*.tmp")
	if err != nil {
		return "", err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}
