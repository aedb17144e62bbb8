// Package lint reads a template file as the référent writes it and says
// what would go wrong, each finding at a line and a column: parse errors,
// the variables found, variables without a help text, used but not
// described, whose name or help invites personal data, defaults that do
// not fit their type, and the classifier run on the template's own fixed
// wording and on its proposed values (defaults, choices). An error blocks validation (tamis lint exits 1, import keeps
// the template as a draft); a warning is advice.
package lint

import (
	"errors"
	"fmt"
	"sort"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
)

// Severity says what a finding means for validation.
type Severity int

// Severities, in increasing order.
const (
	Info    Severity = iota // what the lint saw: the variables
	Warning                 // advice: validation stays possible
	Error                   // the template cannot be validated as it is
)

// String is the severity as JSON spells it.
func (s Severity) String() string {
	return [...]string{"info", "warning", "error"}[s]
}

// Label is the severity as a référent reads it.
func (s Severity) Label() string {
	switch s {
	case Error:
		return i18n.T("erreur", "error")
	case Warning:
		return i18n.T("avertissement", "warning")
	}
	return i18n.T("info", "info")
}

// MarshalText writes the severity as "info", "warning" or "error".
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads what MarshalText wrote.
func (s *Severity) UnmarshalText(b []byte) error {
	for v := Info; v <= Error; v++ {
		if v.String() == string(b) {
			*s = v
			return nil
		}
	}
	return fmt.Errorf("lint: unknown severity %q", b)
}

// The rules, as JSON names them.
const (
	RuleParse       = "syntax"           // the file does not parse (includes described but unused)
	RuleDuplicate   = "duplicate-id"     // an id defined twice in the file
	RuleVariables   = "variables"        // the variables found (info)
	RuleNoHelp      = "no-help"          // described without a help text
	RuleUndescribed = "undescribed"      // used but not described
	RuleInvites     = "invites-personal" // name or help invites personal data
	RuleDefaultKind = "default-kind"     // a default or a choice misfits the type
	RuleWording     = "personal-wording" // the fixed wording holds personal or sensitive data
	RuleWordingGray = "doubtful-wording" // the fixed wording is in the gray zone
)

// Finding is one thing the lint says, where it is.
type Finding struct {
	File     string   `json:"file"`
	Line     int      `json:"line"` // 1-based; 0: the whole file
	Col      int      `json:"col"`  // 1-based rune column; 0: the whole line
	Severity Severity `json:"severity"`
	Rule     string   `json:"rule"`
	Template string   `json:"template,omitempty"`
	Var      string   `json:"variable,omitempty"`
	Msg      string   `json:"message"` // already localized
}

// Report is what the lint says of one file.
type Report struct {
	File      string     `json:"file"`
	Templates []Template `json:"templates"`
	Findings  []Finding  `json:"findings"`
}

// Template is what the lint saw of one template.
type Template struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Line      int      `json:"line"`
	Variables []string `json:"variables"`
}

// Count returns how many findings have severity s.
func (r Report) Count(s Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// ErrorsFor returns the error findings of template id.
func (r Report) ErrorsFor(id string) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Severity == Error && f.Template == id {
			out = append(out, f)
		}
	}
	return out
}

// Options are what the lint checks against.
type Options struct {
	// Classifier reads the fixed wording; tamis builds it as validation
	// does, with the allow and deny lists (the association's own name is no
	// finding) and without the profile. Nil: no rules.
	Classifier *classify.Classifier
	// Profile is the association's profile: defaults of type « e-mail de
	// l'association » are checked against it when it says anything.
	Profile map[string]string
}

// File lints the template file name holding data.
func File(name string, data []byte, o Options) Report {
	r := Report{File: name, Templates: []Template{}, Findings: []Finding{}}
	outlines, err := library.ParseOutline(name, data)
	if err != nil {
		r.addParseErrors(err)
		return r
	}
	if o.Classifier == nil {
		o.Classifier = classify.New(classify.Rules{})
	}
	assoc := library.AssociationOf(o.Profile)
	seen := map[string]int{}
	for _, ol := range outlines {
		if first, dup := seen[ol.ID]; dup {
			r.add(ol.Line, 0, Error, RuleDuplicate, ol.ID, "", fmt.Sprintf(i18n.T(
				"identifiant %s en double (déjà défini ligne %d)", "duplicate id %s (already defined on line %d)"), ol.ID, first))
			continue
		}
		seen[ol.ID] = ol.Line
		r.template(ol, o.Classifier, assoc)
	}
	r.sort()
	return r
}

// template lints one template that parsed.
func (r *Report) template(ol library.Outline, c *classify.Classifier, assoc library.Association) {
	names := make([]string, len(ol.Variables))
	for i, v := range ol.Variables {
		names[i] = v.Name
	}
	r.Templates = append(r.Templates, Template{ID: ol.ID, Title: ol.Title, Line: ol.Line, Variables: names})
	r.add(ol.Line, 0, Info, RuleVariables, ol.ID, "", variablesFound(ol.Variables))
	r.variables(ol, assoc)
	r.proposed(ol, c)
	r.wording(ol, c)
}

func (r *Report) add(line, col int, s Severity, rule, id, name, msg string) {
	r.Findings = append(r.Findings, Finding{File: r.File, Line: line, Col: col, Severity: s,
		Rule: rule, Template: id, Var: name, Msg: msg})
}

// addParseErrors turns the parser's errors into findings.
func (r *Report) addParseErrors(err error) {
	leaves := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		leaves = j.Unwrap()
	}
	for _, e := range leaves {
		var pe *library.ParseError
		if errors.As(e, &pe) {
			r.add(pe.Line, pe.Col, Error, RuleParse, "", "", pe.Msg)
		} else {
			r.add(0, 0, Error, RuleParse, "", "", e.Error())
		}
	}
}

// sort orders the findings by place, errors first at one place.
func (r *Report) sort() {
	sort.SliceStable(r.Findings, func(i, j int) bool {
		a, b := r.Findings[i], r.Findings[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Severity > b.Severity
	})
}
