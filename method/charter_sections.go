package method

import (
	"strings"

	"tamis/library"
)

// MissingSections are the method's sections (CharterSections) that no
// Markdown heading of text names, case and accents aside: a charter the
// référent rewrote may leave one out, which is worth saying, not refusing.
func MissingSections(text string) []string {
	var headings []string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			headings = append(headings, library.Normalize(line))
		}
	}
	var missing []string
	for _, s := range CharterSections {
		want := library.Normalize(s)
		found := false
		for _, h := range headings {
			if strings.Contains(h, want) {
				found = true
				break
			}
		}
		if !found {
			missing = append(missing, s)
		}
	}
	return missing
}
