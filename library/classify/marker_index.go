package classify

import "strings"

// A sentence was read for each marker of a list in turn (strings.Contains
// a hundred times, about twelve thousand instructions): a markerIndex
// reads it once, and at each position asks only the markers that start
// with its two bytes.

// markerIndex answers whether a text contains one of a list of markers.
type markerIndex struct {
	pairs  [1 << 16 / 64]uint64 // the first two bytes of every marker
	byPair map[uint16][]string  // the markers by their first two bytes
	short  []string             // markers of fewer than two bytes, asked with Contains
}

// inventedMarkerIndex indexes invented_markers.txt for saysInvented.
var inventedMarkerIndex = newMarkerIndex(inventedMarkers)

func newMarkerIndex(markers []string) *markerIndex {
	x := &markerIndex{byPair: map[uint16][]string{}}
	for _, m := range markers {
		if len(m) < 2 {
			x.short = append(x.short, m)
			continue
		}
		k := uint16(m[0])<<8 | uint16(m[1])
		x.pairs[k>>6] |= 1 << (k & 63)
		x.byPair[k] = append(x.byPair[k], m)
	}
	return x
}

// in reports whether s contains a marker: strings.Contains of each, in
// one pass over s.
func (x *markerIndex) in(s string) bool {
	for _, m := range x.short {
		if strings.Contains(s, m) {
			return true
		}
	}
	for p := 0; p+1 < len(s); p++ {
		k := uint16(s[p])<<8 | uint16(s[p+1])
		if x.pairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, m := range x.byPair[k] {
			if strings.HasPrefix(s[p:], m) {
				return true
			}
		}
	}
	return false
}
