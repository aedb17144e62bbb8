package direct

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// plainWord may skip the detectors only where they find nothing: at every
// word start of these texts where it returns an end, the detectors return
// the same end and record no finding.
func TestPlainWordSkipsOnlyWhatFindsNothing(t *testing.T) {
	texts := []string{
		"IBAN FR76 3000 6000 0112 3456 7890 189, BIC AGRIFRPP, iban fr76 3000 6000 0112 3456 7890 189, Fr7630006000011234567890189",
		"Plaque AB-123-CD, ancienne 1234 AB 75, NI number AB 12 34 56 C",
		"linkedin.com/in/jeanne-martin-12, facebook.com/jeanne.m, instagram @jeannem",
		"token ghp_16C7e42F292c6912E7710c838347Ae178B4a et sk-live-abcdefghijklmnopqrstuvwxyz012345",
		"jeanne a r o b a s e gmail point com, mot de passe : Soleil2024!, code 4521, login jmartin",
		"Appt 12, bât. B, tél 06 12 34 56 78, né le 12/03/1954, NIR 1 54 03 75 112 345 67",
		"une-très-longue-suite-de-mots-reliés-par-des-tirets-qui-ressemble-à-un-jeton",
		"abcdefghijklmnopqrst uvwxyzabcdefghijklmnopq_rst Abcdefghij-klmnopqrstu",
	}
	for _, p := range []string{"testdata/direct_prose_fr.txt", "testdata/direct_ok_fr.txt"} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	rng := rand.New(rand.NewPCG(7, 9))
	const alphabet = "aAbBcCdDeEfFiIlLmMnNoOpPrRsStTuUzZ0123456789 -_/+=.@:é"
	for range 3000 {
		b := make([]byte, 5+rng.IntN(60))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	plain := 0
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if !isWordByte(text[i]) || i > 0 && isWordByte(text[i-1]) {
				continue // Find calls word at word starts only
			}
			s := getScanner(text)
			end := s.plainWord(i)
			if end == 0 {
				putScanner(s)
				continue
			}
			plain++
			if got := s.detectAt(i); got != end || len(s.raw) > 0 || len(s.full) > 0 {
				t.Errorf("%q at %d: plainWord says %d, the detectors %d with %d findings", text, i, end, got, len(s.raw))
			}
			putScanner(s)
		}
	}
	if plain == 0 {
		t.Fatal("plainWord skipped nothing: the test reads nothing")
	}
}
