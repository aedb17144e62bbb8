package library

import "strings"

// Outline is a template with where its parts lie in its file, for the
// lint, which reports what it finds at a line and a column.
type Outline struct {
	Located
	// Text holds the lines of CONTEXTE then PROMPT as the file has them.
	Text []SourceLine
	// VarLines gives the line of each described variable's VARIABLES line.
	VarLines map[string]int
}

// SourceLine is one line of a block's text in the file.
type SourceLine struct {
	Line  int    // 1-based line of the file
	Off   int    // byte offset of Text in the file's line
	Text  string // the block's text on that line (after a label, if any)
	Raw   string // the whole line of the file, for rune columns
	Block string // "CONTEXTE" or "PROMPT"
}

// Col is the 1-based rune column of byte offset off of Text.
func (l SourceLine) Col(off int) int { return runeCol(l.Raw, l.Off+off) }

// ParseOutline is Parse keeping the outline of each template. Errors are
// those of Parse.
func ParseOutline(name string, data []byte) ([]Outline, error) {
	p := parser{errs: errList{file: name}, file: name, outline: true}
	if _, err := p.parse(data); err != nil {
		return nil, err
	}
	return p.outlines, nil
}

// sourceLine locates text, the whole raw line or what follows its label.
func sourceLine(n int, raw, text string) SourceLine {
	off := 0
	if text != raw {
		off = max(strings.LastIndex(raw, text), 0)
	}
	return SourceLine{Line: n, Off: off, Text: text, Raw: raw}
}

// outline builds the outline of a finished draft.
func (d *draft) outline() Outline {
	o := Outline{Located: d.Located, VarLines: make(map[string]int, len(d.vars))}
	for _, l := range d.context.src {
		l.Block = "CONTEXTE"
		o.Text = append(o.Text, l)
	}
	for _, l := range d.prompt.src {
		l.Block = "PROMPT"
		o.Text = append(o.Text, l)
	}
	for i, v := range d.vars {
		o.VarLines[v.Name] = d.varLines[i]
	}
	return o
}

// VarSpan is one variable of a text and its bytes, "[name]" included.
type VarSpan struct {
	Name       string
	Start, End int
}

// VarSpans returns every variable of text, in order, repeats included. A
// bracket mistake is skipped, as in VarNames.
func VarSpans(text string) []VarSpan {
	var out []VarSpan
	for _, t := range mustScan(text) {
		if t.name != "" {
			out = append(out, VarSpan{Name: t.name, Start: t.start, End: t.end})
		}
	}
	return out
}
