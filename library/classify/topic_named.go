package classify

import "tamis/i18n"

// A special-category word in a general question or statement is a topic
// (« Quels sont les effets de la chimio ? », "Schizophrenia is a
// long-term condition"), unless the same value names someone: « Quels
// sont les effets de la chimio ? Je demande pour Sylvie. », "What are the
// side effects of lithium? Asking for Sam." ask about that person's
// treatment. The topic sentence cannot see the sentences after it, so its
// facts are noted (noteTopic) and kept once the value is read
// (keepTopicsOfNamed) when a name or an anonymisation code stands in it:
// pseudonymised data is still personal data (GDPR recital 26), so
// « … ? Je demande pour Personne_001. » must not be copied after
// anonymisation either.

// noteTopic notes the special-category word at sp, read as a topic.
func (a *analysis) noteTopic(sp span, t term) {
	if len(a.topics) >= maxPooledFindings {
		return // a long text of topics: the first ones are enough to block it
	}
	a.topics = append(a.topics, Finding{
		Rule: t.rule.String(), Category: t.rule.info().cat, Verdict: Blocked,
		Start: a.s.Toks[sp.i].From(), End: a.s.Toks[sp.j-1].To(),
		Reason: t.rule.reason() + i18n.T(" : le texte nomme aussi quelqu’un", ": the text also names someone"),
	})
}

// keepTopicsOfNamed keeps the noted topics as facts when the value names
// a person (a name found) or holds an anonymisation code.
func (a *analysis) keepTopicsOfNamed() {
	named := a.codeSeen
	for _, f := range a.findings {
		named = named || f.Rule == ruleName.String()
	}
	if !named {
		return
	}
	for _, f := range a.topics {
		a.keep(f)
	}
}
