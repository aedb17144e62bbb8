package library

import (
	"fmt"
	"strings"

	"tamis/i18n"
)

// This file reads the blocks of a template (CONTEXTE, PROMPT, VARIABLES)
// and assembles the template when it ends.

// block is the text of CONTEXTE or PROMPT, as lines with trailing spaces
// removed.
type block struct {
	lines []string
	line  int // line of its label, for errors
	seen  bool
	src   []SourceLine // where each line is in the file, only for ParseOutline
}

// open starts a block at its label line; text after the ":" is its first line.
func (p *parser) open(b *block, n int, raw, rest string) {
	b.seen, b.line = true, n
	if rest != "" {
		p.addLine(b, n, raw, rest)
	}
}

// addLine appends a line to a block after checking its brackets; raw is
// the whole file line, so that columns match what an editor shows.
func (p *parser) addLine(b *block, n int, raw, text string) {
	if err := bracketError(raw); err != nil {
		p.fail(n, runeCol(raw, err.off), err.msg)
		return
	}
	b.lines = append(b.lines, trimRight(text))
	if p.outline {
		b.src = append(b.src, sourceLine(n, raw, text))
	}
}

// inContext reads a CONTEXTE line. A lone VARIABLES label here is an error
// rather than text: the block belongs after PROMPT, and reading it as
// context would silently send the variables' help to the AI.
func (p *parser) inContext(n int, raw string) {
	switch kw, rest := keywordLine(raw); {
	case kw == kwPrompt:
		p.cur.state = stPrompt
		p.open(&p.cur.prompt, n, raw, rest)
	case kw == kwVariables && rest == "":
		p.fail(n, 0, i18n.T("le bloc VARIABLES vient après PROMPT", "the VARIABLES block comes after PROMPT"))
	default:
		p.addLine(&p.cur.context, n, raw, raw)
	}
}

func (p *parser) inPrompt(n int, raw string) {
	if kw, rest := keywordLine(raw); kw == kwVariables && rest == "" {
		p.cur.state = stVariables
		return
	}
	p.addLine(&p.cur.prompt, n, raw, raw)
}

// inVariables reads one line of the VARIABLES block.
func (p *parser) inVariables(n int, raw string) {
	if isBlank(raw) || isSeparator(raw) {
		return
	}
	if err := bracketError(raw); err != nil {
		p.fail(n, runeCol(raw, err.off), err.msg)
		return
	}
	v, ok, badKind := parseVarLineKind(raw)
	switch {
	case !ok:
		p.fail(n, 0, i18n.T(
			"ligne inattendue dans VARIABLES : attendu « - [nom] : aide ; type : date ; défaut : … ; choix : a | b ; plusieurs lignes »",
			"unexpected line in VARIABLES: expected \"- [name] : help ; type : date ; défaut : … ; choix : a | b ; plusieurs lignes\""))
	case v.Name == "x" || v.Name == "X" || !hasAlnum(v.Name):
		p.fail(n, 0, fmt.Sprintf(i18n.T("nom de variable invalide « [%s] »", "invalid variable name \"[%s]\""), v.Name))
	case badKind != "":
		p.fail(n, 0, fmt.Sprintf(i18n.T("type inconnu « %s » pour [%s] : attendu %s",
			"unknown type %q for [%s]: expected %s"), badKind, v.Name, kindList()))
	case v.Kind == KindChoice && len(v.Choices) == 0:
		p.fail(n, 0, fmt.Sprintf(i18n.T("[%s] est de type choix : donnez la liste, « choix : a | b »",
			"[%s] is of type choix: give the list, \"choix : a | b\""), v.Name))
	case v.Multiline && !v.Kind.multiline():
		p.fail(n, 0, fmt.Sprintf(i18n.T("[%s] est de type %s, sur une seule ligne : retirez « plusieurs lignes »",
			"[%s] is of type %s, on a single line: remove \"plusieurs lignes\""), v.Name, v.Kind))
	case p.cur.varIndex(v.Name) >= 0:
		p.fail(n, 0, fmt.Sprintf(i18n.T("variable [%s] décrite deux fois", "variable [%s] described twice"), v.Name))
	default:
		p.cur.vars = append(p.cur.vars, v)
		p.cur.varLines = append(p.cur.varLines, n)
	}
}

func (d *draft) varIndex(name string) int {
	for i, v := range d.vars {
		if v.Name == name {
			return i
		}
	}
	return -1
}

// finish closes the current template, which ends before byte offset end.
func (p *parser) finish(end int) {
	d := p.cur
	if d == nil || d.failed {
		return
	}
	if d.Status == "" {
		d.Status = StatusValidated
	}
	d.Context = d.context.text(false)
	d.Prompt = d.prompt.text(true)
	if d.Prompt == "" {
		msg := i18n.T("bloc PROMPT manquant", "missing PROMPT block")
		if d.prompt.seen {
			msg = i18n.T("bloc PROMPT vide", "empty PROMPT block")
		}
		p.fail(d.Line, 0, msg)
		return
	}
	if !p.variables(d) {
		return
	}
	// Format adds at most a few bytes per source byte (quotes, labels,
	// escapes); measure it exactly only when it could pass the limit, so
	// that a template accepted here is accepted again once exported.
	if (end-d.start)*4+1024 > MaxTemplateSize && len(Format(d.Template)) > MaxTemplateSize {
		p.fail(d.Line, 0, msgTooBig(d.ID))
		return
	}
	p.out = append(p.out, d.Located)
	if p.outline {
		p.outlines = append(p.outlines, d.outline())
	}
}

// variables lists the variables of the text, first seen first, with the
// metadata of the VARIABLES block; a described variable absent from the
// text is an error (usually a typo in its name).
func (p *parser) variables(d *draft) bool {
	toks, _ := scan(d.Context, false)
	names := appendNames(nil, toks)
	toks, _ = scan(d.Prompt, false)
	names = appendNames(names, toks)
	for i, v := range d.vars {
		if !contains(names, v.Name) {
			p.fail(d.varLines[i], 0, fmt.Sprintf(i18n.T(
				"variable [%s] décrite mais absente de CONTEXTE et de PROMPT",
				"variable [%s] described but absent from CONTEXTE and PROMPT"), v.Name))
		}
	}
	if d.failed || len(names) == 0 {
		return !d.failed
	}
	d.Variables = make([]Variable, len(names))
	for i, name := range names {
		if k := d.varIndex(name); k >= 0 {
			d.Variables[i] = d.vars[k]
		} else {
			d.Variables[i] = Variable{Name: name}
		}
	}
	return true
}

// text joins the lines of a block, trims it and removes one pair of
// enclosing « » quotes. For the last block of a template (last), trailing
// separator lines ("---") are dropped first: they separate templates.
func (b *block) text(last bool) string {
	lines := b.lines
	for last && len(lines) > 0 && (lines[len(lines)-1] == "" || isSeparator(lines[len(lines)-1])) {
		lines = lines[:len(lines)-1]
	}
	s := strings.TrimSpace(strings.Join(lines, "\n"))
	if strings.HasPrefix(s, "«") && strings.HasSuffix(s, "»") && len(s) >= len("«»") {
		s = strings.TrimSpace(s[len("«") : len(s)-len("»")])
	}
	return s
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// trimRight removes trailing white space (spaces, tabs, no-break spaces).
func trimRight(s string) string { return strings.TrimRightFunc(s, isSpace) }

// runeCol converts a byte offset of line into a 1-based rune column.
func runeCol(line string, off int) int {
	return len([]rune(line[:off])) + 1
}
