package library

import "strings"

// Format writes t in the canonical text format, ending with "\n":
//
//	[PROMPT-001] Title
//	Tags : a, b                 (only when there are tags)
//	Statut : validé             (always, so that an export says it)
//
//	CONTEXTE :                  (only when there is a context)
//	« context »
//
//	PROMPT :
//	« prompt »
//
//	VARIABLES :                 (only when a variable has metadata)
//	- [name] : help ; défaut : X ; choix : a | b ; plusieurs lignes
//
// The « » quotes are those the associations already write. For a template
// that Parse returned, Parse(Format(t)) equals t, and Format is a fixed point
// of Parse: export then import is lossless, byte for byte.
func Format(t Template) []byte {
	var b strings.Builder
	b.Grow(len(t.Context) + len(t.Prompt) + 256)
	writeTemplate(&b, t)
	return []byte(b.String())
}

// FormatAll writes several templates separated by a blank line.
func FormatAll(ts []Template) []byte {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte('\n')
		}
		writeTemplate(&b, t)
	}
	return []byte(b.String())
}

func writeTemplate(b *strings.Builder, t Template) {
	b.WriteString("[" + t.ID + "] " + t.Title + "\n")
	if len(t.Tags) > 0 {
		b.WriteString("Tags : " + strings.Join(t.Tags, ", ") + "\n")
	}
	status := t.Status
	if status == "" {
		status = StatusValidated
	}
	b.WriteString("Statut : " + string(status) + "\n")
	if t.Context != "" {
		b.WriteString("\nCONTEXTE :\n« " + t.Context + " »\n")
	}
	b.WriteString("\nPROMPT :\n« " + t.Prompt + " »\n")
	header := false
	for _, v := range t.Variables {
		if !v.hasMeta() {
			continue
		}
		if !header {
			b.WriteString("\nVARIABLES :\n")
			header = true
		}
		formatVarLine(b, v)
	}
}
