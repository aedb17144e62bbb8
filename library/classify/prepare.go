package classify

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"tamis/i18n"
	"tamis/library/hidden"
)

// The rules never read the text as typed: what a reader does not see must
// neither hide a word from them nor slip past them. prepare takes out the
// invisible characters (which sit inside words: "diabé\u200btique" is read
// "diabétique"), reads control characters and escape sequences as a space
// (they separate fields in what a terminal or a binary file printed), reports
// each run as a blocked finding (what cannot be seen cannot be judged),
// writes every Unicode space, digit and hyphen form in ASCII and collapses
// runs of white space, so that "diabé\u200btique", a NIR with no-break
// spaces or a phone in full-width digits reach the rules as plain text.
// The findings of the rules are mapped back to byte offsets in the
// original text, where the CLI and the TUI show them.

func hiddenRule(rule string) bool {
	return rule == ruleInvisible.String() || rule == ruleControl.String()
}

// prepared is a text as the rules read it, and the way back.
type prepared struct {
	text   string     // what the rules read
	offs   *offsetMap // nil when text is the original
	hidden []Finding  // hidden runs, in original offsets
}

// maxHiddenFindings bounds the findings of hidden runs: beyond, a run
// extends the last finding of its rule (the text is blocked anyway).
const maxHiddenFindings = 1024

// prepare returns the text the rules read.
func prepare(orig string) prepared {
	i := keptRun(orig, 0)
	if i == len(orig) {
		return prepared{text: orig} // the common case: no copy
	}
	p := preparer{offs: newOffsetMap(len(orig))}
	p.b.Grow(len(orig))
	p.copy(orig[:i])
	for i < len(orig) {
		i = p.step(orig, i)
	}
	for k := range p.hidden {
		f := &p.hidden[k]
		f.Reason = hiddenReason(f.Rule, orig[f.Start:f.End])
	}
	return prepared{text: p.b.String(), offs: p.offs, hidden: p.hidden}
}

// keptRun returns the end of the run, from i, that prepare keeps as it is.
func keptRun(orig string, i int) int {
	bytewise := 0 // the end of a block that failed: read one byte at a time up to there
	for i < len(orig) {
		if i >= bytewise && i+8 < len(orig) {
			if keptBlock(orig, i) {
				i += 8 // eight plain bytes at once (prepare_block.go)
				continue
			}
			// A block that starts a byte later holds the same byte that
			// failed this one (an accent, a double space): the bytes up
			// to its end are read one at a time, not a block each.
			bytewise = i + 8
		}
		c := orig[i]
		if keptASCII[c] {
			i++ // the common case, without the call
			continue
		}
		if n := keptCommon(orig, i, c); n > 0 {
			i += n // a single space, an accented Latin letter: actionAt keeps them
			continue
		}
		act, _, size := actionAt(orig, i)
		if act != keep {
			break
		}
		i += size
	}
	return i
}

// keptCommon returns the length of the single space or the two-byte
// Latin letter (U+00C0 to U+033F) at orig[i], whose first byte is c, or
// 0: actionAt keeps both, and they are most of what keptASCII leaves.
func keptCommon(orig string, i int, c byte) int {
	switch {
	case c == ' ':
		if i+1 < len(orig) && (orig[i+1] == ' ' || orig[i+1] == '\t') {
			return 0 // a run of white space: collapsed
		}
		return 1
	case c >= 0xc3 && c <= 0xcc:
		if i+1 < len(orig) && orig[i+1]&0xc0 == 0x80 {
			return 2
		}
	}
	return 0
}

// keptASCII are the ASCII bytes actionAt always keeps: the printable
// ones and the line breaks.
var keptASCII = func() (t [256]bool) {
	for c := 0x21; c < 0x7f; c++ {
		t[c] = true
	}
	t['\n'], t['\r'] = true, true
	return t
}()

// step prepares the character or sequence at orig[i] (a whole run of
// kept ones at once) and returns where the next one starts.
func (p *preparer) step(orig string, i int) int {
	act, out, size := actionAt(orig, i)
	switch act {
	case keep:
		if orig[i] == ' ' {
			p.space(1) // the last space of a run, or a space after a replaced one
			break
		}
		j := keptRun(orig, i+size)
		p.copy(orig[i:j])
		return j
	case space:
		p.space(size)
	case replace:
		p.write(out, size)
	case hide:
		p.pending += size
		p.report(act, i, i+size)
	case control:
		p.space(size)
		p.report(act, i, i+size)
	}
	return i + size
}

// Actions of prepare on one character.
const (
	keep    = iota // copied as it is
	space          // white space: one ASCII space for a run
	replace        // written as one ASCII byte
	hide           // an invisible character, taken out
	control        // a control character or an escape sequence, read as a space
)

