// Package i18n picks the language of every message a user reads: French
// first, English when LANG (or LC_ALL, LC_MESSAGES) starts with "en".
//
// Messages are written inline as pairs, T("Modèle introuvable", "Template not
// found"), so that the French text stays next to the code that uses it and a
// missing translation cannot exist.
package i18n

import (
	"os"
	"strings"
	"sync/atomic"
)

var english atomic.Bool

func init() { english.Store(detectEnglish(os.Getenv)) }

// detectEnglish follows the POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG.
func detectEnglish(getenv func(string) string) bool {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			return strings.HasPrefix(strings.ToLower(v), "en")
		}
	}
	return false
}

// English reports whether messages are shown in English.
func English() bool { return english.Load() }

// SetEnglish forces the language; tests use it.
func SetEnglish(on bool) { english.Store(on) }

// T returns the French or the English text, depending on the language.
func T(fr, en string) string {
	if english.Load() {
		return en
	}
	return fr
}
