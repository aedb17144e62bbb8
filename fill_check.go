package main

import (
	"strings"

	"tamis/i18n"
	"tamis/library"
)

// checkGivenValues refuses, as a usage error, a value for a variable the
// template does not have (a typo would otherwise be silently ignored) and
// a value outside a choice variable's list. A value that matches a choice
// but for case or accents is given the choice's own spelling. The message
// names the variable and what is allowed, never the value typed.
func checkGivenValues(t library.Template, values map[string]string) error {
	byKey := make(map[string]library.Variable, len(t.Variables))
	for _, v := range t.Variables {
		byKey[library.Normalize(v.Name)] = v
	}
	for name, value := range values {
		v, ok := byKey[library.Normalize(strings.TrimSpace(name))]
		if !ok {
			return valueErrorf(i18n.T("le modèle %s n’a pas de variable « %s » ; ses variables : %s",
				"template %s has no variable %q; its variables: %s"), t.ID, sanitize(name), quotedList(variableNames(t)))
		}
		if len(v.Choices) == 0 {
			continue
		}
		choice, ok := matchChoice(v.Choices, value)
		if !ok {
			return valueErrorf(i18n.T("la valeur de « %s » doit être l’un des choix : %s",
				"the value of %q must be one of the choices: %s"), v.Name, quotedList(v.Choices))
		}
		values[name] = choice
	}
	return nil
}

// matchChoice finds value among choices, ignoring case, accents and the
// spaces around it.
func matchChoice(choices []string, value string) (string, bool) {
	key := library.Normalize(strings.TrimSpace(value))
	for _, c := range choices {
		if library.Normalize(c) == key {
			return c, true
		}
	}
	return "", false
}

func variableNames(t library.Template) []string {
	names := make([]string, len(t.Variables))
	for i, v := range t.Variables {
		names[i] = v.Name
	}
	return names
}

// quotedList is « a », « b », « c » (or "a", "b", "c" in English).
func quotedList(items []string) string {
	quoted := make([]string, len(items))
	for i, s := range items {
		quoted[i] = i18n.T("« "+s+" »", `"`+s+`"`)
	}
	return strings.Join(quoted, ", ")
}
