package method

import (
	"strings"

	"tamis/i18n"
)

// Answer is a category of the method (1 to 4) or Doubt, the gray zone.
type Answer int

// The five answers of an exercise. The zero value is no answer.
const (
	Published Answer = 1 // published by the association itself
	Public    Answer = 2 // public, not sensitive: passes the door test
	Personal  Answer = 3 // personal data
	Sensitive Answer = 4 // special category, strategic matter, credentials
	Doubt     Answer = 5 // gray zone: precaution
)

// ParseAnswer reads an answer as a volunteer types it or a statement file
// writes it: "1" to "4", "d", "doute", "doubt", "?".
func ParseAnswer(s string) (Answer, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "1":
		return Published, true
	case "2":
		return Public, true
	case "3":
		return Personal, true
	case "4":
		return Sensitive, true
	case "d", "doute", "doubt", "?", "gris", "gray":
		return Doubt, true
	}
	return 0, false
}

// Key is the answer as typed and as written in --json: "1" … "4", "doute".
func (a Answer) Key() string {
	switch a {
	case Published, Public, Personal, Sensitive:
		return string(rune('0' + a))
	case Doubt:
		return "doute"
	}
	return ""
}

// Label names the answer in the user's language.
func (a Answer) Label() string {
	switch a {
	case Published:
		return i18n.T("1 · publié par l’association", "1 · published by the association")
	case Public:
		return i18n.T("2 · public, non sensible", "2 · public, not sensitive")
	case Personal:
		return i18n.T("3 · donnée personnelle", "3 · personal data")
	case Sensitive:
		return i18n.T("4 · donnée sensible", "4 · sensitive data")
	case Doubt:
		return i18n.T("doute · zone grise", "doubt · gray zone")
	}
	return "?"
}

// Shareable reports whether the method lets the information go to a
// public AI: only categories 1 and 2.
func (a Answer) Shareable() bool { return a == Published || a == Public }
