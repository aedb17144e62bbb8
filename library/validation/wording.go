package validation

import (
	"strings"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
)

// Finding is personal or sensitive data in a template's fixed wording: what
// every prompt made from it says, whatever the volunteer types. Such a
// template cannot be validated.
type Finding struct {
	Line     int    // line in the template's text format, as `tamis show ID` prints it
	Part     string // where: titre, CONTEXTE, PROMPT, VARIABLES
	Words    string // the flagged words, as written
	Reason   string // the classifier's reason, in the user's language
	Rule     string
	Category classify.Category
}

// CheckFixedWording runs c on the fixed wording of t: its title, context
// and prompt outside the [variables], and the defaults and choices of its
// variables, which go into the prompt as they are. With the association's
// allow and deny lists in c, a confidential project name on the deny list
// cannot be validated either.
func CheckFixedWording(c *classify.Classifier, t library.Template) []Finding {
	w := wording{c: c, text: string(library.Format(t))}
	w.look(i18n.T("titre", "title"), t.Title, w.at(len("["+t.ID+"] ")))
	end := 0
	if i := strings.Index(w.text, ctxOpen); i >= 0 && t.Context != "" {
		start := i + len(ctxOpen)
		w.look("CONTEXTE", t.Context, w.at(start))
		end = start + len(t.Context)
	}
	if i := strings.Index(w.text[end:], promptOpen); i >= 0 {
		w.look("PROMPT", t.Prompt, w.at(end+i+len(promptOpen)))
	}
	for _, v := range t.Variables {
		line := w.at(max(strings.LastIndex(w.text, "\n- ["+v.Name+"]"), 0) + 1)
		fixed := func(int) int { return line(0) }
		w.look("VARIABLES", v.Default, fixed)
		for _, ch := range v.Choices {
			w.look("VARIABLES", ch, fixed)
		}
	}
	return w.found
}

// The openings of the context and the prompt in library.Format.
const (
	ctxOpen    = "\nCONTEXTE :\n« "
	promptOpen = "\nPROMPT :\n« "
)

// wording gathers the findings of one template's text format.
type wording struct {
	c     *classify.Classifier
	text  string // library.Format of the template
	found []Finding
}

// at maps an offset of a part that starts at base in w.text to its line.
func (w *wording) at(base int) func(int) int {
	return func(off int) int {
		return strings.Count(w.text[:min(base+off, len(w.text))], "\n") + 1
	}
}

// look classifies the fixed wording of one part and keeps what is
// personal or sensitive.
func (w *wording) look(part, s string, line func(int) int) {
	if s == "" {
		return
	}
	res := w.c.Classify(library.FixedWording(s))
	for _, f := range res.Findings {
		if f.Category >= classify.Personal {
			w.found = append(w.found, Finding{Line: line(f.Start), Part: part, Words: s[f.Start:f.End],
				Reason: f.Reason, Rule: f.Rule, Category: f.Category})
		}
	}
}
