package direct

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// Generated identifiers: every valid value, in every notation, is found
// with the right rule and span. The generator has a fixed seed.

func digitsN(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for k := range b {
		b[k] = byte('0' + r.IntN(10))
	}
	return string(b)
}

// genMobile returns a French mobile number (06 or 073-079), as 10 digits.
func genMobile(r *rand.Rand) string {
	if r.IntN(2) == 0 {
		return "06" + digitsN(r, 8)
	}
	return "07" + string(byte('3'+r.IntN(7))) + digitsN(r, 7)
}

// phoneNotations writes a national number in the usual French ways.
func phoneNotations(d string) []string {
	pairs := func(sep string) string {
		return strings.Join([]string{d[0:2], d[2:4], d[4:6], d[6:8], d[8:10]}, sep)
	}
	nsn := d[1:]
	intl := strings.Join([]string{nsn[0:1], nsn[1:3], nsn[3:5], nsn[5:7], nsn[7:9]}, " ")
	return []string{pairs(" "), pairs("."), pairs("-"), d, "+33 " + intl, "+33 (0)" + intl, "0033 " + intl, "+33" + nsn}
}

// genNIR returns a NIR with a valid key, spaced or not.
func genNIR(r *rand.Rand) string {
	dept := fmt.Sprintf("%02d", 1+r.IntN(95))
	keyDept := dept
	switch r.IntN(10) {
	case 0:
		dept, keyDept = "2A", "19"
	case 1:
		dept, keyDept = "2B", "18"
	}
	if dept == "20" {
		dept, keyDept = "21", "21"
	}
	head := fmt.Sprintf("%d%02d%02d", 1+r.IntN(2), r.IntN(100), 1+r.IntN(12))
	tail := fmt.Sprintf("%03d%03d", 1+r.IntN(999), 1+r.IntN(999))
	key := fmt.Sprintf("%02d", 97-mod97(head+keyDept+tail))
	if r.IntN(2) == 0 {
		return head + dept + tail + key
	}
	return strings.Join([]string{head[0:1], head[1:3], head[3:5], dept, tail[0:3], tail[3:6], key}, " ")
}

// genIBAN returns a French IBAN with valid check digits, in blocks of four.
func genIBAN(r *rand.Rand) string {
	bban := digitsN(r, 23)
	check := 98 - mod97(bban+"152700")
	iban := fmt.Sprintf("FR%02d%s", check, bban)
	var b strings.Builder
	for k := 0; k < len(iban); k += 4 {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(iban[k:min(k+4, len(iban))])
	}
	return b.String()
}

// genVisa returns a 16-digit Visa number with a valid Luhn digit.
func genVisa(r *rand.Rand) string {
	body := "4" + digitsN(r, 14)
	for d := byte('0'); d <= '9'; d++ {
		if luhn(body + string(d)) {
			n := body + string(d)
			return n[0:4] + " " + n[4:8] + " " + n[8:12] + " " + n[12:16]
		}
	}
	panic("no Luhn digit")
}

func TestDirectGenerated(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 14))
	var cases []directCase
	for range 40 {
		for _, p := range phoneNotations(genMobile(r)) {
			cases = append(cases, directCase{"Mon portable : " + p + ", merci.", "phone", Blocked, p})
		}
		nir := genNIR(r)
		cases = append(cases, directCase{"Numéro " + nir + " pour la mutuelle", "nir", Blocked, nir})
		iban := genIBAN(r)
		cases = append(cases, directCase{"Virement sur " + iban + " svp", "iban", Blocked, iban})
		visa := genVisa(r)
		cases = append(cases, directCase{"réglé avec " + visa + " hier", "bank-card", Blocked, visa})
	}
	checkDirect(t, cases)
}

// genSIRET returns a 14-digit number passing Luhn, as a SIRET does.
func genSIRET(r *rand.Rand) string {
	body := digitsN(r, 13)
	for d := byte('0'); d <= '9'; d++ {
		if luhn(body + string(d)) {
			return body + string(d)
		}
	}
	panic("no Luhn digit")
}

// Generated public numbers: SIRET, prices, references, event dates.
func TestDirectGeneratedPublic(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 71))
	var texts []string
	for range 60 {
		siret := genSIRET(r)
		texts = append(texts,
			"SIRET "+siret,
			"SIRET "+siret[0:3]+" "+siret[3:6]+" "+siret[6:9]+" "+siret[9:14],
			fmt.Sprintf("Tarif %d,%02d € ; %d places", 1+r.IntN(999), r.IntN(100), 1+r.IntN(300)),
			fmt.Sprintf("Réunion le %02d/%02d/%d à %dh%02d", 1+r.IntN(28), 1+r.IntN(12), 2024+r.IntN(3), 8+r.IntN(12), 15*r.IntN(4)),
			fmt.Sprintf("Dossier n° %d-%04d, salle %d", 2020+r.IntN(7), r.IntN(10000), 1+r.IntN(400)),
			"réf. "+string(byte('1'+r.IntN(9)))+digitsN(r, 9),
		)
	}
	checkNone(t, "", texts)
}
