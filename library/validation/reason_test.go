package validation

import (
	"errors"
	"testing"

	"tamis/library/classify"
)

// TestCheckReason: a reason about the template passes; one naming a
// person is refused with what was found; hostile text is refused too.
func TestCheckReason(t *testing.T) {
	c := classify.New(classify.Rules{})
	for _, ok := range []string{"", "relu en bureau", "titre précisé après la réunion du 12 mars"} {
		if err := CheckReason(c, ok); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
	var re ReasonError
	if err := CheckReason(c, "demandé par Mme Dupont"); !errors.As(err, &re) || len(re.Result.Findings) == 0 {
		t.Fatalf("a named person: %v", err)
	}
	if err := CheckReason(c, "relu\x1b[31m en bureau"); err == nil || errors.As(err, &re) {
		t.Fatalf("an escape sequence: %v", err)
	}
}
