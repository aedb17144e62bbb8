package classify

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Two large lexicons kept by others (data/SOURCES.md) tell a name from a
// word and from a place: the French words of an-array-of-french-words and
// the communes of the INSEE (via @etalab/decoupage-administratif). They are
// stored folded and gzipped, and read on first use only, so that commands
// that never classify (tamis list, tamis version) do not pay for them.

// sortedWords is a sorted list of folded words packed in one string: a
// look-up is a binary search, and 320,000 words cost no map.
type sortedWords struct {
	data string
	offs []uint32 // start of each word in data; words end with '\n'
}

func (w *sortedWords) word(k int) string {
	s := w.data[w.offs[k]:]
	return s[:strings.IndexByte(s, '\n')]
}

// has reports whether the folded word s is in the list.
func (w *sortedWords) has(s string) bool {
	k := sort.Search(len(w.offs), func(k int) bool { return w.word(k) >= s })
	return k < len(w.offs) && w.word(k) == s
}

// gunzipData reads an embedded gzipped file; a missing or damaged file
// reads as empty, so that the classifier degrades to its hand lists.
func gunzipData(path string) []byte {
	raw, err := fs.ReadFile(dataFS, path)
	if err != nil {
		return nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil
	}
	return out
}

// frenchWords is the list of French words (data/words_fr.txt.gz).
var frenchWords = sync.OnceValue(loadFrenchWords)

func loadFrenchWords() *sortedWords {
	data := string(gunzipData("data/words_fr.txt.gz"))
	w := &sortedWords{data: data, offs: make([]uint32, 0, 330000)}
	for i := 0; i < len(data); {
		n := strings.IndexByte(data[i:], '\n')
		if n < 0 {
			break
		}
		if n > 0 {
			w.offs = append(w.offs, uint32(i))
		}
		i += n + 1
	}
	return w
}

// communePopulation maps a folded commune name ("saint-martin-d'heres")
// to its population (data/communes_fr.tsv.gz).
var communePopulation = sync.OnceValue(loadCommunes)

func loadCommunes() map[string]int32 {
	m := make(map[string]int32, 36000)
	sc := bufio.NewScanner(bytes.NewReader(gunzipData("data/communes_fr.tsv.gz")))
	for sc.Scan() {
		name, pop, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		n, _ := strconv.Atoi(pop)
		m[name] = int32(n)
	}
	return m
}

// warmLexicons reads both lexicons, so that the first classification does
// not pay for them (about 30 ms on the 2-core test machine).
func warmLexicons() {
	frenchWords()
	communePopulation()
}

// isFrenchWord reports a folded word of the French lexicon.
func isFrenchWord(w string) bool { return frenchWords().has(w) }

var communeArticles = map[string]bool{"la": true, "le": true, "les": true}

// communeAt returns the end of the commune name starting at token i (its
// words glued by hyphens and apostrophes: "Saint-Martin-d'Hères") and its
// population; end is 0 when the tokens name no commune.
func (a *analysis) communeAt(i int) (end int, pop int32) {
	toks := a.s.toks
	if i >= len(toks) || !toks[i].has(fLetter) {
		return 0, 0
	}
	m := communePopulation()
	var buf [96]byte
	key := buf[:0] // no allocation for a usual name
	j := i
	for ; j < len(toks) && j < i+8; j++ {
		if j > i {
			article := j == i+1 && toks[j].sep == 0 && communeArticles[toks[i].norm] // "La Rochelle", "Le Mans"
			if !article && (toks[j].spaced || toks[j].sep != '-' && toks[j].sep != '\'') {
				break
			}
			if article {
				key = append(key, ' ')
			} else {
				key = append(key, toks[j].sep)
			}
		}
		key = append(key, toks[j].norm...)
		if p, ok := m[string(key)]; ok {
			end, pop = j+1, p
		}
	}
	return end, pop
}
