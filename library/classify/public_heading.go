package classify

import (
	"slices"
	"strings"

	"tamis/library/classify/lexicon"
)

// A value headed as a text already public (issue 7, section 4, public
// text flagged as doubt): « Texte de la banderole : … », "Press release –
// The Celtic week returns…", « Rapport d'activité 2024 (version publiée)
// — … », « Compte rendu de l'AG (publié sur notre site) : … ». The writer
// says what the text is: a poster, a release, a published report. Its
// doubts — a figure, a role, a budget line — are what the association
// chose to publish: they go, in every sentence of the value. What is
// blocked stays blocked (a person's health in a press release is still
// a person's health), and a heading that says draft, embargo or internal
// keeps every doubt.

var (
	publicHeadings = phraseSet("public_headings")                  // word_files.go
	headingDrafts  = lexicon.Words(lexicon.Data, "heading_drafts") // « projet », "draft"
	headingEnds    = "：:–—.\n«\"“"                                 // what closes a heading
)

// dropDoubtsUnderPublicHeading removes the doubts of the sentence when
// the value opens on a heading of a public text.
func (a *analysis) dropDoubtsUnderPublicHeading() {
	k := a.sentenceFindings()
	if !slices.ContainsFunc(a.findings[k:], func(f Finding) bool { return f.Verdict == Doubt }) || !a.publicHeading() {
		return
	}
	a.findings = append(a.findings[:k], slices.DeleteFunc(a.findings[k:], func(f Finding) bool {
		return f.Verdict == Doubt
	})...)
}

// publicHeading: the value's heading — its text up to the first colon,
// dash, full stop or quotation, at most 160 bytes — opens on the name of
// a public text (« Texte de l'affiche », "Press release") or holds it in
// brackets (« (version publiée) »), and names no draft. Elsewhere in a
// sentence the words tell of a text to come ("we're preparing a press
// release, please don't share it yet").
func (a *analysis) publicHeading() bool {
	head := a.text[:min(len(a.text), 160)]
	if i := strings.IndexAny(head, headingEnds); i >= 0 {
		head = head[:i]
	}
	inner := ""
	if i := strings.IndexByte(head, '('); i >= 0 {
		inner, _, _ = strings.Cut(head[i+1:], ")")
	}
	words := lexicon.EntryWords(head)
	for _, w := range words {
		if headingDrafts[w] {
			return false
		}
	}
	opening, bracketed := " "+strings.Join(words, " ")+" ", " "+strings.Join(lexicon.EntryWords(inner), " ")+" "
	for p := range publicHeadings {
		if strings.HasPrefix(opening, " "+p+" ") || strings.Contains(bracketed, " "+p+" ") {
			return true
		}
	}
	return false
}
