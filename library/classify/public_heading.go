package classify

import (
	"tamis/library/classify/lexicon"
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
		return f.Verdict == Doubt
	})
}

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
	end, open, shut := len(toks), -1, -1
	for k := 1; k < len(toks) && end == len(toks); k++ {
		switch sep := toks[k].Sep; {
		case sep == ':' || sep == '"' || sep == '-' && toks[k].Spaced:
			end = k
		case sep == '(' && open < 0:
			open = k
		case sep == ')' && open >= 0 && shut < 0:
			shut = k
		}
	}
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