// actionAt says what prepare does with the character or sequence at
// orig[i], the byte it writes instead (replace), and its length.
func actionAt(orig string, i int) (act int, out byte, size int) {
	c := orig[i]
	if c < utf8.RuneSelf {
		switch {
		case c >= 0x21 && c < 0x7f || c == '\n' || c == '\r':
			return keep, 0, 1
		case c == '\t':
			return space, 0, 1
		case c == ' ':
			if i+1 < len(orig) && (orig[i+1] == ' ' || orig[i+1] == '\t') {
				return space, 0, 1 // a run: collapsed
			}
			return keep, 0, 1
		}
		_, n := hidden.At(orig, i)
		return control, 0, n
	}
	r, n := utf8.DecodeRuneInString(orig[i:])
	if r >= 0xc0 && r < 0x34f || r == utf8.RuneError && n == 1 {
		return keep, 0, n // accented Latin letters: the common case, quickly
	}
	switch k, size := hidden.At(orig, i); k {
	case hidden.Control:
		return control, 0, size
	case hidden.Invisible:
		return hide, 0, size
	}
	switch {
	case r == 0x2028 || r == 0x2029:
		return replace, '\n', n
	case unicode.Is(unicode.Zs, r):
		return space, 0, n
	case r >= 0xff01 && r <= 0xff5e: // full-width forms of ASCII
		return replace, byte(r - 0xfee0), n
	case r == 0x2010 || r == 0x2011 || r == 0x2012 || r == 0x2212 || r == 0xfe63:
		return replace, '-', n // hyphens, figure dash and minus inside numbers
	case unicode.IsDigit(r):
		return replace, '0' + digitValue(r), n
	}
	return keep, 0, n
}

// digitValue returns the value of a decimal digit of any script: Unicode
// lays them out in runs of ten from zero, so the value is the distance to
// the start of its run.
func digitValue(r rune) byte {
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return byte((r - rune(rg.Lo)) % 10)
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return byte((r - rune(rg.Lo)) % 10)
		}
	}
	return 0
}

// preparer builds a prepared text.
type preparer struct {
	b       strings.Builder
	offs    *offsetMap
	pending int // original bytes taken out since the last byte written
	hidden  []Finding
}

// write writes one byte standing for width original bytes.
func (p *preparer) write(c byte, width int) {
	p.b.WriteByte(c)
	p.offs.add(p.pending, width)
	p.pending = 0
}

// copy writes original bytes as they are.
func (p *preparer) copy(s string) {
	if p.pending > 0 && len(s) > 0 {
		p.write(s[0], 1)
		s = s[1:]
	}
	p.b.WriteString(s)
	p.offs.same(len(s))
}

// space writes one space standing for width original bytes, or widens
// the space just written (a run of white space reads as one space).
func (p *preparer) space(width int) {
	if n := p.b.Len(); n > 0 && p.b.String()[n-1] == ' ' {
		p.offs.widen(p.pending + width) // "a \u200b b": the space stands for all three
		p.pending = 0
		return
	}
	p.write(' ', width)
}

// report records the hidden run orig[x:y], joined to the previous one of
// the same rule when they touch (prepare writes the reasons at the end).
func (p *preparer) report(act, x, y int) {
	rule := ruleInvisible.String()
	if act == control {
		rule = ruleControl.String()
	}
	if k := len(p.hidden) - 1; k >= 0 && p.hidden[k].Rule == rule && (p.hidden[k].End == x || len(p.hidden) >= maxHiddenFindings) {
		p.hidden[k].End = y
		return
	}
	p.hidden = append(p.hidden, Finding{Rule: rule, Category: Sensitive, Verdict: Blocked, Start: x, End: y})
}

// hiddenReason explains a hidden run, naming its first character.
func hiddenReason(rule, run string) string {
	r, _ := utf8.DecodeRuneInString(run)
	n := utf8.RuneCountInString(run[:min(len(run), 64)])
	if rule == ruleControl.String() {
		if n == 1 {
			return fmt.Sprintf(i18n.T("caractère de contrôle U+%04X : il peut piloter le terminal ; retirez-le",
				"control character U+%04X: it can drive the terminal; remove it"), r)
		}
		return fmt.Sprintf(i18n.T("séquence d'échappement ou caractères de contrôle (U+%04X…) : ils peuvent piloter le terminal ; retirez-les",
			"escape sequence or control characters (U+%04X…): they can drive the terminal; remove them"), r)
	}
	if n == 1 {
		return fmt.Sprintf(i18n.T("caractère invisible U+%04X : il peut cacher du texte ou une consigne à l'IA ; retirez-le",
			"invisible character U+%04X: it can hide text or an instruction to the AI; remove it"), r)
	}
	return fmt.Sprintf(i18n.T("caractères invisibles (U+%04X…) : ils peuvent cacher du texte ou une consigne à l'IA ; retirez-les",
		"invisible characters (U+%04X…): they can hide text or an instruction to the AI; remove them"), r)
}

// restore maps findings on the prepared text back to the original.
func (p *prepared) restore(fs []Finding) {
	if p.offs == nil {
		return
	}
	for k := range fs {
		fs[k].Start, fs[k].End = p.offs.start(fs[k].Start), p.offs.end(fs[k].End)
	}
}
