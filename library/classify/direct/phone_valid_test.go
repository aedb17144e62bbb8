package direct

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/nyaruka/phonenumbers"
)

// validNumber must answer exactly as phonenumbers.IsValidNumber, which it
// replaces for speed (phone_valid.go): on every example number of every
// region and non-geographical entity, on each with its last digits
// changed, shortened and lengthened, with Italian leading zeros, and on
// random numbers of every calling code.
func TestValidNumberAnswersAsPhonenumbers(t *testing.T) {
	coll, err := phonenumbers.MetadataCollection()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 2026))
	checked, valid := 0, 0
	check := func(cc int32, nsn string, zeros int32) {
		n, err := strconv.ParseUint(nsn, 10, 64)
		if err != nil {
			return
		}
		p := &phonenumbers.PhoneNumber{CountryCode: &cc, NationalNumber: &n}
		if zeros > 0 {
			italian := true
			p.ItalianLeadingZero, p.NumberOfLeadingZeros = &italian, &zeros
		}
		want := phonenumbers.IsValidNumber(p)
		if got := validNumber(p); got != want {
			t.Errorf("+%d %s (zeros %d): validNumber %v, phonenumbers %v", cc, nsn, zeros, got, want)
		}
		checked++
		if want {
			valid++
		}
	}
	variants := 6
	if raceEnabled {
		variants = 1 // ten times slower: the examples and one variant each
	}
	for _, md := range coll.GetMetadata() {
		cc := md.GetCountryCode()
		for _, d := range []*phonenumbers.PhoneNumberDesc{md.GetGeneralDesc(), md.GetFixedLine(), md.GetMobile(),
			md.GetTollFree(), md.GetPremiumRate(), md.GetSharedCost(), md.GetPersonalNumber(), md.GetVoip(),
			md.GetPager(), md.GetUan(), md.GetVoicemail()} {
			ex := d.GetExampleNumber()
			if ex == "" {
				continue
			}
			check(cc, ex, 0)
			check(cc, ex, 1)
			for v := 0; v < variants; v++ {
				b := []byte(ex)
				for k := max(0, len(b)-1-v); k < len(b); k++ {
					b[k] = byte('0' + rng.IntN(10))
				}
				check(cc, string(b), 0)
				check(cc, string(b[:len(b)-1]), 0)
				check(cc, string(b)+strconv.Itoa(rng.IntN(10)), 0)
			}
		}
	}
	for cc := int32(1); cc < 1000; cc++ {
		for v := 0; v < variants; v++ {
			nsn := strconv.FormatUint(rng.Uint64N(1_000_000_000_000), 10)
			check(cc, nsn[:4+rng.IntN(len(nsn)-3)], int32(rng.IntN(2)))
		}
	}
	// Calling codes shared by several regions (+1, +7, +44, +262…): the
	// region is chosen by its leading digits, then its patterns.
	for cc := int32(1); cc < 1000; cc++ {
		if len(phonenumbers.GetRegionCodesForCountryCode(int(cc))) < 2 {
			continue
		}
		for v := 0; v < 40*variants; v++ {
			nsn := strconv.FormatUint(rng.Uint64N(1_000_000_000_000), 10)
			check(cc, nsn[:min(len(nsn), 6+rng.IntN(6))], 0)
		}
	}
	if checked < 5000 || valid < checked/10 {
		t.Fatalf("only %d numbers checked, %d valid: the metadata moved?", checked, valid)
	}
}
