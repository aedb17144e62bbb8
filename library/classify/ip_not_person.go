package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// Dotted numbers that are no one's IP address: a public service's address
// that everyone types in a box's settings (« DNS sur 8.8.8.8 »), and the
// number of a section or a release (« article 3.2.1.4 »). Both lists are
// data (data/words/public_service_ips.txt, section_numbers.txt).
var (
	publicServiceIPs = phraseSet("public_service_ips")
	sectionWords     = lexicon.Words(lexicon.Data, "section_numbers")
)

// ipNotPerson reports whether the four numbers from token i are a public
// service's address or follow a section word.
func (a *analysis) ipNotPerson(i int) bool {
	toks := a.s.Toks
	if i > 0 && sectionWords[toks[i-1].Norm] {
		return true
	}
	parts := [4]string{toks[i].Norm, toks[i+1].Norm, toks[i+2].Norm, toks[i+3].Norm}
	return publicServiceIPs[strings.Join(parts[:], " ")] // phraseSet joins words by a space
}
