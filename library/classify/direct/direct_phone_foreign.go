package direct

import (
	"slices"

	"github.com/nyaruka/phonenumbers"
)

// Foreign national numbers: "07700 900123" in a British message, "087 123
// 4567" for someone in Ireland, "(415) 555-0132" in the US. Without a '+'
// nothing says which plan a number belongs to, so they are tried only when
// the text around is English or names the country: the regions the
// context points to, each validated by phonenumbers without its parser.

// countryMarkers name a country, folded; each maps to its region code.
var countryMarkers = map[string]string{
	"uk": "GB", "england": "GB", "london": "GB", "britain": "GB", "british": "GB", "scotland": "GB",
	"wales": "GB", "angleterre": "GB", "londres": "GB", "ecosse": "GB", "manchester": "GB",
	"ireland": "IE", "irlande": "IE", "dublin": "IE", "irish": "IE", "cork": "IE",
	"usa": "US", "america": "US", "american": "US", "etats-unis": "US", "york": "US", "states": "US",
	"belgium": "BE", "belgique": "BE", "bruxelles": "BE", "brussels": "BE", "liege": "BE", "belge": "BE",
	"switzerland": "CH", "suisse": "CH", "geneve": "CH", "geneva": "CH", "zurich": "CH", "lausanne": "CH",
}

// englishMarkers are common English words that French does not use: with
// one of them, the text is English and its national numbers may be
// British, Irish or American.
var englishMarkers = newMarkers("the", "call", "him", "his", "her", "reach", "ring", "please", "you",
	"my", "number", "office", "and", "at", "is", "phone", "mobile", "cell", "text", "home", "work", "landline")

// regionOrder lists the regions foreignRegions can return, as bits.
var regionOrder = [...]string{"GB", "IE", "US", "BE", "CH"}

// englishRegions are the bits of the regions tried, in order, for a
// number in English text: GB, IE, US.
const englishRegions = 1<<0 | 1<<1 | 1<<2

// countryBits maps each country marker to its region's bit; countryWords
// filters the words of a window before the map lookup.
var countryBits, countryWords = func() (map[string]uint8, markers) {
	bits := make(map[string]uint8, len(countryMarkers))
	var words []string
	for w, r := range countryMarkers {
		bits[w] = 1 << slices.Index(regionOrder[:], r)
		words = append(words, w)
	}
	return bits, newMarkers(words...)
}()

// foreignRegions returns, as bits of regionOrder, the regions the context
// of start..end points to: a named country, and in English text the
// English-speaking ones.
func (s *scanner) foreignRegions(start, end int) uint8 {
	var regions uint8
	english := false
	for _, w := range []string{s.before(start, 80), s.after(end, 60)} {
		forWords(w, func(word string) {
			if countryWords.may(word) {
				regions |= countryBits[word]
			}
		})
		english = english || hasWord(w, englishMarkers)
	}
	if english {
		regions |= englishRegions
	}
	return regions
}

// forWords calls f on each word (letters, digits and '-') of a folded window.
func forWords(w string, f func(string)) {
	for k := 0; k < len(w); {
		if !isAlnum(w[k]) {
			k++
			continue
		}
		e := k
		for e < len(w) && (isAlnum(w[e]) || w[e] == '-') {
			e++
		}
		f(w[k:e])
		k = e
	}
}

