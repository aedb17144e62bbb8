package library

import "strings"

// Filled is a template with every variable replaced, ready to paste into an
// AI. It only lives in memory: nothing typed by a volunteer is ever stored.
type Filled struct {
	Context string
	Prompt  string
}

// Text is what the volunteer pastes, context first:
//
//	CONTEXTE :
//	<context>
//
//	PROMPT :
//	<prompt>
//
// without quotes and without a final newline; a template without context
// gives only the PROMPT part.
func (f Filled) Text() string {
	if f.Context == "" {
		return "PROMPT :\n" + f.Prompt
	}
	return "CONTEXTE :\n" + f.Context + "\n\nPROMPT :\n" + f.Prompt
}

// Fill replaces every variable of the context and the prompt by its value,
// trimmed of surrounding spaces. A variable without a value, or with only
// spaces, is missing: the *MissingError lists all of them in first-seen
// order. The text is read once, so a value that itself holds "[x]" or
// "[Nom asso]" is pasted as is and never replaced again. An escaped \[ comes
// out as [. Defaults are not applied here: the caller shows them to the
// volunteer, who accepts them (see Defaults).
func (t Template) Fill(values map[string]string) (Filled, error) {
	ctx, _ := scan(t.Context, false)
	prm, _ := scan(t.Prompt, false)
	var missing []string
	for _, toks := range [][]token{ctx, prm} {
		for _, tk := range toks {
			if tk.name != "" && strings.TrimSpace(values[tk.name]) == "" && !contains(missing, tk.name) {
				missing = append(missing, tk.name)
			}
		}
	}
	if len(missing) > 0 {
		return Filled{}, &MissingError{Names: missing}
	}
	return Filled{Context: render(t.Context, ctx, values), Prompt: render(t.Prompt, prm, values)}, nil
}

// render writes s with its tokens replaced, in one pass.
func render(s string, toks []token, values map[string]string) string {
	if len(toks) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 64*len(toks))
	last, stop := 0, false
	for _, tk := range toks {
		last = skipStop(s, last, stop)
		b.WriteString(s[last:tk.start])
		stop = false
		if tk.name == "" {
			b.WriteByte('[')
		} else {
			v := strings.TrimSpace(values[tk.name])
			b.WriteString(v)
			stop = endsSentence(v)
		}
		last = tk.end
	}
	last = skipStop(s, last, stop)
	b.WriteString(s[last:])
	return b.String()
}

// skipStop leaves out the template's full stop at i when the value just
// written ends a sentence: « Aider les gens. » then « . » gives one full
// stop. An ellipsis « ... » in the template is kept.
func skipStop(s string, i int, stop bool) int {
	if stop && i < len(s) && s[i] == '.' && !strings.HasPrefix(s[i:], "..") {
		return i + 1
	}
	return i
}

// endsSentence reports whether a value ends with « . », « ! », « ? » or
// « … ». Trailing private-use runes are skipped: the interface wraps values
// in such marks to find them in the text.
func endsSentence(v string) bool {
	v = strings.TrimRightFunc(v, func(r rune) bool { return r >= 0xF0000 })
	return strings.HasSuffix(v, ".") || strings.HasSuffix(v, "!") || strings.HasSuffix(v, "?") || strings.HasSuffix(v, "…")
}

// Defaults returns the default value of each variable that has one, ready
// to pre-fill a form or to complete the values given to Fill.
func (t Template) Defaults() map[string]string {
	m := make(map[string]string)
	for _, v := range t.Variables {
		if v.Default != "" {
			m[v.Name] = v.Default
		}
	}
	return m
}
