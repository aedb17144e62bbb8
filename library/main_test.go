package library

import (
	"os"
	"testing"

	"tamis/i18n"
)

// TestMain runs the tests in French whatever the machine's LANG, since they
// check the French messages; English ones are tested by switching on purpose.
func TestMain(m *testing.M) {
	i18n.SetEnglish(false)
	os.Exit(m.Run())
}
