package library

import (
	"errors"
	"fmt"
	"strings"

	"tamis/i18n"
)

// MaxTemplateSize bounds one template, heading to last line. A prompt is a
// few hundred words; anything near this size is a pasted document or an
// attack, and would not fit an AI conversation anyway.
const MaxTemplateSize = 64 << 10

// Parse reads one file holding one or more templates. name is only used in
// error messages ("prompts/a.md:12:5: …").
//
// The file is checked whole first (UTF-8, no control character, no terminal
// escape sequence, no bidi override). Then every template is parsed and every
// problem is reported, each as a *ParseError, joined with errors.Join. On
// error no template is returned: an import is all or nothing.
//
// Parse does not look for duplicate ids (the method's own document holds
// PROMPT-002 twice and must parse); ParseAll does.
func Parse(name string, data []byte) ([]Template, error) {
	located, err := parseFile(name, data)
	if err != nil {
		return nil, err
	}
	out := make([]Template, len(located))
	for i, l := range located {
		out[i] = l.Template
	}
	return out, nil
}

// parseFile is Parse keeping where each template starts.
func parseFile(name string, data []byte) ([]Located, error) {
	p := parser{errs: errList{file: name}, file: name}
	return p.parse(data)
}

// parse reads the whole file.
func (p *parser) parse(data []byte) ([]Located, error) {
	s := string(data)
	if perr := checkText(p.file, s); perr != nil {
		return nil, perr
	}
	s = strings.TrimPrefix(s, "\ufeff") // a byte order mark from a Windows editor
	lineNo := 0
	for off := 0; off < len(s); {
		end := strings.IndexByte(s[off:], '\n')
		next := len(s)
		if end < 0 {
			end = len(s)
		} else {
			end += off
			next = end + 1
		}
		lineNo++
		p.line(lineNo, off, strings.TrimSuffix(s[off:end], "\r"))
		off = next
	}
	p.finish(len(s))
	if len(p.out) == 0 && len(p.errs.errs) == 0 {
		p.errs.add(0, 0, i18n.T(
			"aucun modèle trouvé : chaque modèle commence par une ligne « [PROMPT-001] Titre »",
			"no template found: each template starts with a line \"[PROMPT-001] Title\""))
	}
	if errs := p.errs.list(); len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return p.out, nil
}

// state is where the parser stands inside a template.
type state int

const (
	stHeader    state = iota // after the heading: Tags, Statut, blank lines
	stContext                // inside CONTEXTE, until PROMPT
	stPrompt                 // inside PROMPT, until VARIABLES
	stVariables              // inside VARIABLES, until the next heading
)

// parser reads a file line by line; one draft template at a time.
type parser struct {
	file string
	errs errList
	out  []Located
	cur  *draft // nil before the first heading
	// skipping is set by a malformed heading before the first good one.
	skipping bool
	// outline makes the parser keep where things are (ParseOutline).
	outline  bool
	outlines []Outline
}

// draft is the template being read.
type draft struct {
	Located
	start     int // byte offset of the heading
	state     state
	failed    bool // an error was reported: skip to the next heading
	hasTags   bool
	hasStatus bool
	context   block
	prompt    block
	vars      []Variable
	varLines  []int
}

// line handles one line of the file; off is its byte offset.
func (p *parser) line(n, off int, raw string) {
	if id, title, ok := heading(raw); ok {
		p.finish(off)
		p.cur = &draft{start: off}
		p.cur.ID, p.cur.Title, p.cur.File, p.cur.Line = id, title, p.file, n
		if title == "" {
			p.fail(n, 0, i18n.T("titre manquant après l'identifiant", "missing title after the id"))
		}
		return
	}
	if p.cur == nil {
		p.preamble(n, raw)
		return
	}
	if p.cur.failed {
		return
	}
	if p.cur.state != stHeader && mayBeHeading(raw) && badHeadingInBodyRe.MatchString(raw) {
		p.fail(n, 0, msgBadHeading())
		return
	}
	// The size runs from the heading to the end of the last line that is not
	// blank: blank lines between templates belong to neither.
	if end := off + len(raw); end-p.cur.start > MaxTemplateSize && !isBlank(raw) {
		p.fail(p.cur.Line, 0, msgTooBig(p.cur.ID))
		return
	}
	switch p.cur.state {
	case stHeader:
		p.header(n, raw)
	case stContext:
		p.inContext(n, raw)
	case stPrompt:
		p.inPrompt(n, raw)
	case stVariables:
		p.inVariables(n, raw)
	}
}

