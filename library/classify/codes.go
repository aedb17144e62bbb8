package classify

import (
	"strings"

	"tamis/library/classify/direct"
	"tamis/library/classify/text"
)

// Anonymisation codes ("Personne_001", "contact_001@anonyme.invalid",
// "[ADRESSE_001]") stand for values already taken out of the text. The
// sentence scanner reads each one as a single placeholder token (text.Code),
// so that the semantic rules see neither a name ("Personne") nor a place
// ("à Personne_001") nor a half code, and a finding that reaches a code
// covers it whole. The direct rules already ignore the codes.

// codeEnd returns the end of the anonymisation code starting at text[i],
// or 0 when there is none. Only three first bytes can start one, so the
// check is cheap on ordinary text.
func codeEnd(text string, i int) int {
	switch text[i] {
	case 'P':
		return numberedEnd(text, i, "Personne_", "")
	case 'c':
		if end := numberedEnd(text, i, "contact_", "@"+direct.AnonymousDomain); end > 0 {
			return end
		}
		return numberedEnd(text, i, "contact_", "@"+direct.LegacyDomain)
	case '[':
		for _, prefix := range bracketPrefixes {
			if end := numberedEnd(text, i, prefix, "]"); end > 0 {
				return end
			}
		}
	}
	return 0
}

// codeEndFor is codeEnd for a text that may hold a code, nil for one
// that cannot: every code has an underscore after its kind
// ("Personne_", "contact_", "[TÉLÉPHONE_"), and one search of the
// whole text spares the scanner a call at every word.
func codeEndFor(text string) func(text string, i int) int {
	if strings.IndexByte(text, '_') < 0 {
		return nil
	}
	return codeEnd
}

// bracketPrefixes are the openings of the bracketed codes ("[ADRESSE_"),
// built once.
var bracketPrefixes = func() []string {
	var ps []string
	for _, name := range bracketNames {
		if name != "" {
			ps = append(ps, "["+name+"_")
		}
	}
	return ps
}()

// numberedEnd matches prefix, at least three digits, then suffix, at
// s[i] and returns the end of the match, or 0.
func numberedEnd(s string, i int, prefix, suffix string) int {
	if !strings.HasPrefix(s[i:], prefix) {
		return 0
	}
	j := i + len(prefix)
	d := j
	for d < len(s) && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d-j < 3 || !strings.HasPrefix(s[d:], suffix) {
		return 0
	}
	end := d + len(suffix)
	if suffix == "" && end < len(s) {
		if r, _ := text.Decode(s, end); text.IsWordRune(r) {
			return 0 // "Personne_001abc" is no code
		}
	}
	return end
}
