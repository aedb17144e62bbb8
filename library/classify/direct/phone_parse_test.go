package direct

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/nyaruka/phonenumbers"
)

// parsePlus must give validNumber what phonenumbers.Parse gives it: the
// same calling code, national number and leading zeros, or a failure
// where Parse fails. The numbers: every calling code and every region's
// example numbers written with a plus, and random digits after each
// calling code (with and without a national prefix, of every length).
func TestParsePlusGivesWhatParseGives(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var nums []string
	for _, region := range slices.Sorted(maps.Keys(phonenumbers.GetSupportedRegions())) {
		for _, typ := range []phonenumbers.PhoneNumberType{phonenumbers.FIXED_LINE, phonenumbers.MOBILE, phonenumbers.TOLL_FREE} {
			if ex := phonenumbers.GetExampleNumberForType(region, typ); ex != nil {
				nsn := phonenumbers.GetNationalSignificantNumber(ex)
				cc := strconv.Itoa(int(ex.GetCountryCode()))
				nums = append(nums, "+"+cc+nsn, "+"+cc+"0"+nsn, "+"+cc+"8"+nsn)
			}
		}
	}
	for cc := 1; cc < 1000; cc++ {
		for range 12 {
			b := []byte("+" + strconv.Itoa(cc))
			if r.IntN(3) == 0 {
				b = append(b, '0')
			}
			for range r.IntN(16) {
				b = append(b, byte('0'+r.IntN(10)))
			}
			nums = append(nums, string(b))
		}
	}
	answered := 0
	for _, num := range nums {
		for _, region := range []string{"FR", "GB"} {
			got, ok := parsePlus(num, region)
			if !ok {
				continue
			}
			answered++
			want, err := phonenumbers.Parse(num, region)
			if err != nil {
				if got != nil {
					t.Errorf("%s in %s: Parse fails (%v), parsePlus gives %v", num, region, err, got)
				}
				continue
			}
			if got == nil || got.GetCountryCode() != want.GetCountryCode() || got.GetNationalNumber() != want.GetNationalNumber() ||
				got.GetItalianLeadingZero() != want.GetItalianLeadingZero() || got.GetNumberOfLeadingZeros() != want.GetNumberOfLeadingZeros() {
				t.Errorf("%s in %s: parsePlus %v, Parse %v", num, region, got, want)
				continue
			}
			if v, _ := parsePlusValid(num, region); v != validNumber(want) {
				t.Errorf("%s in %s: valid %v, want %v", num, region, v, !v)
			}
		}
	}
	if answered < len(nums) {
		t.Fatalf("parsePlus answered only %d of %d numbers", answered, 2*len(nums))
	}
}

// BenchmarkFindInternationalPhone scans a line with a number written
// with a plus, as a list of members abroad holds them: each such number
// was parsed by phonenumbers.Parse before phone_parse.go.
func BenchmarkFindInternationalPhone(b *testing.B) {
	line := "Rappeler Mme Smith au +44 20 7946 0958 avant vendredi pour le covoiturage"
	if len(Find(line)) == 0 {
		b.Fatal("no finding: the line no longer holds a phone number")
	}
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		Find(line)
	}
}
