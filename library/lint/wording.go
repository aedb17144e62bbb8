package lint

import (
	"fmt"
	"strings"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
)

// The template's fixed wording (its text outside the variables) reaches
// the AI with every prompt filled from it: personal or sensitive data there
// is an error, whatever the volunteers type. Each block (CONTEXTE, PROMPT)
// is classified whole, as the AI reads it, with every variable blanked out;
// findings are mapped back to the file's lines and columns.

// wording classifies the fixed wording of each block of ol.
func (r *Report) wording(ol library.Outline, c *classify.Classifier) {
	for _, block := range []string{"CONTEXTE", "PROMPT"} {
		var lines []library.SourceLine
		for _, l := range ol.Text {
			if l.Block == block {
				lines = append(lines, l)
			}
		}
		text, starts := fixedText(lines)
		if strings.TrimSpace(text) == "" {
			continue
		}
		for _, f := range c.Classify(text).Findings {
			if f.Verdict == classify.OK {
				continue
			}
			r.wordingFinding(ol.ID, block, text, lines, starts, f)
		}
	}
}

// fixedText joins the lines of a block with their variables blanked out
// (spaces of the same length, so that offsets stay those of the file), and
// returns where each line starts in the joined text.
func fixedText(lines []library.SourceLine) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(lines))
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		starts[i] = b.Len()
		last := 0
		for _, s := range library.VarSpans(l.Text) {
			b.WriteString(l.Text[last:s.Start])
			b.WriteString(strings.Repeat(" ", s.End-s.Start))
			last = s.End
		}
		b.WriteString(l.Text[last:])
	}
	return unquote(b.String()), starts
}

// unquote blanks out the « » around a block, which Parse removes: the AI
// reads the text without them, and so must the classifier.
func unquote(s string) string {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "«") || !strings.HasSuffix(t, "»") || len(t) < len("«»") {
		return s
	}
	open := strings.Index(s, "«")
	closing := strings.LastIndex(s, "»")
	return s[:open] + "  " + s[open+len("«"):closing] + "  " + s[closing+len("»"):]
}

// wordingFinding reports a finding of the classifier at its place.
func (r *Report) wordingFinding(id, block, text string, lines []library.SourceLine, starts []int, f classify.Finding) {
	i := len(starts) - 1
	for i > 0 && starts[i] > f.Start {
		i--
	}
	col := lines[i].Col(min(f.Start-starts[i], len(lines[i].Text)))
	span := strings.Join(strings.Fields(text[f.Start:f.End]), " ")
	if f.Verdict == classify.Doubt {
		r.add(lines[i].Line, col, Warning, RuleWordingGray, id, "", fmt.Sprintf(i18n.T(
			"texte fixe du bloc %s, zone grise : %s « %s » ; dans le doute, reformulez ou remplacez par une variable",
			"fixed wording of the %s block, gray zone: %s %q; when in doubt, reword it or use a variable"), block, f.Reason, span))
		return
	}
	kind := i18n.T("donnée personnelle", "personal data")
	if f.Category == classify.Sensitive {
		kind = i18n.T("donnée sensible", "sensitive data")
	}
	r.add(lines[i].Line, col, Error, RuleWording, id, "", fmt.Sprintf(i18n.T(
		"texte fixe du bloc %s : %s (%s « %s ») ; elle partirait dans chaque prompt : le modèle ne peut pas être validé ainsi, retirez-la",
		"fixed wording of the %s block: %s (%s %q); it would go with every prompt: the template cannot be validated so, remove it"),
		block, kind, f.Reason, span))
}

// proposed classifies the defaults and choices of the variables: they go
// into the prompt as they are unless the volunteer changes them, so they
// are fixed wording too (« défaut : Mme Dupont » is an error).
func (r *Report) proposed(ol library.Outline, c *classify.Classifier) {
	for _, v := range ol.Variables {
		for _, val := range append([]string{v.Default}, v.Choices...) {
			if strings.TrimSpace(val) == "" {
				continue
			}
			res := c.Classify(val)
			if res.Verdict == classify.OK {
				continue
			}
			w := res.Findings[0]
			for _, f := range res.Findings[1:] {
				if f.Verdict > w.Verdict || (f.Verdict == w.Verdict && f.Category > w.Category) {
					w = f
				}
			}
			sev, rule := Error, RuleWording
			if res.Verdict == classify.Doubt {
				sev, rule = Warning, RuleWordingGray
			}
			r.add(ol.VarLines[v.Name], 0, sev, rule, ol.ID, v.Name, fmt.Sprintf(i18n.T(
				"[%s] : la valeur proposée « %s » : %s ; elle partirait telle quelle dans le prompt : retirez-la",
				"[%s]: the proposed value %q: %s; it would go into the prompt as it is: remove it"), v.Name, val, w.Reason))
		}
	}
}
