package direct

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/nyaruka/phonenumbers"
)

// phonenumbers.IsValidNumber was most of the scan's time on a line with
// a phone number: for each number type it builds the pattern "^(?:…)$",
// looks it up in a cache behind a lock and matches it twice (once for
// the possible lengths, once for the type), and it tries the rare types
// (premium rate, toll free, pager…) before the fixed lines and the
// mobiles. validNumber gives the same answer from the same metadata and
// the same patterns, compiled once per region, each matched once, the
// commonest types first: the answer is only whether some type matches,
// so their order cannot change it (phone_valid_test.go compares the two
// on every region's example numbers and on random ones).

// numberDesc is one number type of a region: its possible lengths (none:
// any length) and its pattern, anchored as phonenumbers anchors it.
type numberDesc struct {
	lengths []int32
	re      *regexp.Regexp
}

// matches is phonenumbers' isNumberMatchingDesc.
func (d *numberDesc) matches(nsn string) bool {
	if len(d.lengths) > 0 && !slices.Contains(d.lengths, int32(len(nsn))) {
		return false
	}
	return d.re.MatchString(nsn)
}

// regionNumbers are the compiled patterns of one region's metadata.
type regionNumbers struct {
	countryCode int
	general     numberDesc
	fixed       numberDesc
	mobile      numberDesc
	sameMobile  bool         // SameMobileAndFixedLinePattern: phonenumbers never tries mobile alone
	others      []numberDesc // the other types, any order
	leading     *regexp.Regexp

	natPrefix    *regexp.Regexp // national prefix for parsing, anchored at the start; nil: none (phone_parse.go)
	natTransform string         // its transformation rule
}

func compileDesc(d *phonenumbers.PhoneNumberDesc) numberDesc {
	return numberDesc{lengths: d.GetPossibleLength(), re: regexp.MustCompile("^(?:" + d.GetNationalNumberPattern() + ")$")}
}

func compileRegion(md *phonenumbers.PhoneMetadata) *regionNumbers {
	r := &regionNumbers{
		countryCode: int(md.GetCountryCode()),
		general:     compileDesc(md.GetGeneralDesc()),
		fixed:       compileDesc(md.GetFixedLine()),
		mobile:      compileDesc(md.GetMobile()),
		sameMobile:  md.GetSameMobileAndFixedLinePattern(),
	}
	for _, d := range []*phonenumbers.PhoneNumberDesc{md.GetPremiumRate(), md.GetTollFree(), md.GetSharedCost(),
		md.GetVoip(), md.GetPersonalNumber(), md.GetPager(), md.GetUan(), md.GetVoicemail()} {
		r.others = append(r.others, compileDesc(d))
	}
	if ld := md.GetLeadingDigits(); ld != "" {
		r.leading = regexp.MustCompile("^(?:" + ld + ")")
	}
	if np := md.GetNationalPrefixForParsing(); np != "" {
		r.natPrefix = regexp.MustCompile("^(?:" + np + ")") // as phonenumbers anchors it
		r.natTransform = md.GetNationalPrefixTransformRule()
	}
	return r
}

// valid is getNumberTypeHelper(nsn) != UNKNOWN.
func (r *regionNumbers) valid(nsn string) bool {
	if !r.general.matches(nsn) {
		return false
	}
	if r.fixed.matches(nsn) || !r.sameMobile && r.mobile.matches(nsn) {
		return true
	}
	for k := range r.others {
		if r.others[k].matches(nsn) {
			return true
		}
	}
	return false
}

// phoneRegions holds the metadata of phonenumbers by region, and that of
// the non-geographical entities by calling code, as phonenumbers reads
// them; each region's patterns are compiled the first time a number of
// that region is checked.
type phoneRegions struct {
	byRegion map[string]*phonenumbers.PhoneMetadata
	nonGeo   map[int]*phonenumbers.PhoneMetadata
	compiled sync.Map // *phonenumbers.PhoneMetadata → *regionNumbers
}

var phoneMetadata = sync.OnceValue(func() *phoneRegions {
	p := &phoneRegions{byRegion: map[string]*phonenumbers.PhoneMetadata{}, nonGeo: map[int]*phonenumbers.PhoneMetadata{}}
	coll, err := phonenumbers.MetadataCollection()
	if err != nil {
		return p // no metadata: every number is invalid, as phonenumbers would say
	}
	supported := phonenumbers.GetSupportedRegions()
	for _, md := range coll.GetMetadata() {
		switch id := md.GetId(); {
		case id == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY:
			p.nonGeo[int(md.GetCountryCode())] = md
		case supported[id]:
			p.byRegion[id] = md
		}
	}
	return p
})

// numbers returns the compiled patterns of md, nil for no metadata.
func (p *phoneRegions) numbers(md *phonenumbers.PhoneMetadata) *regionNumbers {
	if md == nil {
		return nil
	}
	if r, ok := p.compiled.Load(md); ok {
		return r.(*regionNumbers)
	}
	r, _ := p.compiled.LoadOrStore(md, compileRegion(md))
	return r.(*regionNumbers)
}

// validNumber is phonenumbers.IsValidNumber(number).
func validNumber(number *phonenumbers.PhoneNumber) bool {
	p := phoneMetadata()
	cc := int(number.GetCountryCode())
	nsn := nationalSignificant(number)
	regions := phonenumbers.GetRegionCodesForCountryCode(cc)
	region := ""
	switch {
	case len(regions) == 1:
		region = regions[0]
	case len(regions) > 1:
		region = p.regionAmong(nsn, regions)
	}
	var r *regionNumbers
	if region == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY {
		if len(regions) > 0 {
			r = p.numbers(p.nonGeo[cc])
		}
	} else if r = p.numbers(p.byRegion[region]); r != nil && r.countryCode != cc {
		return false
	}
	return r != nil && r.valid(nsn)
}

// regionAmong is phonenumbers' getRegionCodeForNumberFromRegionList: the
// first region whose leading digits start the number or, without leading
// digits, whose patterns accept it.
func (p *phoneRegions) regionAmong(nsn string, regions []string) string {
	for _, rc := range regions {
		r := p.numbers(p.byRegion[rc])
		switch {
		case r == nil:
			continue // phonenumbers finds no type for a region it lacks
		case r.leading != nil:
			if r.leading.MatchString(nsn) {
				return rc
			}
		case r.valid(nsn):
			return rc
		}
	}
	return ""
}

// nationalSignificant is phonenumbers.GetNationalSignificantNumber.
func nationalSignificant(number *phonenumbers.PhoneNumber) string {
	n := strconv.FormatUint(number.GetNationalNumber(), 10)
	if z := int(number.GetNumberOfLeadingZeros()); number.GetItalianLeadingZero() && z > 0 {
		return strings.Repeat("0", min(z, phonenumbers.MAX_LENGTH_FOR_NSN)) + n
	}
	return n
}
