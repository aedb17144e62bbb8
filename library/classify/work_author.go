package classify

import "strings"

// The author of a work whose title the sentence quotes (« Les
// Bienveillantes » de Jonathan Littell, "Normal People" by Sally Rooney)
// is named as such because the work is published: a public person, even
// when no kept list holds the name. The famous guards keep someone of the
// association (« Mon village » de Paul Durand, notre adhérent).

// quotedWorkAuthor: the full name at [i, j) follows « de », « par » or
// "by" right after a closing quotation mark, in a sentence that speaks of
// a work (a book, a show, a reading).
func (a *analysis) quotedWorkAuthor(i, j int) bool {
	toks := a.s.Toks
	if j-i < 2 || i < 2 || !authorLinks[toks[i-1].Norm] || toks[i-1].Norm == "sur" || toks[i-1].Norm == "on" {
		return false // a surname alone may be a family's; « sur » is a topic
	}
	before := strings.TrimRight(a.text[toks[i-2].End:toks[i-1].Start], " ")
	if !strings.HasSuffix(before, "»") && !strings.HasSuffix(before, "”") && !strings.HasSuffix(before, "\"") &&
		!a.closesSingleQuotedTitle(before, i-2) { // fiction_frame_quotes.go: 'Small Island' by Andrea Levy
		return false
	}
	fl := famousLists() // a work, not a word quoted (« “Merci” de Paul »)
	// a word of works, of a public event, or of a work published or awarded (published_work.go)
	workSaid := a.hasWorkWord() || a.anyWordIn(fl.context) || a.anyWordIn(fl.events) || a.publishedWork() && a.workTitleHead(i-1)
	return workSaid && !a.ageGiven()
}

// ageGiven: the sentence gives someone's age (« de Paul Durand, 87 ans »,
// "aged 9"): the memoir of a resident or a child's tale, not a published
// author's work; a namesake, not the famous one (famous_names.go).
func (a *analysis) ageGiven() bool {
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		switch toks[k].Norm {
		case "ans", "years", "year":
			if isDigits(toks[k-1].Norm) {
				return true
			}
		case "aged", "age", "agee":
			if k+1 < len(toks) && isDigits(toks[k+1].Norm) {
				return true
			}
		}
	}
	return false
}
