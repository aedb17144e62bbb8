package main

import (
	"bufio"
	"io"
	"sync"
)

// classify --jsonl hands the classifier the lines that have arrived in
// groups: classify.ClassifyBatch runs each stage over many values in
// turn, which spares most of the processor's instruction-cache misses of
// one value after the other (library/classify/batch.go). A line is never
// kept waiting for the next ones: a group is what has arrived when the
// classifier is free, so a program that writes one line and waits for
// its answer gets it at once, as before.

const (
	// maxLineGroup is the largest group of lines classified together,
	// and the number of lines read ahead.
	maxLineGroup = 256
	// maxReadAhead bounds the bytes of the lines read and not yet
	// classified: a line longer than that is read alone, so that long
	// lines take no more memory than when they were read one by one.
	maxReadAhead = 1 << 20
)

// lineReader reads the lines of the input on its own goroutine, ahead of
// the classifier by at most maxLineGroup lines and maxReadAhead bytes.
type lineReader struct {
	lines chan string
	errc  chan error    // the error that ended the reading (nil at the end of the input), sent before lines closes
	quit  chan struct{} // closed when the classifier stops reading

	mu      sync.Mutex
	room    *sync.Cond
	ahead   int  // bytes of the lines sent and not yet done
	stopped bool // the classifier has stopped reading
}

// readLines starts reading in, each line at most max bytes long.
func readLines(in io.Reader, max int) *lineReader {
	r := &lineReader{lines: make(chan string, maxLineGroup), errc: make(chan error, 1), quit: make(chan struct{})}
	r.room = sync.NewCond(&r.mu)
	go r.read(in, max)
	return r
}

func (r *lineReader) read(in io.Reader, max int) {
	defer close(r.lines)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), max)
	for sc.Scan() {
		l := sc.Text()
		if !r.reserve(len(l)) {
			r.errc <- nil
			return
		}
		select {
		case r.lines <- l:
		case <-r.quit:
			r.errc <- nil
			return
		}
	}
	r.errc <- sc.Err()
}

// reserve waits until n more bytes may be read ahead; false when the
// classifier has stopped.
func (r *lineReader) reserve(n int) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for !r.stopped && r.ahead > 0 && r.ahead+n > maxReadAhead {
		r.room.Wait()
	}
	r.ahead += n
	return !r.stopped
}

// done gives back the room of the group's lines.
func (r *lineReader) done(group []string) {
	n := 0
	for _, l := range group {
		n += len(l)
	}
	r.mu.Lock()
	r.ahead -= n
	r.mu.Unlock()
	r.room.Broadcast()
}

// stop ends the reading at the next line.
func (r *lineReader) stop() {
	r.mu.Lock()
	r.stopped = true
	r.mu.Unlock()
	r.room.Broadcast()
	close(r.quit)
}

// nextGroup returns the next group of lines: the first one, waited for,
// then those that have already arrived, up to maxLineGroup; an empty
// group at the end of the input. Give the group back with done once
// classified.
func (r *lineReader) nextGroup(group []string) []string {
	group = group[:0]
	first, ok := <-r.lines
	if !ok {
		return group
	}
	group = append(group, first)
	for len(group) < maxLineGroup {
		select {
		case l, ok := <-r.lines:
			if !ok {
				return group
			}
			group = append(group, l)
		default:
			return group // nothing more has arrived: this group goes now
		}
	}
	return group
}

// trimCR returns l without a final '\r'.
func trimCR(l string) string {
	if n := len(l); n > 0 && l[n-1] == '\r' {
		return l[:n-1]
	}
	return l
}
