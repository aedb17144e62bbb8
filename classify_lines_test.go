package main

import (
	"bufio"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"tamis/library/classify"
)

// A program that writes one line to classify --jsonl and waits for its
// answer before the next one gets it: the lines are classified in groups
// of those already arrived, never held back for more.
func TestClassifyLinesAnswersEachLineWithoutWaitingForMore(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- classifyLines(classify.New(classify.Rules{}), streams{in: inR, out: outW, err: io.Discard})
		outW.Close()
	}()
	answers := bufio.NewScanner(outR)
	for _, line := range []string{"Cours de FLE le mardi\r", "Appeler Mme Nguyen au 06 12 34 56 78", ""} {
		if _, err := io.WriteString(inW, line+"\n"); err != nil {
			t.Fatal(err)
		}
		if !answers.Scan() { // blocks until this line's answer: a group that waited for more would hang here
			t.Fatalf("no answer to %q: %v", line, answers.Err())
		}
		var r classify.Result
		if err := json.Unmarshal(answers.Bytes(), &r); err != nil {
			t.Fatalf("answer to %q: %v", line, err)
		}
		if want := classify.New(classify.Rules{}).Classify(strings.TrimSuffix(line, "\r")); r.Verdict != want.Verdict || len(r.Findings) != len(want.Findings) {
			t.Errorf("%q: %+v, want %+v", line, r, want)
		}
	}
	inW.Close()
	if err := <-done; exitCodeFor(streams{err: io.Discard}, nil, err) != exitBlocked {
		t.Errorf("exit %v, want the blocked line's code %d", err, exitBlocked)
	}
	if answers.Scan() {
		t.Errorf("an answer more than the lines: %q", answers.Text())
	}
}

// A file of many lines is read in groups: every line gets the answer
// Classify gives it, in order.
func TestClassifyLinesInGroupsKeepTheOrder(t *testing.T) {
	var in strings.Builder
	var want []classify.Result
	c := classify.New(classify.Rules{})
	for k := range 3*maxLineGroup + 7 {
		l := []string{"Atelier couture le jeudi", "Mme Caillaud est diabétique", "06 12 34 56 78", "Réunion du bureau : budget en baisse"}[k%4]
		in.WriteString(l + "\n")
		want = append(want, c.Classify(l))
	}
	var out strings.Builder
	err := classifyLines(c, streams{in: strings.NewReader(in.String()), out: &out, err: io.Discard})
	if exitCodeFor(streams{err: io.Discard}, nil, err) != exitBlocked {
		t.Errorf("exit %v, want %d", err, exitBlocked)
	}
	got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("%d answers for %d lines", len(got), len(want))
	}
	for k, g := range got {
		w, _ := json.Marshal(want[k])
		if g != string(w) {
			t.Fatalf("line %d: %s, want %s", k, g, w)
		}
	}
}

// Long lines are not read far ahead: the lines read and not yet
// classified hold at most maxReadAhead bytes, or one line longer than
// that, as when the lines were read one by one.
func TestLineReaderBoundsTheBytesReadAhead(t *testing.T) {
	line := strings.Repeat("Atelier vélo le samedi, ", 300<<10/24) // about 300 KB
	var in strings.Builder
	for range 20 {
		in.WriteString(line + "\n")
	}
	in.WriteString(strings.Repeat("x", 3<<20) + "\n") // longer than the read-ahead: alone
	in.WriteString("fin\n")
	r := readLines(strings.NewReader(in.String()), maxInputSize)
	defer r.stop()
	var group []string
	lines := 0
	for group = r.nextGroup(group); len(group) > 0; group = r.nextGroup(group) {
		n := 0
		for _, l := range group {
			n += len(l)
		}
		if n > maxReadAhead && len(group) > 1 {
			t.Fatalf("a group of %d lines holds %d bytes, more than %d read ahead", len(group), n, maxReadAhead)
		}
		lines += len(group)
		r.done(group)
	}
	if err := <-r.errc; err != nil || lines != 22 {
		t.Errorf("%d lines, error %v; want 22 and none", lines, err)
	}
}
