package library

import (
	"fmt"
	"strings"

	"tamis/i18n"
)

// This file holds the check of a value against its variable's kind. It
// runs before the classifier and is narrower than it: a kind says what
// shape a value has, so anything else (a name, a diagnosis, a phone
// number) is refused whatever the classifier would have made of it. A
// value that fits still goes through the full classification.

// KindError says why a value does not fit its variable's kind. It never
// holds the value: what a volunteer typed is not repeated in messages.
type KindError struct {
	Var    string
	Kind   Kind
	Reason string // already localized
}

func (e *KindError) Error() string {
	return fmt.Sprintf(i18n.T("[%s] : %s", "[%s]: %s"), e.Var, e.Reason)
}

// maxShortText bounds a « texte court », in characters.
const maxShortText = 200

// Check tells whether value fits the kind of v; nil when it does, when v
// has no kind, or when value is empty (an empty value is missing, which
// Fill reports). a is what the association's e-mail kind accepts.
func (v Variable) Check(value string, a Association) error {
	value = strings.TrimSpace(value)
	if value == "" || v.Kind == KindNone {
		return nil
	}
	if why := v.misfit(value, a); why != "" {
		return &KindError{Var: v.Name, Kind: v.Kind, Reason: why}
	}
	return nil
}

// misfit returns why a trimmed, non-empty value does not fit, or "".
func (v Variable) misfit(value string, a Association) string {
	if !v.Kind.multiline() && strings.Contains(value, "\n") {
		return i18n.T("une seule ligne est attendue", "a single line is expected")
	}
	switch v.Kind {
	case KindShortText:
		if len([]rune(value)) > maxShortText {
			return fmt.Sprintf(i18n.T("un texte court est attendu : %d caractères au plus",
				"a short text is expected: %d characters at most"), maxShortText)
		}
	case KindDate:
		return unless(isDate(value), i18n.T(
			"une date est attendue, par exemple « 12/03/2026 », « samedi 14 juin » ou « mars 2026 »",
			"a date is expected, for example “12/03/2026”, “samedi 14 juin” or “mars 2026”"))
	case KindTime:
		return unless(isTime(value), i18n.T(
			"une heure est attendue, par exemple « 14h30 », « 14:30 » ou « de 14h à 16h »",
			"a time is expected, for example “14h30”, “14:30” or “de 14h à 16h”"))
	case KindNumber:
		return unless(isNumber(value), i18n.T(
			"un nombre est attendu, par exemple « 150 », « 12,5 » ou « 30 personnes »",
			"a number is expected, for example “150”, “12,5” or “30 personnes”"))
	case KindDuration:
		return unless(isDuration(value), i18n.T(
			"une durée est attendue, par exemple « 2 heures », « 1h30 » ou « trois jours »",
			"a duration is expected, for example “2 heures”, “1h30” or “trois jours”"))
	case KindChoice:
		return v.choiceMisfit(value)
	case KindPublicPlace:
		return placeMisfit(value)
	case KindURL:
		return urlMisfit(value)
	case KindAssocEmail:
		return a.emailMisfit(value)
	}
	return ""
}

// unless returns why when ok is false.
func unless(ok bool, why string) string {
	if ok {
		return ""
	}
	return why
}

// choiceMisfit accepts one of the choices, ignoring case, accents and spaces.
func (v Variable) choiceMisfit(value string) string {
	n := Normalize(collapseSpaces(value))
	for _, c := range v.Choices {
		if Normalize(c) == n {
			return ""
		}
	}
	return fmt.Sprintf(i18n.T("une des valeurs proposées est attendue : %s", "one of the proposed values is expected: %s"),
		strings.Join(v.Choices, ", "))
}

// CheckKinds checks every value of values against the kind of its
// variable, in the variables' order; values of unknown names are ignored.
func (t Template) CheckKinds(values map[string]string, a Association) []error {
	var errs []error
	for _, v := range t.Variables {
		if err := v.Check(values[v.Name], a); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}
