package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A value headed as a text already public (issue 7, section 4, public
// text flagged as doubt): « Texte de l'affiche : … », "Press release –
// Mayor Jane Whitfield will open…", « Rapport moral 2025 (version
// publiée) : … », « Compte rendu de l'AG (publié sur notre site) : … ». The writer
// says what the text is: a poster, a release, a published report. Its
// doubts — a figure, a role, a budget line — are what the association
// chose to publish: they go, in every sentence of the value. What is
// blocked stays blocked (a person's health in a press release is still
// a person's health), and a heading that says draft, embargo or internal
// keeps every doubt. The heading is read once, in the value's first
// sentence; the later sentences only ask the answer.

// headingDrafts in a heading say the text is not public yet.
var headingDrafts = lexicon.Words(lexicon.Data, "heading_drafts")

// dropDoubtsUnderPublicHeading removes the doubts of the sentence when
// the value opens on a heading of a public text.
func (a *analysis) dropDoubtsUnderPublicHeading() {
	if !a.headRead {
		a.headRead = true
		a.publicHead = a.opensOnPublicHeading()
	}
	if !a.publicHead {
		return
	}
	k := a.sentenceFindings()
	a.dropFindingsFrom(k, func(f Finding) bool {
		return f.Verdict == Doubt && !(a.officerNamed && f.Rule == ruleName.String()) // an officer's name is checked by the volunteer (published_officer.go)
	})
}

// publicMarks end a public heading at its first colon, quotation mark or
// spaced dash, as far as the sentence goes (heading_end.go).
var publicMarks = headingMarks{leadingColon: true, quotes: true}

// opensOnPublicHeading: the sentence's heading — its tokens up to the
// first colon, quotation or spaced dash — opens on the name of a public
// text (« Texte de l'affiche », "Press release") or holds it in brackets
// (« (version publiée) »), and names no draft. Elsewhere the words tell
// of a text to come ("we're preparing a press release, please don't
// share it yet").
func (a *analysis) opensOnPublicHeading() bool {
	if !a.sentencePending().has(pendPublicHeading) {
		return false
	}
	toks := a.s.Toks
	end, _ := headingEnd(a.text, toks, publicMarks)
	if end == 0 {
		end = len(toks)
	}
	open, shut := bracketIn(toks, end)
	for _, t := range toks[:end] {
		if headingDrafts[t.Norm] {
			return false
		}
	}
	for _, h := range a.hits {
		if h.dict == dPending && h.val == int(pendPublicHeading) && h.j <= end &&
			(h.i == 0 || open >= 0 && h.i >= open && (shut < 0 || h.j <= shut)) {
			return true
		}
	}
	return false
}

// bracketIn returns the first opening bracket among the tokens [1, end)
// and the first closing one after it, -1 for a bracket not there.
func bracketIn(toks []text.Token, end int) (open, shut int) {
	open, shut = -1, -1
	for k := 1; k < end; k++ {
		switch {
		case toks[k].Sep == '(' && open < 0:
			open = k
		case toks[k].Sep == ')' && open >= 0:
			return open, k
		}
	}
	return open, shut
}
