package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"tamis/i18n"
	"tamis/library"
)

// maxValuesSize bounds a --valeurs file: values of a form, not a library.
const maxValuesSize = 1 << 20

// readValues reads the values of `fill --valeurs FICHIER|-`: one NOM=VALEUR
// a line; blank lines and lines starting with # are skipped; spaces around
// the name and the value are dropped; in a value, \n is a new line and \\ a
// backslash. Values given this way stay out of the shell history and the
// process list, unlike --set. Errors give the line number, never the line:
// what the file holds is not printed anywhere.
func readValues(arg string, stdin io.Reader) (map[string]string, error) {
	var data []byte
	var err error
	name := arg
	if arg == "-" {
		name = i18n.T("entrée standard", "standard input")
		data, err = readAtMost(stdin, name, maxValuesSize)
	} else {
		data, err = readFileAtMost(arg, maxValuesSize)
	}
	if err != nil {
		return nil, err
	}
	return parseValues(name, data)
}

func parseValues(file string, data []byte) (map[string]string, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	values := map[string]string{}
	firstLine := map[string]int{}
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		line = strings.TrimSuffix(line, "\r")
		if trimmed := strings.TrimSpace(line); trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		name, value, ok := strings.Cut(line, "=")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return nil, valuesError(file, n, i18n.T("attendu NOM=VALEUR", "expected NAME=VALUE"))
		}
		key := library.Normalize(name)
		if prev, dup := firstLine[key]; dup {
			return nil, valuesError(file, n, fmt.Sprintf(i18n.T("« %s » est déjà donné ligne %d", "%q is already given on line %d"), name, prev))
		}
		value = unescapeValue(strings.TrimSpace(value))
		if err := library.CheckValue(name, value); err != nil {
			return nil, valuesError(file, n, err.Error())
		}
		firstLine[key] = n
		values[name] = value
	}
	return values, nil
}

func valuesError(file string, line int, msg string) error {
	return fmt.Errorf(i18n.T("« %s », ligne %d : %s", "%q, line %d: %s"), file, line, msg)
}

// unescapeValue turns \n into a new line and \\ into a backslash; any other
// backslash stays as it is, so that a Windows path needs no doubling.
func unescapeValue(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == '\\') {
			if s[i+1] == 'n' {
				b.WriteByte('\n')
			} else {
				b.WriteByte('\\')
			}
			i++
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