// fail reports an error and drops the current template.
func (p *parser) fail(line, col int, msg string) {
	p.errs.add(line, col, msg)
	if p.cur != nil {
		p.cur.failed = true
	}
}

func msgTooBig(id string) string {
	return fmt.Sprintf(i18n.T("modèle %s trop volumineux (maximum %d Kio)", "template %s too large (at most %d KiB)"),
		id, MaxTemplateSize>>10)
}

// preamble handles text before the first heading, such as a document title
// or an introduction: it is ignored, unless it looks like a template whose
// heading was forgotten or mistyped, which must not be silently lost.
func (p *parser) preamble(n int, raw string) {
	if p.skipping {
		return
	}
	if badHeadingRe.MatchString(raw) {
		p.errs.add(n, 0, msgBadHeading())
		p.skipping = true // its lines would only repeat the error
		return
	}
	switch kw, _ := keywordLine(raw); kw {
	case kwContext, kwPrompt, kwVariables:
		p.skipping = true
		p.errs.add(n, 0, i18n.T(
			"bloc de modèle sans en-tête : une ligne « [PROMPT-001] Titre » doit le précéder",
			"template block without a heading: a line \"[PROMPT-001] Title\" must come first"))
	}
}

func msgBadHeading() string {
	return i18n.T(
		"en-tête de modèle mal formé : attendu « [PROMPT-001] Titre » (PROMPT- suivi d'au moins trois chiffres)",
		"malformed template heading: expected \"[PROMPT-001] Title\" (PROMPT- and at least three digits)")
}

// header handles the lines between the heading and CONTEXTE (or PROMPT).
func (p *parser) header(n int, raw string) {
	if isBlank(raw) {
		return
	}
	d := p.cur
	kw, rest := keywordLine(raw)
	switch kw {
	case kwTags:
		if d.hasTags {
			p.fail(n, 0, i18n.T("ligne Tags en double", "duplicate Tags line"))
			return
		}
		d.hasTags, d.Tags = true, parseTags(rest)
	case kwStatus:
		p.status(n, rest)
	case kwContext:
		d.state = stContext
		p.open(&d.context, n, raw, rest)
	case kwPrompt:
		d.state = stPrompt
		p.open(&d.prompt, n, raw, rest)
	default:
		msg := i18n.T(
			"ligne inattendue avant CONTEXTE : attendu Tags, Statut, CONTEXTE ou PROMPT",
			"unexpected line before CONTEXTE: expected Tags, Statut, CONTEXTE or PROMPT")
		if badHeadingRe.MatchString(raw) {
			msg = msgBadHeading()
		}
		p.fail(n, 0, msg)
	}
}

// status reads a Statut line; a template without one is validated.
func (p *parser) status(n int, rest string) {
	if p.cur.hasStatus {
		p.fail(n, 0, i18n.T("ligne Statut en double", "duplicate Statut line"))
		return
	}
	st, ok := parseStatus(rest)
	if !ok {
		p.fail(n, 0, fmt.Sprintf(i18n.T(
			"statut inconnu « %s » : attendu brouillon, validé ou archivé",
			"unknown status %q: expected brouillon, validé or archivé"), rest))
		return
	}
	p.cur.hasStatus, p.cur.Status = true, st
}
