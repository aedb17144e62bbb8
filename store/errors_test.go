package store

import (
	"errors"
	"testing"

	"tamis/i18n"
)

func TestErrorsFollowTheLanguage(t *testing.T) {
	defer i18n.SetEnglish(i18n.English())
	err := about("/tmp/tamis.db", ErrLocked)
	tests := []struct {
		english bool
		want    string
	}{
		{false, "/tmp/tamis.db : base occupée par un autre tamis depuis plus de 2 secondes : réessayez dans un instant"},
		{true, "/tmp/tamis.db: database busy with another tamis for more than 2 seconds: try again in a moment"},
	}
	for _, tt := range tests {
		i18n.SetEnglish(tt.english)
		if got := err.Error(); got != tt.want {
			t.Errorf("english=%v: %q, want %q", tt.english, got, tt.want)
		}
	}
	if !errors.Is(err, ErrLocked) {
		t.Error("about() hides the sentinel")
	}
}