// foreignPhone tries the groups from k as a national number of the
// regions of the context: 9 to 11 digits in blocks of 2 to 5 (one block
// accepted), longest first. A British mobile shape ("07700 900123", the
// range reserved for fiction included) counts in English text.
func (s *scanner) foreignPhone(r run, k int) int {
	gs := r.groups
	var ends []int
	n := 0
	for e := k; e < len(gs) && e-k < 5; e++ {
		l := gs[e].end - gs[e].start
		if l > 6 && e > k || l > 11 {
			break
		}
		n += l
		if n > 11 {
			break
		}
		if n >= 9 {
			ends = append(ends, e)
		}
	}
	if len(ends) == 0 {
		return 0
	}
	start := gs[k].start
	if start > 0 && s.text[start-1] == '(' {
		start-- // "(415) 555-0132"
	}
	regions := s.foreignRegions(start, gs[ends[len(ends)-1]].end)
	if regions == 0 && britishMobileGroups(s.text, gs[k:]) {
		regions = 1 << 0 // "Listening line: 07700 900123": no French number has this shape
	}
	for a := len(ends) - 1; a >= 0 && regions != 0; a-- {
		e := ends[a]
		d := digitsOf(s.text, gs[k:e+1], false)
		for b, region := range regionOrder {
			if regions&(1<<b) == 0 {
				continue
			}
			if region == "US" && !s.usLayout(gs[k:e+1], start) {
				continue
			}
			if s.validIn(d, region) || region == "GB" && len(d) == 11 && d[:2] == "07" {
				s.validPhoneFinding(start, gs[e].end, d[0] == '0' && d[1] != '7' && d[1] != '8' && d[1] != '6')
				return e - k + 1
			}
		}
	}
	return 0
}

// usLayout accepts a North American number written "(415) 555-0132",
// "415-555-0132" or "415.555.0132", or any 3-3-4 layout after a phone
// word: three plain numbers in English prose are more often counts.
func (s *scanner) usLayout(gs []group, start int) bool {
	if len(gs) != 3 || gs[0].end-gs[0].start != 3 || gs[1].end-gs[1].start != 3 || gs[2].end-gs[2].start != 4 {
		return false
	}
	t := s.text
	sep := t[gs[1].end]
	return t[start] == '(' || (sep == '-' || sep == '.') && t[gs[0].end] == sep ||
		hasWord(s.before(start, 40), strongPhoneWords)
}

// validIn reports whether the national number d (with its trunk 0 where
// the region has one) is valid in region; memoised.
func (s *scanner) validIn(d, region string) bool {
	key := region + d
	if v, ok := s.phones[key]; ok {
		return v
	}
	if s.phones == nil {
		s.phones = make(map[string]bool)
	}
	nsn := d
	if region != "US" {
		if d[0] != '0' {
			s.phones[key] = false
			return false
		}
		nsn = d[1:]
	} else if d[0] == '0' || d[0] == '1' {
		s.phones[key] = false
		return false
	}
	var num uint64
	for k := 0; k < len(nsn); k++ {
		num = num*10 + uint64(nsn[k]-'0')
	}
	cc := int32(phonenumbers.GetCountryCodeForRegion(region))
	v := validNumber(&phonenumbers.PhoneNumber{CountryCode: &cc, NationalNumber: &num}) // phone_valid.go
	s.phones[key] = v
	return v
}

// mobileShape reports the international form of a British or Irish
// mobile, "+44 7…" with ten national digits, "+353 8…" with nine: whether
// or not the plan has opened the range yet, only a person's mobile has
// this shape, and the '+' or "00" says it is a phone number.
func mobileShape(digits string) bool {
	switch {
	case len(digits) == 12 && digits[:3] == "447":
		return digits[2:9] != "7700900" // Ofcom's range for fiction stays a question
	case len(digits) == 12 && digits[:4] == "3538" && digits[4] >= '3' && digits[4] <= '9':
		return true
	}
	return false
}

// britishMobileGroups: the groups open on a British mobile as the
// British write it, five digits from 07 then six ("07700 900123"). A
// French number has ten digits, in pairs: this shape is no French one,
// so it needs no English word around it.
func britishMobileGroups(text string, gs []group) bool {
	if len(gs) < 2 || gs[0].end-gs[0].start != 5 || gs[1].end-gs[1].start != 6 {
		return false
	}
	return text[gs[0].start:gs[0].start+2] == "07" && (len(gs) == 2 || gs[2].start > gs[1].end+1)
}
