package validation

import (
	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
)

// ReasonError: the classifier blocks a reason, which would be kept in the
// history. Result says what it found, for the caller to show.
type ReasonError struct{ Result classify.Result }

func (e ReasonError) Error() string {
	return i18n.T("la raison contient des données personnelles ou sensibles : l’historique la garderait",
		"the reason holds personal or sensitive data: the history would keep it")
}

// CheckReason refuses a reason that could not be kept in a template's
// history: hostile text (library.CheckValue), or personal or sensitive
// data (ReasonError). Blocked findings only: a reason is a few words about
// a template (« relu en bureau »), where the gray zone's doubts would
// refuse every other one. The command line and the TUI call it alike.
func CheckReason(c *classify.Classifier, reason string) error {
	if reason == "" {
		return nil
	}
	if err := library.CheckValue(i18n.T("raison", "reason"), reason); err != nil {
		return err
	}
	if res := c.Classify(reason); res.Verdict == classify.Blocked {
		return ReasonError{res}
	}
	return nil
}
