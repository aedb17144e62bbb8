package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tamis/library"
	"tamis/library/classify"
)

// fillPreview is the filled prompt as the fill screen shows it: wrapped to
// the width, the flagged parts of the values highlighted. Building it fills
// the template and wraps the text, so it is built when a value or the width
// changes (in Update), never while drawing a frame (cursor blinks redraw
// the screen several times a second).
type fillPreview struct {
	values []string // each field's value it was built from (field.checked)
	width  int
	lines  []string // the wrapped lines, highlighted
	at     []int    // per field, the line where its value first appears, -1 if nowhere
}

// stale reports whether the preview no longer matches the fields or the
// width. It compares the values each field last checked, which are its
// current values, without building any string.
func (p fillPreview) stale(fields []field, width int) bool {
	if p.lines == nil || p.width != width || len(p.values) != len(fields) {
		return true
	}
	for i, f := range fields {
		if p.values[i] != f.checked {
			return true
		}
	}
	return false
}

// buildPreview fills the template, empty variables shown as [name], and
// highlights the flagged spans of the values only: the same words in the
// template's own text are not the volunteer's and stay plain.
func buildPreview(s Styles, t library.Template, fields []field, width int) fillPreview {
	p := fillPreview{values: make([]string, len(fields)), width: width, at: make([]int, len(fields))}
	for i, f := range fields {
		p.values[i] = f.checked
		p.at[i] = -1
	}
	text, places := placeValues(t, fields)
	spans := flaggedSpans(fields, places)
	wrapped := wrapText(text, width)
	pos := alignWrapped(text, wrapped)
	if pos == nil { // cannot happen with ansi.Wrap; degrade to no highlight
		spans, places = nil, nil
	}
	for _, pl := range places {
		if p.at[pl.field] < 0 {
			p.at[pl.field] = strings.Count(wrapped[:pos[pl.start]], "\n")
		}
	}
	p.lines = strings.Split(markSpans(s, wrapped, pos, spans), "\n")
	return p
}

// place is where one field's value (trimmed, as Fill inserts it) lands in
// the filled text; lead is how many bytes of leading space were trimmed,
// to move the field's finding offsets.
type place struct {
	field, start, end, lead int
	empty                   bool // the [name] placeholder, not a value
}

// Markers wrap each value while filling, so its position in the text is
// known exactly: an opening rune per field (plane 15, private use) and one
// closing rune (plane 16). A volunteer is not expected to type them; if
// one does, values are simply not located.
const (
	markOpen  = 0xF0000
	markClose = 0x100000
)

// placeValues fills the template and returns the text with where each
// value went (a variable may appear several times).
func placeValues(t library.Template, fields []field) (string, []place) {
	plain := make(map[string]string, len(fields))
	located := true
	for _, f := range fields {
		v := strings.TrimSpace(f.checked)
		if v == "" {
			v = "[" + f.v.Name + "]"
		}
		plain[f.v.Name] = v
		located = located && !strings.ContainsFunc(v, func(r rune) bool { return r >= markOpen })
	}
	vals := plain
	if located {
		vals = make(map[string]string, len(fields))
		for i, f := range fields {
			vals[f.v.Name] = string(rune(markOpen+i)) + plain[f.v.Name] + string(rune(markClose))
		}
	}
	filled, err := t.Fill(vals)
	switch {
	case err != nil:
		return t.Context + "\n\n" + t.Prompt, nil
	case !located:
		return filled.Text(), nil
	}
	return unmark(filled.Text(), fields)
}

// valuePlaces says where each value lies in text, the filled prompt; nil
// when the text cannot be matched (a value holding a marker rune).
func (m fillModel) valuePlaces(text string) []namedSpan {
	placed, places := placeValues(m.t, m.fields)
	if placed != text || places == nil {
		return nil
	}
	out := make([]namedSpan, 0, len(places))
	for _, p := range places {
		out = append(out, namedSpan{name: m.fields[p.field].v.Name, start: p.start, end: p.end})
	}
	return out
}

// unmark removes the markers and records the places they enclosed.
func unmark(marked string, fields []field) (string, []place) {
	var b strings.Builder
	b.Grow(len(marked))
	var places []place
	open := place{field: -1}
	for _, r := range marked {
		switch {
		case r >= markOpen && r < markOpen+rune(len(fields)):
			open = place{field: int(r - markOpen), start: b.Len()}
		case r == markClose && open.field >= 0:
			f := fields[open.field]
			open.end = b.Len()
			open.empty = strings.TrimSpace(f.checked) == ""
			open.lead = len(f.checked) - len(strings.TrimLeftFunc(f.checked, unicode.IsSpace))
			places = append(places, open)
			open = place{field: -1}
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), places
}

// textSpan is a byte range of the filled text.
type textSpan struct{ start, end int }

// flaggedSpans moves each field's findings that are not ok to every place
// of its value in the text. Places come in text order and each field's
// findings by start (as Classify returns them), so the spans are in order,
// except for overlaps which markSpans skips.
func flaggedSpans(fields []field, places []place) []textSpan {
	var out []textSpan
	for _, pl := range places {
		if pl.empty {
			continue
		}
		for _, fd := range fields[pl.field].result.Findings {
			if fd.Verdict == classify.OK {
				continue
			}
			a := max(fd.Start-pl.lead, 0)
			b := min(fd.End-pl.lead, pl.end-pl.start)
			if a < b {
				out = append(out, textSpan{pl.start + a, pl.start + b})
			}
		}
	}
	return out
}

// alignWrapped maps each byte offset of text (0..len) to its offset in
// wrapped, which is text with line breaks inserted and spaces dropped at
// the breaks. It returns nil if wrapped is not of that form.
func alignWrapped(text, wrapped string) []int {
	pos := make([]int, len(text)+1)
	i, j := 0, 0
	for i < len(text) {
		pos[i] = j
		switch r, n := utf8.DecodeRuneInString(text[i:]); {
		case j < len(wrapped) && text[i] == wrapped[j]:
			i, j = i+1, j+1
		case j < len(wrapped) && wrapped[j] == '\n':
			j++
		case unicode.IsSpace(r):
			for k := 1; k < n; k++ {
				pos[i+k] = j
			}
			i += n
		default:
			return nil
		}
	}
	pos[len(text)] = j
	return pos
}

// markSpans highlights the spans in the wrapped text, line by line, so a
// span cut by a line break does not colour the end of the line.
func markSpans(s Styles, wrapped string, pos []int, spans []textSpan) string {
	if len(spans) == 0 {
		return wrapped
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		a, z := pos[sp.start], pos[sp.end]
		if a < last || a >= z {
			continue
		}
		b.WriteString(wrapped[last:a])
		for k, part := range strings.Split(wrapped[a:z], "\n") {
			if k > 0 {
				b.WriteByte('\n')
			}
			if part != "" {
				b.WriteString(s.Offending.Render(part))
			}
		}
		last = z
	}
	b.WriteString(wrapped[last:])
	return b.String()
}
