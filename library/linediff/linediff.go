// Package linediff is the line diff of two templates' texts, shared by
// `tamis history --diff` (a unified diff) and the référent's screens of the
// interface (the same edit script, drawn side by side): the longest common
// subsequence of their lines. Templates are short; the common head and tail
// are set aside first, and beyond maxDiffCells the middle is shown as
// removed then added rather than spending the memory.
package linediff

import (
	"fmt"
	"strings"
)

const maxDiffCells = 4 << 20

// diffContext is how many unchanged lines surround a change.
const diffContext = 3

// Op is one line of an edit script: kept (' '), removed ('-') or added
// ('+').
type Op struct {
	Kind byte // ' ', '-' or '+'
	Line string
}

// Lines returns the edit script from a to b.
func Lines(a, b []string) []Op {
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	ops := make([]Op, 0, len(a)+len(b))
	for _, l := range a[:head] {
		ops = append(ops, Op{' ', l})
	}
	ops = append(ops, middleDiff(a[head:len(a)-tail], b[head:len(b)-tail])...)
	for _, l := range a[len(a)-tail:] {
		ops = append(ops, Op{' ', l})
	}
	return ops
}

// middleDiff diffs what differs, by dynamic programming on the LCS.
func middleDiff(a, b []string) []Op {
	var ops []Op
	if len(a)*len(b) > maxDiffCells {
		for _, l := range a {
			ops = append(ops, Op{'-', l})
		}
		for _, l := range b {
			ops = append(ops, Op{'+', l})
		}
		return ops
	}
	// lcs[i][j]: length of the LCS of a[i:] and b[j:].
	w := len(b) + 1
	lcs := make([]int32, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, Op{' ', a[i]})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[(i+1)*w+j] >= lcs[i*w+j+1]):
			ops = append(ops, Op{'-', a[i]}) // removed lines first, as diff -u prints them
			i++
		default:
			ops = append(ops, Op{'+', b[j]})
			j++
		}
	}
	return ops
}

// Unified writes the differences between two texts as a unified diff with
// its two header lines; "" when they are equal. With color, removed lines
// are red and added ones green; the - and + say it without colour.
func Unified(oldName, newName, oldText, newText string, color bool) string {
	ops := Lines(SplitLines(oldText), SplitLines(newText))
	var b strings.Builder
	for _, h := range hunks(ops) {
		if b.Len() == 0 {
			b.WriteString(paint(color, "1", "--- "+oldName) + "\n" + paint(color, "1", "+++ "+newName) + "\n")
		}
		b.WriteString(paint(color, "36", h.header()) + "\n")
		for _, op := range ops[h.from:h.to] {
			line := string(op.Kind) + op.Line
			switch op.Kind {
			case '-':
				line = paint(color, "31", line)
			case '+':
				line = paint(color, "32", line)
			}
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

func paint(color bool, code, s string) string {
	if !color {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

// SplitLines cuts a text into lines, without the final newline's empty
// line; nil for an empty text.
func SplitLines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// hunk is a run of ops[from:to] with its line numbers in both texts.
type hunk struct {
	from, to           int
	oldStart, newStart int // 1-based
	oldLen, newLen     int
}

func (h hunk) header() string {
	return fmt.Sprintf("@@ -%d,%d +%d,%d @@", h.oldStart, h.oldLen, h.newStart, h.newLen)
}

// hunks groups the changes with diffContext lines around each, merging
// groups whose context would touch.
func hunks(ops []Op) []hunk {
	var out []hunk
	for i := 0; i < len(ops); i++ {
		if ops[i].Kind == ' ' {
			continue
		}
		from := max(i-diffContext, 0)
		to := i
		for to < len(ops) {
			if ops[to].Kind != ' ' {
				to++
				continue
			}
			run := to
			for run < len(ops) && ops[run].Kind == ' ' {
				run++
			}
			if run == len(ops) || run-to > 2*diffContext {
				to = min(to+diffContext, len(ops))
				break
			}
			to = run
		}
		out = append(out, newHunk(ops, from, to))
		i = to - 1
	}
	return out
}

// newHunk counts the lines of ops[from:to] and where they start.
func newHunk(ops []Op, from, to int) hunk {
	h := hunk{from: from, to: to, oldStart: 1, newStart: 1}
	for _, op := range ops[:from] {
		if op.Kind != '+' {
			h.oldStart++
		}
		if op.Kind != '-' {
			h.newStart++
		}
	}
	for _, op := range ops[from:to] {
		if op.Kind != '+' {
			h.oldLen++
		}
		if op.Kind != '-' {
			h.newLen++
		}
	}
	return h
}
