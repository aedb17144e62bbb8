// Package referent holds the référent's passphrase: its argon2id hash, the
// rules a new passphrase must follow, the growing wait after wrong ones,
// and the check that unlocks a référent action. The store keeps only the
// hash and the count of wrong attempts; the passphrase itself lives in
// memory, in this package, for the time of one check.
package referent

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Params are the argon2id costs a hash was made with. They are written in
// the hash itself (PHC string format), so that raising them later does not
// lock out a référent whose hash was made with the old ones.
type Params struct {
	Time    uint32 // passes over the memory
	Memory  uint32 // KiB
	Threads uint8
	SaltLen uint32 // bytes
	KeyLen  uint32 // bytes
}

// DefaultParams are RFC 9106's second recommended option (64 MiB, 3
// passes, 4 lanes), for when 2 GiB cannot be spent; OWASP's floor is 19
// MiB. One hash takes 85–120 ms on the idle 2-core development machine
// (BenchmarkHash), a few times that on an old laptop: slow enough to make
// guessing expensive for someone who copies the file, quick for a référent.
var DefaultParams = Params{Time: 3, Memory: 64 * 1024, Threads: 4, SaltLen: 16, KeyLen: 32}

// Bounds on the parameters read back from a hash: a damaged or forged
// setting must not make tamis allocate gigabytes or spin for minutes.
const (
	maxMemory  = 1 << 20 // KiB: 1 GiB
	maxTime    = 64
	minSaltLen = 8
	minKeyLen  = 16
	maxKeyLen  = 64
)

var b64 = base64.RawStdEncoding

// Hash returns the PHC string of phrase under p with a fresh random salt:
// $argon2id$v=19$m=65536,t=3,p=4$<salt>$<key>, both in unpadded base64.
func Hash(phrase string, p Params) (string, error) {
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(phrase), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// Verify reports whether phrase matches the PHC string encoded. An encoded
// string that is not an argon2id hash tamis can read is an error, never a
// match.
func Verify(phrase, encoded string) (bool, error) {
	p, salt, key, err := decode(encoded)
	if err != nil {
		return false, err
	}
	got := argon2.IDKey([]byte(phrase), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return subtle.ConstantTimeCompare(got, key) == 1, nil
}

// ErrBadHash: the stored hash is not one tamis wrote. The error never
// quotes the stored string.
var ErrBadHash = &Error{
	"empreinte de la phrase de passe illisible dans la base : tamis referent init la redéfinit",
	"unreadable passphrase hash in the database: tamis referent init sets it again",
}

// decode parses a PHC argon2id string and checks its parameters' bounds.
func decode(encoded string) (Params, []byte, []byte, error) {
	parts := strings.Split(encoded, "$")
	// "", "argon2id", "v=19", "m=…,t=…,p=…", salt, key
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" || parts[2] != fmt.Sprintf("v=%d", argon2.Version) {
		return Params{}, nil, nil, ErrBadHash
	}
	var p Params
	var threads uint32
	if n, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &threads); err != nil || n != 3 ||
		fmt.Sprintf("m=%d,t=%d,p=%d", p.Memory, p.Time, threads) != parts[3] {
		return Params{}, nil, nil, ErrBadHash
	}
	salt, err1 := b64.Strict().DecodeString(parts[4])
	key, err2 := b64.Strict().DecodeString(parts[5])
	if err1 != nil || err2 != nil || threads < 1 || threads > 255 || p.Time < 1 || p.Time > maxTime ||
		p.Memory < 8*threads || p.Memory > maxMemory || len(salt) < minSaltLen || len(key) < minKeyLen || len(key) > maxKeyLen {
		return Params{}, nil, nil, ErrBadHash
	}
	p.Threads = uint8(threads)
	p.SaltLen, p.KeyLen = uint32(len(salt)), uint32(len(key))
	return p, salt, key, nil
}

// Readable reports whether encoded is an argon2id hash that Verify can use.
func Readable(encoded string) bool {
	_, _, _, err := decode(encoded)
	return err == nil
}
