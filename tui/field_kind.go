package tui

import (
	"errors"

	"tamis/i18n"
	"tamis/library"
)

// A field whose variable has a kind (library.Kind) refuses a value that
// does not fit it before any classification: the value is not classified,
// the badge says what is expected, the reason line says why, and the check
// (ctrl+y) goes back to the field instead of judging the prompt.

// kindMisfit returns why value does not fit the field's kind, or "".
func (f field) kindMisfit(value string) string {
	var ke *library.KindError
	if err := f.v.Check(value, f.assoc); errors.As(err, &ke) {
		return ke.Reason
	}
	return ""
}

// misfitBadge is the badge of a value that does not fit its kind: what is
// expected, in two or three words.
func misfitBadge(k library.Kind) string {
	switch k {
	case library.KindDate:
		return i18n.T("✗ date attendue", "✗ date expected")
	case library.KindTime:
		return i18n.T("✗ heure attendue", "✗ time expected")
	case library.KindNumber:
		return i18n.T("✗ nombre attendu", "✗ number expected")
	case library.KindDuration:
		return i18n.T("✗ durée attendue", "✗ duration expected")
	case library.KindChoice:
		return i18n.T("✗ choix attendu", "✗ choice expected")
	case library.KindPublicPlace:
		return i18n.T("✗ lieu public attendu", "✗ public place expected")
	case library.KindURL:
		return i18n.T("✗ lien attendu", "✗ link expected")
	case library.KindAssocEmail:
		return i18n.T("✗ e-mail de l'association attendu", "✗ association e-mail expected")
	}
	return i18n.T("✗ texte court attendu", "✗ short text expected")
}

// firstMisfit is the first field whose value does not fit its kind.
func (m fillModel) firstMisfit() (int, bool) {
	for i, f := range m.fields {
		if f.misfit != "" {
			return i, true
		}
	}
	return 0, false
}
