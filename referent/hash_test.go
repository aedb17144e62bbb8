package referent

import (
	"errors"
	"strings"
	"testing"
)

// fast are cheap parameters for the tests that hash many times; the
// format and the checks are the same as with DefaultParams.
var fast = Params{Time: 1, Memory: 64, Threads: 1, SaltLen: 16, KeyLen: 32}

func TestHashRoundTrip(t *testing.T) {
	const phrase = "le vélo du mardi soir"
	h, err := Hash(phrase, DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=3,p=4$") || strings.Contains(h, phrase) {
		t.Fatalf("hash %q: not the PHC argon2id format with the default parameters", h)
	}
	p, salt, key, err := decode(h)
	if err != nil || p != DefaultParams || len(salt) != 16 || len(key) != 32 {
		t.Fatalf("decode = %+v, %d, %d, %v", p, len(salt), len(key), err)
	}
	for _, c := range []struct {
		phrase string
		want   bool
	}{{phrase, true}, {"le vélo du mardi soir ", false}, {"Le vélo du mardi soir", false}, {"", false}} {
		if ok, err := Verify(c.phrase, h); err != nil || ok != c.want {
			t.Errorf("Verify(%q) = %v, %v; want %v", c.phrase, ok, err, c.want)
		}
	}
	h2, err := Hash(phrase, DefaultParams)
	if err != nil || h2 == h {
		t.Fatalf("two hashes of the same passphrase are equal: the salt is not random")
	}
}

func TestVerifyKeepsTheParametersOfTheHash(t *testing.T) {
	h, err := Hash("ancienne phrase", fast)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := Verify("ancienne phrase", h); !ok || err != nil {
		t.Fatalf("a hash made with other parameters no longer verifies: %v, %v", ok, err)
	}
}

func TestVerifyRefusesWhatIsNotOurHash(t *testing.T) {
	good, _ := Hash("une phrase de passe", fast)
	parts := strings.Split(good, "$")
	bad := []string{
		"", "une phrase de passe", "$2a$10$abcdefghijklmnopqrstuv",
		strings.Replace(good, "argon2id", "argon2i", 1),
		strings.Replace(good, "v=19", "v=16", 1),
		strings.Replace(good, parts[3], "m=4194304,t=2,p=1", 1), // 4 GiB
		strings.Replace(good, parts[3], "m=64,t=0,p=1", 1),
		strings.Replace(good, parts[3], "m=64,t=1,p=0", 1),
		strings.Replace(good, parts[3], "m=64,t=1,p=1,x=2", 1),
		strings.Replace(good, parts[4], "c2Fs", 1), // 3-byte salt
		good + "$",
		good + "=",
	}
	for _, h := range bad {
		if ok, err := Verify("une phrase de passe", h); ok || !errors.Is(err, ErrBadHash) {
			t.Errorf("Verify(%q) = %v, %v; want ErrBadHash", h, ok, err)
		}
	}
}

func BenchmarkHash(b *testing.B) {
	for b.Loop() {
		if _, err := Hash("le vélo du mardi soir", DefaultParams); err != nil {
			b.Fatal(err)
		}
	}
}
