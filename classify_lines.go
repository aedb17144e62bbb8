package main

import (
	"bufio"
	"io"
)

// classify --jsonl hands the classifier the lines that have arrived in
// groups: classify.ClassifyBatch runs each stage over many values in
// turn, which spares most of the processor's instruction-cache misses of
// one value after the other (library/classify/batch.go). A line is never
// kept waiting for the next ones: a group is what has arrived when the
// classifier is free, so a program that writes one line and waits for
// its answer gets it at once, as before.

// maxLineGroup is the largest group of lines classified together, and
// the number of lines read ahead.
const maxLineGroup = 256

// readLines reads the lines of in, each at most max bytes, on their own
// goroutine. The error that ended the reading (nil at the end of the
// input) is sent before the lines' channel closes. Closing stop ends the
// reading at the next line.
func readLines(in io.Reader, max int, stop <-chan struct{}) (<-chan string, <-chan error) {
	lines := make(chan string, maxLineGroup)
	errc := make(chan error, 1)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64<<10), max)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-stop:
				errc <- nil
				return
			}
		}
		errc <- sc.Err()
	}()
	return lines, errc
}

// nextGroup returns the next group of lines: the first one, waited for,
// then those that have already arrived, up to maxLineGroup; an empty
// group at the end of the input. Each line loses a final '\r'.
func nextGroup(lines <-chan string, group []string) []string {
	group = group[:0]
	first, ok := <-lines
	if !ok {
		return group
	}
	group = append(group, trimCR(first))
	for len(group) < maxLineGroup {
		select {
		case l, ok := <-lines:
			if !ok {
				return group
			}
			group = append(group, trimCR(l))
		default:
			return group // nothing more has arrived: this group goes now
		}
	}
	return group
}

func trimCR(l string) string {
	if n := len(l); n > 0 && l[n-1] == '\r' {
		return l[:n-1]
	}
	return l
}
