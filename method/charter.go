package method

import (
	_ "embed"
	"strings"
)

// DefaultCharter is the charter shown until the référent writes the
// association's own: Markdown, in the method's eight sections.
//
//go:embed charte.md
var DefaultCharter string

// CharterSections are the headings of the method's eight sections, in
// order; the default charter follows them and the tests check it.
var CharterSections = []string{
	"Préambule", "Principes", "Données interdites", "Usages autorisés",
	"Processus de validation", "Formation", "Révision", "Signature",
}

// CharterOrDefault returns text, or the default charter when the référent
// has written none (empty or blank).
func CharterOrDefault(text string) string {
	if strings.TrimSpace(text) == "" {
		return DefaultCharter
	}
	return text
}
