// Package settings holds the checks that the référent's settings pass
// before they are saved: a profile value, an allow entry, a deny entry, the
// removal of an entry. The command line (tamis profile, tamis rules, the
// import of a shared folder) and the interface run the same functions, so
// that a value refused in one is refused in the other.
//
// The profile and the allow list change what every later check says: a
// profile value counts as published, an allowlisted text is never flagged
// again. A person's e-mail put there would pass every check, so a value the
// classifier finds personal or sensitive (even in doubt) is refused. A
// denylisted text is always sensitive: a short or common entry (« de »,
// « pour les ») would block every prompt, so it is refused too.
package settings

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
)

// MinDenyLetters is the fewest letters or digits a deny entry may have.
const MinDenyLetters = 4

// functionWords are French and English words that say nothing on their
// own; a deny entry made only of them would match almost any text.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`le la les l un une des de du d au aux à a et ou en dans sur sous pour par
		avec sans chez ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes qui que quoi
		dont où ne pas plus est sont il elle ils elles on nous vous je tu y se sa
		the a an of to in on at for with by from and or is are be this that these those our your their it`) {
		functionWords[library.Normalize(w)] = true
	}
}

// ProfileClassifier is the classifier a profile value is judged by: the
// référent's rules without the profile itself, which would otherwise vouch
// for the value.
func ProfileClassifier(r classify.Rules) *classify.Classifier {
	r.Profile = nil
	return classify.New(r)
}

// AllowClassifier is the classifier an allow entry is judged by: the deny
// list only, so that an entry cannot vouch for itself.
func AllowClassifier(r classify.Rules) *classify.Classifier {
	return classify.New(classify.Rules{Deny: r.Deny})
}

// ValueRefused: a profile value holds personal or sensitive data.
type ValueRefused struct {
	Name, Value string
	Result      classify.Result
}

func (e *ValueRefused) Error() string {
	return fmt.Sprintf(i18n.T("la valeur de « %s » n’a pas été enregistrée", "the value of %q was not saved"), e.Name)
}

// CheckProfileValue refuses a value that holds personal or sensitive data:
// the profile pre-fills prompts and counts as published, so it passes the
// same check as what a volunteer types. c is ProfileClassifier's.
//
// The one exception is BankDetailsName, the account the association
// publishes for donations: an IBAN is what it is for, and the account of
// a legal person is no personal data. Anything else in it (a name, an
// e-mail, a fact) is refused as elsewhere.
func CheckProfileValue(c *classify.Classifier, name, value string) error {
	res := c.Classify(value)
	if isBankDetails(name) {
		res.Findings = withoutIBANs(res.Findings) // the refusal names what is wrong, not the IBAN
		if !slices.ContainsFunc(res.Findings, func(f classify.Finding) bool { return f.Category >= classify.Personal }) {
			return nil
		}
	}
	if res.Category < classify.Personal {
		return nil
	}
	return &ValueRefused{Name: name, Value: value, Result: res}
}

// BankDetailsName is the profile's constant for the bank details the
// association publishes for donations; the classifier then lets its IBAN
// pass in prompts (classify.Rules.Profile).
const BankDetailsName = "coordonnées bancaires"

func isBankDetails(name string) bool {
	return strings.EqualFold(strings.TrimSpace(name), BankDetailsName)
}

// withoutIBANs is fs less the IBANs, in place.
func withoutIBANs(fs []classify.Finding) []classify.Finding {
	return slices.DeleteFunc(fs, func(f classify.Finding) bool { return f.Rule == "iban" })
}

// AllowRefused: an allow entry holds personal or sensitive data (Result),
// or may be part of a person's name (Probe, the text that is blocked).
type AllowRefused struct {
	Entry  string
	Result classify.Result
	Probe  string
}

func (e *AllowRefused) Error() string {
	if e.Probe != "" {
		return fmt.Sprintf(i18n.T(
			"« %s » n’a pas été ajouté à la liste autorisée : il peut être le nom d’une personne (« %s » est bloqué), et la liste autorisée le cacherait partout",
			"%q was not added to the allowlist: it may be a person's name (%q is blocked), and the allowlist would hide it everywhere"), e.Entry, e.Probe)
	}
	return fmt.Sprintf(i18n.T(
		"« %s » n’a pas été ajouté à la liste autorisée : une donnée personnelle ou sensible ne peut pas y figurer, elle ne serait plus jamais signalée",
		"%q was not added to the allowlist: personal or sensitive data cannot be in it, it would never be flagged again"), e.Entry)
}

// CheckAllow refuses an allow entry that holds personal or sensitive data,
// or that would hide a person's name; c is AllowClassifier's.
func CheckAllow(c *classify.Classifier, entry string) error {
	if err := CheckEntry(entry); err != nil {
		return err
	}
	if res := c.Classify(entry); res.Category >= classify.Personal {
		return &AllowRefused{Entry: entry, Result: res}
	}
	if probe, hides := hidesAName(c, entry); hides {
		return &AllowRefused{Entry: entry, Probe: probe}
	}
	return nil
}

// hidesAName: an allowlisted text explains its words away, so an entry
// that can be part of a person's name ("Dupont") would make "Mme Dupont"
// pass. The entry is tried where a name stands; a venue or a body named
// after someone ("Salle Jean Moulin") stays public there, a surname does not.
func hidesAName(c *classify.Classifier, entry string) (probe string, hides bool) {
	for _, p := range []string{"Mme %s", "Jean %s"} {
		probe = fmt.Sprintf(p, entry)
		if c.Classify(probe).Verdict == classify.Blocked {
			return probe, true
		}
	}
	return "", false
}

// message is an error in the reader's language, chosen when it is printed.
type message struct{ fr, en string }

func (m *message) Error() string { return i18n.T(m.fr, m.en) }

// ErrEmptyEntry: an empty entry means nothing in either list.
var ErrEmptyEntry error = &message{"entrée vide", "empty entry"}

// CheckEntry refuses an entry of either list that is empty or holds what
// no text may (control characters, an overlong line): the first check of
// every entry, before the classifier's.
func CheckEntry(entry string) error {
	if strings.TrimSpace(entry) == "" {
		return ErrEmptyEntry
	}
	return library.CheckValue(i18n.T("règle", "rule"), entry)
}

// CheckDeny says why a deny entry is refused, or nil.
func CheckDeny(entry string) error {
	if err := CheckEntry(entry); err != nil {
		return err
	}
	e := strings.TrimSpace(entry)
	letters := 0
	for _, r := range e {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters++
		}
	}
	if letters < MinDenyLetters {
		return fmt.Errorf(i18n.T("« %s » est trop court pour la liste interdite (au moins %d lettres ou chiffres) : il bloquerait presque tous les textes",
			"%q is too short for the denylist (at least %d letters or digits): it would block almost every text"), e, MinDenyLetters)
	}
	words := strings.FieldsFunc(library.Normalize(e), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, w := range words {
		if !functionWords[w] {
			return nil
		}
	}
	return fmt.Errorf(i18n.T("« %s » n’est fait que de mots courants : dans la liste interdite, il bloquerait presque tous les textes",
		"%q is made only of common words: in the denylist it would block almost every text"), e)
}
