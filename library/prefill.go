package library

import "strings"

// Prefill returns the starting value of each variable: the association
// profile's value of the same name (ignoring case, accents and surrounding
// spaces), else the template's default. Variables with neither are absent.
func (t Template) Prefill(profile map[string]string) map[string]string {
	byKey := make(map[string]string, len(profile))
	for name, v := range profile {
		byKey[Normalize(strings.TrimSpace(name))] = v
	}
	out := make(map[string]string, len(t.Variables))
	for _, v := range t.Variables {
		if val, ok := byKey[Normalize(strings.TrimSpace(v.Name))]; ok {
			out[v.Name] = val
		} else if v.Default != "" {
			out[v.Name] = v.Default
		}
	}
	return out
}
