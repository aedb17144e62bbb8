package tui

import (
	"slices"

	"tamis/library/classify"
)

// One verdict. The badge beside a field and the final check are the same
// check on the same bytes: the final verdict is made of each value's own
// classification (what its badge shows), moved to where the value lies in
// the filled prompt, plus what only the assembled prompt reveals, a
// combination across fields (a first name in one field, the surname in
// another). A finding of the assembled text that lies within one value, or
// that only adds the template's words to one value, is the classifier
// reading the value with other words around it: the value's own result
// stands, so the badge and the verdict cannot disagree, and a doubt is
// never explained by template text the volunteer cannot change.
//
// One exception keeps the copy safe: checkedCopyCmd classifies the exact
// bytes it writes and refuses them when blocked. A blocked finding of the
// assembled text is therefore always kept (on the value it touches, or on
// the template text when it touches none), so the verdict on screen never
// promises a copy that the final check would refuse.

// merge classifies the filled prompt text as the verdict does: the fields'
// own results mapped into text, plus assembled, the classification of text,
// reduced to what it alone reveals. It returns assembled unchanged, and no
// located findings, when the values cannot be placed in text.
func (m fillModel) merge(text string, assembled classify.Result) (classify.Result, []located) {
	placed, places := placeValues(m.t, m.fields)
	if placed != text || places == nil {
		return assembled, nil
	}
	var out []located
	r := classify.Result{Category: classify.Public, Verdict: classify.OK}
	seen := make([]bool, len(m.fields))
	for _, pl := range places {
		if pl.empty || seen[pl.field] {
			continue // a variable used twice is reported once, at its first place
		}
		seen[pl.field] = true
		f := m.fields[pl.field]
		r.Verdict = max(r.Verdict, f.result.Verdict)
		r.Category = max(r.Category, f.result.Category)
		out = append(out, mapFindings(text, f, pl)...)
	}
	for _, af := range assembled.Findings {
		if l, ok := m.assembledOnly(text, af, places); ok {
			out = append(out, l)
			r.Verdict = max(r.Verdict, af.Verdict)
			r.Category = max(r.Category, af.Category)
		}
	}
	slices.SortStableFunc(out, func(a, b located) int { return a.Start - b.Start })
	r.Findings = make([]classify.Finding, len(out))
	for i, l := range out {
		r.Findings[i] = l.Finding
	}
	return r, out
}

// mapFindings moves a field's findings (offsets in the value as typed) to
// the place of the trimmed value in text.
func mapFindings(text string, f field, pl place) []located {
	var out []located
	for _, fd := range f.result.Findings {
		a := max(fd.Start-pl.lead, 0)
		b := min(fd.End-pl.lead, pl.end-pl.start)
		if a >= b {
			continue
		}
		fd.Start, fd.End = pl.start+a, pl.start+b
		out = append(out, located{Finding: fd, field: f.v.Name, text: text[fd.Start:fd.End]})
	}
	return out
}

// assembledOnly decides whether a finding of the assembled text adds to the
// values' own results, and where it is shown: on the values it overlaps,
// its span cut to the value when it overlaps one.
func (m fillModel) assembledOnly(text string, af classify.Finding, places []place) (located, bool) {
	var names []string
	var first place
	for _, pl := range places {
		if pl.empty || min(pl.end, af.End) <= max(pl.start, af.Start) {
			continue
		}
		name := m.fields[pl.field].v.Name
		if len(names) == 0 {
			first = pl
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	l := located{Finding: af, text: span(text, af)}
	switch {
	case len(names) > 1: // a combination across fields: what only the whole reveals
		l.field, l.combo = names[0], names
		return l, true
	case af.Verdict < classify.Blocked:
		return l, false // the value's own result (or the validated template) stands
	case len(names) == 0:
		return l, true // blocked in the template's own text: shown as such
	}
	own := m.fields[first.field].result
	inside := af.Start >= first.start && af.End <= first.end
	if inside && own.Verdict == classify.Blocked {
		return l, false // the badge already says blocked, with its own finding
	}
	l.Start, l.End = max(af.Start, first.start), min(af.End, first.end)
	l.field, l.text, l.wider = names[0], text[l.Start:l.End], true
	return l, true
}
