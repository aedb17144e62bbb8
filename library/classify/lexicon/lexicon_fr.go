package lexicon

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"
)

// Two large lexicons kept by others (data/SOURCES.md) tell a name from a
// word and from a place: the French words of an-array-of-french-words and
// the communes of the INSEE (via @etalab/decoupage-administratif). They are
// stored folded and gzipped, and read on first use only, so that commands
// that never classify (tamis list, tamis version) do not pay for them.

// sortedLines is a sorted list of folded lines packed in one string, each
// ending with '\n': a look-up is a binary search over the bytes, so
// 320,000 words cost neither a map nor an index, and reading the list is
// only its decompression.
type sortedLines struct {
	data   string
	filter lineFilter // most keys not in data stop here (filter.go)
}

// find returns the line that equals key, or that starts with key and a
// tab when tab is set ("montbard\t4639"), and whether there is one.
func (w sortedLines) find(key string, tab bool) (string, bool) {
	if !w.filter.mayHold(key) {
		return "", false
	}
	lo, hi := 0, len(w.data) // the answer starts a line in [lo, hi)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(w.data[lo:mid], '\n') + 1 + lo
		end := start + strings.IndexByte(w.data[start:], '\n')
		line := w.data[start:end]
		name := line
		if tab {
			name, _, _ = strings.Cut(line, "\t")
		}
		switch {
		case name == key:
			return line, true
		case name < key:
			lo = end + 1
		default:
			hi = start
		}
	}
	return "", false
}

// has reports whether the folded word s is in the list.
func (w sortedLines) has(s string) bool {
	_, ok := w.find(s, false)
	return s != "" && ok
}

// gunzipData reads an embedded gzipped file into a string without a
// second copy (the gzip trailer gives its size); a missing or damaged
// file reads as empty, so that the classifier degrades to its hand lists.
func gunzipData(path string) string {
	raw, err := fs.ReadFile(Data, path)
	if err != nil || len(raw) < 4 {
		return ""
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return ""
	}
	var sb strings.Builder
	sb.Grow(int(binary.LittleEndian.Uint32(raw[len(raw)-4:])))
	if _, err := io.Copy(&sb, zr); err != nil {
		return ""
	}
	return sb.String()
}

// frenchWords is the list of French words (data/words_fr.txt.gz).
var frenchWords = sync.OnceValue(loadFrenchWords)

func loadFrenchWords() sortedLines {
	data := gunzipData("data/words_fr.txt.gz")
	return sortedLines{data: data, filter: newLineFilter(data, false, 8)}
}

// communeList holds "name<TAB>population" lines, sorted by folded name
// ("saint-martin-d'heres\t37695"), from data/communes_fr.tsv.gz.
var communeList = sync.OnceValue(loadCommunes)

func loadCommunes() sortedLines {
	data := gunzipData("data/communes_fr.tsv.gz")
	return sortedLines{data: data, filter: newLineFilter(data, true, 16)}
}

// CommunePopulation returns the population of the commune with that folded
// name, and whether there is one.
func CommunePopulation(name string) (int32, bool) {
	line, ok := communeList().find(name, true)
	if !ok {
		return 0, false
	}
	_, pop, _ := strings.Cut(line, "\t")
	n, _ := strconv.Atoi(pop)
	return int32(n), true
}

// Warm reads the lexicons, so that the first classification does
// not pay for them (about 30 ms on the 2-core test machine).
func Warm() {
	frenchWords()
	communeList()
	englishWords()
}

// IsFrenchWord reports a folded word of the French lexicon.
func IsFrenchWord(w string) bool { return frenchWords().has(w) }
