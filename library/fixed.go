package library

import "strings"

// FixedWording returns s with every [variable] replaced by as many spaces:
// what a template says whatever the volunteer types. The offsets of s are
// kept, so that what a check finds in it points at the same bytes of s.
// Escaped brackets and plain-text brackets stay as they are.
func FixedWording(s string) string {
	toks, _ := scan(s, false)
	if len(toks) == 0 {
		return s
	}
	b := []byte(s)
	for _, tk := range toks {
		if tk.name != "" {
			copy(b[tk.start:tk.end], strings.Repeat(" ", tk.end-tk.start))
		}
	}
	return string(b)
}
