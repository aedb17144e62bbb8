package referent

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"tamis/i18n"
)

// MinLength is the shortest passphrase accepted, in characters. A phrase of
// a few words is easier to remember than a short password and as hard to guess.
const MinLength = 8

// Normalize puts a typed passphrase in one Unicode form (NFC), so that « é »
// typed on a keyboard that composes it and on one that does not is the
// same passphrase. Only the line ending is removed: spaces count.
func Normalize(phrase string) string {
	return norm.NFC.String(strings.TrimRight(phrase, "\r\n"))
}

// CheckNew tells why a new passphrase is refused, or nil. The error never
// quotes the passphrase.
func CheckNew(phrase string) error {
	n := utf8.RuneCountInString(phrase)
	switch {
	case strings.TrimSpace(phrase) == "":
		return &Error{"la phrase de passe est vide", "the passphrase is empty"}
	case n < MinLength:
		return &Error{
			fmt.Sprintf("phrase de passe trop courte (%d caractères) : il en faut au moins %d, par exemple quelques mots", n, MinLength),
			fmt.Sprintf("passphrase too short (%d characters): at least %d are needed, a few words for example", n, MinLength),
		}
	case strings.ContainsFunc(phrase, unicode.IsControl):
		return &Error{"la phrase de passe contient un caractère de contrôle", "the passphrase holds a control character"}
	}
	return nil
}

// FreeAttempts wrong passphrases in a row cost nothing but the time of
// the hash; each one after them doubles the wait, from FirstWait up to MaxWait.
const (
	FreeAttempts = 5
	FirstWait    = 5 * time.Second
	MaxWait      = 15 * time.Minute
)

// Wait is how long the next attempt waits after failures wrong passphrases
// in a row: nothing for the first FreeAttempts, then 5 s, 10 s, 20 s… up
// to 15 minutes.
func Wait(failures int) time.Duration {
	if failures < FreeAttempts {
		return 0
	}
	d := FirstWait
	for i := FreeAttempts; i < failures && d < MaxWait; i++ {
		d *= 2
	}
	return min(d, MaxWait)
}

// Remaining is what is left of the wait at now, the last failure at last.
// A clock set back (last in the future) never makes the wait longer than
// Wait(failures).
func Remaining(failures int, last, now time.Time) time.Duration {
	d := Wait(failures)
	elapsed := max(now.Sub(last), 0)
	if elapsed >= d {
		return 0
	}
	return d - elapsed
}

// WaitMessage says a wait to the référent, in whole seconds.
func WaitMessage(d time.Duration) string {
	s := int((d + time.Second - 1) / time.Second)
	return fmt.Sprintf(i18n.T("trop de phrases de passe incorrectes : attente de %d s avant de vérifier celle-ci…",
		"too many wrong passphrases: waiting %d s before checking this one…"), s)
}
