package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

func cmdList(args []string, io streams) int {
	f := newFlags("list")
	asJSON := f.Bool("json", false, i18n.T("sortie JSON (tableau d’objets)", "JSON output (array of objects)"))
	all := f.Bool("all", false, i18n.T("tous les statuts, pas seulement validé", "all statuses, not only validated"))
	st, code, ok := f.parseAndOpen(args, io)
	if !ok {
		return code
	}
	sums, err := st.Summaries(*all)
	if err != nil {
		return fail(io, err)
	}
	if *asJSON {
		return printListJSON(io, sums)
	}
	w := bufio.NewWriterSize(io.out, 64<<10)
	for _, s := range sums {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", s.ID, sanitize(s.Title), sanitize(strings.Join(s.Tags, ", ")), s.Status)
	}
	if err := w.Flush(); err != nil {
		return fail(io, err)
	}
	return exitOK
}

// printListJSON prints the summaries as a JSON array whose objects have at
// least id, title, tags, status and variables (never null), for scripts.
func printListJSON(io streams, sums []store.Summary) int {
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
		return fail(io, err)
	}
	if err := w.Flush(); err != nil {
		return fail(io, err)
	}
	return exitOK
}

func cmdShow(args []string, io streams) int {
	f := newFlags("show")
	pos, code, ok := f.parse(args, io)
	if !ok {
		return code
	}
	_, t, code, ok := f.loadTemplate(io, pos)
	if !ok {
		return code
	}
	io.out.Write([]byte(sanitize(string(library.Format(t))))) // stored before invisible characters were refused
	return exitOK
}

func cmdVersion(args []string, io streams) int {
	f := newFlags("version")
	if _, code, ok := f.parse(args, io); !ok {
		return code
	}
	fmt.Fprintf(io.out, "tamis %s\n", version)
	return exitOK
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
