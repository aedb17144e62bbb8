package direct

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tamis/library/classify/lexicon"
)

// An association's own mailbox is often at a mail provider, spelled from
// its name (« Amicale des locataires de la Cité Jardin —
// amicale.citejardin@gmail.com », "Friends of Holy Trinity, write to
// friends.holytrinity@btinternet.com", « Comité des fêtes de Bazoches :
// cdf.bazoches@orange.fr »). At a provider a single word may be anyone's
// pseudonym (« soleil@gmail.com », roleWordAddress), but a local part
// spelled from the organisation the text names is the organisation's.
// A person's name in the text around (« Club de lecture : le mail de
// Paul est club.lecture@… », « paul.martin@… ») keeps it a person's; a
// commune's name may be a surname too and is allowed.

// orgMailboxWords name an organisation's kind (data/words/org_mailbox_words.txt).
var orgMailboxWords = lexicon.Words(lexicon.Data, "org_mailbox_words")

// orgTextWindow bounds the text read on each side of the address for the
// organisation's name.
const orgTextWindow = 200

// organisationMailbox: the text around the address at [start, end) names
// an organisation, and every segment of the local part is spelled from
// the words of the text.
func (s *scanner) organisationMailbox(local string, start, end int) bool {
	words := s.wordsAround(start, end)
	if !slices.ContainsFunc(words, func(w string) bool { return orgMailboxWords[w] }) {
		return false
	}
	if s.personNamedAround(start, end) {
		return false // « le mail de Paul est club.lecture@… »: someone is named beside it
	}
	spelled := 0
	for seg := range localSegments(strings.ToLower(local)) {
		seg = strings.TrimRight(seg, "0123456789")
		if seg == "" {
			continue
		}
		if !orgMailboxWords[seg] && !spelledFrom(seg, words) {
			return false
		}
		spelled++
	}
	return spelled > 0
}

// wordsAround returns the folded words of the text on both sides of
// [start, end), without the address itself.
func (s *scanner) wordsAround(start, end int) []string {
	b := foldInto(nil, s.text[max(0, start-orgTextWindow):start])
	b = append(b, ' ')
	b = foldInto(b, s.text[end:min(len(s.text), end+orgTextWindow)])
	return strings.FieldsFunc(string(b), func(r rune) bool { return !isAlnum(byte(r)) || r >= 0x80 })
}

// personNamedAround: a word of the text around [start, end) is a
// person's name: a first name or surname of the lists, not a commune's,
// written with a capital (« voir avec Paul ») or that is no ordinary word
// (« le mail de paul »). A lower-case word that is also a surname
// (« une association loi 1901 ») names nobody.
func (s *scanner) personNamedAround(start, end int) bool {
	for _, part := range [2]string{s.text[max(0, start-orgTextWindow):start], s.text[end:min(len(s.text), end+orgTextWindow)]} {
		for _, raw := range strings.FieldsFunc(part, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			first, _ := utf8.DecodeRuneInString(raw)
			capital := unicode.IsUpper(first)
			for _, w := range strings.FieldsFunc(string(foldInto(nil, raw)), func(r rune) bool { return !isAlnum(byte(r)) || r >= 0x80 }) {
				if !usableWord(w) && (capital || !lexicon.IsFrenchWord(w) && !lexicon.IsEnglishWord(w)) {
					return true
				}
			}
		}
	}
	return false
}

// spelledFrom: seg is the words of the text glued (« citejardin »,
// « comitedesfetes »), or the initials of consecutive words (« cdf »
// for « comité des fêtes », « sp » for « sapeurs-pompiers »), or both in
// turn, and no word used is a person's name but a commune's. It walks
// seg once, marking the offsets a spelling reaches: a hostile local part
// (« aaaa…@ » beside « aa aaa aaaa ») costs its length times the words.
func spelledFrom(seg string, words []string) bool {
	if len(seg) > maxSpelledSegment {
		return false
	}
	var reached [maxSpelledSegment + 1]bool
	reached[0] = true
	for pos := 0; pos < len(seg); pos++ {
		if !reached[pos] {
			continue
		}
		rest := seg[pos:]
		for i, w := range words {
			if len(w) >= 2 && strings.HasPrefix(rest, w) && usableWord(w) {
				reached[pos+len(w)] = true
			}
			for n := 0; n < len(rest) && i+n < len(words) && words[i+n][0] == rest[n]; n++ {
				if n >= 1 {
					reached[pos+n+1] = true // the initials of words[i : i+n+1]
				}
			}
		}
	}
	return reached[len(seg)]
}

// maxSpelledSegment bounds a segment of a local part read as spelled
// from a name: longer ones are no organisation's.
const maxSpelledSegment = 64

// usableWord: the word may spell an organisation's mailbox: no person's
// name, unless it is a commune's (« Bazoches »).
func usableWord(w string) bool {
	if !lexicon.IsPersonName(w) {
		return true
	}
	_, commune := lexicon.CommunePopulation(w)
	return commune
}
