package tui

import (
	"slices"

	"tamis/i18n"
	"tamis/library/classify"
)

// noteWider tells each field what a refused check of the whole prompt
// found in it beyond its own badge: a value whose badge says public or
// doubt can be blocked once read with the template's words or another
// field around it, and the volunteer back on the form must see which
// value to change and why, not a reassuring badge alone.
func (m fillModel) noteWider(blocked []located) fillModel {
	if len(blocked) == 0 && !slices.ContainsFunc(m.fields, func(f field) bool { return f.wider != "" }) {
		return m // nothing to clear: the keystroke path stays cheap
	}
	fields := slices.Clone(m.fields) // the verdict screen's copy of the form shares the slice
	for i := range fields {
		fields[i].wider = ""
	}
	for _, l := range blocked {
		if l.Verdict < classify.Blocked || (!l.wider && len(l.combo) < 2) {
			continue
		}
		for _, name := range fieldsOf(l) {
			i := slices.IndexFunc(fields, func(f field) bool { return f.v.Name == name })
			if i < 0 || fields[i].wider != "" || fields[i].result.Verdict == classify.Blocked {
				continue
			}
			fields[i].wider = widerReason(l)
			fields[i].widerLevel = levelOf(classify.Result{Category: l.Category, Verdict: l.Verdict})
		}
	}
	m.fields = fields
	return m
}

func fieldsOf(l located) []string {
	if len(l.combo) > 1 {
		return l.combo
	}
	return []string{l.field}
}

// widerReason is « bloqué dans le prompt complet : <reason> : « <words> » ».
func widerReason(l located) string {
	return i18n.T("bloqué dans le prompt complet : ", "blocked in the whole prompt: ") +
		apostrophes(l.Reason) + colon() + quote(oneLine(l.text))
}
