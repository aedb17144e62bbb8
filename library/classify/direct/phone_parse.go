package direct

import (
	"strconv"

	"github.com/nyaruka/phonenumbers"
)

// phonenumbers.Parse cost about 120,000 instructions for an
// international number ("+44 20 7946 0958"), two thirds of them in the
// extension pattern (« ext. 12 », "x12", ",,12"), which a plus and digits
// can never match, the rest in patterns that take such a number as it is.
// parsePlus does what Parse does to a plus and digits: the country
// calling code, the national prefix and its transformation from the
// region's metadata, the same length checks and the same leading zeros,
// and gives validNumber the same number (phone_parse_test.go compares the
// two on numbers of every calling code).

// parsePlusValid is parseValid(num, region) for num, a '+' and 3 to 17
// ASCII digits; ok is false when it does not answer (another form, or
// no calling code: phonenumbers then tries the digits as a national
// number, which parseValid leaves to it).
func parsePlusValid(num, region string) (valid, ok bool) {
	n, ok := parsePlus(num, region)
	if !ok {
		return false, false
	}
	return n != nil && validNumber(n), true
}

// parsePlus returns the number phonenumbers.Parse(num, region) returns,
// nil where Parse fails, and whether it could tell.
func parsePlus(num, region string) (*phonenumbers.PhoneNumber, bool) {
	if len(num) < 4 || len(num) > 18 || num[0] != '+' || !allDigits(num[1:]) || num[1] == '0' {
		return nil, false
	}
	digits := num[1:]
	cc, national := 0, ""
	for i := 1; i <= phonenumbers.MAX_LENGTH_COUNTRY_CODE && i <= len(digits); i++ {
		c, _ := strconv.Atoi(digits[:i])
		if len(phonenumbers.GetRegionCodesForCountryCode(c)) > 0 {
			cc, national = c, digits[i:]
			break
		}
	}
	if cc == 0 {
		return nil, false
	}
	p := phoneMetadata()
	md := p.byRegion[region] // the default region's, kept for its own calling code
	if rc := phonenumbers.GetRegionCodeForCountryCode(cc); rc != region {
		md = p.byRegion[rc]
		if rc == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY {
			md = p.nonGeo[cc]
		}
	}
	if len(national) < phonenumbers.MIN_LENGTH_FOR_NSN {
		return nil, true
	}
	if md != nil {
		if s, ok := p.numbers(md).stripNationalPrefix(national); ok && lengthKept(len(s), md.GetGeneralDesc()) {
			national = s
		}
	}
	if len(national) < phonenumbers.MIN_LENGTH_FOR_NSN || len(national) > phonenumbers.MAX_LENGTH_FOR_NSN {
		return nil, true
	}
	return plusNumber(int32(cc), national), true
}

// plusNumber builds the parsed number, leading zeros as
// setItalianLeadingZerosForPhoneNumber sets them.
func plusNumber(cc int32, national string) *phonenumbers.PhoneNumber {
	nn, _ := strconv.ParseUint(national, 10, 64)
	n := &phonenumbers.PhoneNumber{CountryCode: &cc, NationalNumber: &nn}
	if len(national) >= 2 && national[0] == '0' {
		yes := true
		n.ItalianLeadingZero = &yes
		zeros := 1
		for zeros < len(national)-1 && national[zeros] == '0' {
			zeros++
		}
		if zeros != 1 {
			z := int32(zeros)
			n.NumberOfLeadingZeros = &z
		}
	}
	return n
}

// stripNationalPrefix is phonenumbers' maybeStripNationalPrefixAndCarrierCode
// without the carrier code: the number without its national prefix (or
// transformed by the region's rule), and whether it changed.
func (r *regionNumbers) stripNationalPrefix(number string) (string, bool) {
	if number == "" || r.natPrefix == nil || !r.natPrefix.MatchString(number) {
		return number, false
	}
	viable := r.general.re.MatchString(number)
	groups := r.natPrefix.FindStringSubmatchIndex(number)
	last := len(groups)/2 - 1
	if r.natTransform == "" || groups[last*2] < 0 {
		if viable && !r.general.re.MatchString(number[groups[1]:]) {
			return number, false
		}
		return number[groups[1]:], true
	}
	t := r.natPrefix.ReplaceAllString(number, r.natTransform)
	if viable && !r.general.re.MatchString(t) {
		return number, false
	}
	return t, true
}

// lengthKept is testNumberLength(number of length n, UNKNOWN) giving
// IS_POSSIBLE or TOO_LONG, the results after which Parse keeps the
// number without its national prefix.
func lengthKept(n int, general *phonenumbers.PhoneNumberDesc) bool {
	lengths, l := general.GetPossibleLength(), int32(n)
	if len(lengths) == 0 || lengths[0] == -1 {
		return false // INVALID_LENGTH
	}
	for _, x := range general.GetPossibleLengthLocalOnly() {
		if x == l {
			return false // IS_POSSIBLE_LOCAL_ONLY
		}
	}
	switch {
	case lengths[0] == l:
		return true
	case lengths[0] > l:
		return false // TOO_SHORT
	case lengths[len(lengths)-1] < l:
		return true // TOO_LONG
	}
	for _, x := range lengths[1:] {
		if x == l {
			return true
		}
	}
	return false // INVALID_LENGTH
}
