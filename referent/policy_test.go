package referent

import (
	"strings"
	"testing"
	"time"

	"tamis/i18n"
)

func TestCheckNew(t *testing.T) {
	i18n.SetEnglish(false)
	cases := []struct{ phrase, want string }{
		{"", "vide"},
		{"        ", "vide"},
		{"vélo", "trop courte (4 caractères) : il en faut au moins 8"},
		{"éàèùçôîâ", ""}, // 8 characters, 16 bytes
		{"le vélo\tdu mardi", "caractère de contrôle"},
		{"le vélo du mardi", ""},
	}
	for _, c := range cases {
		err := CheckNew(c.phrase)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("CheckNew(%q) = %v, want nil", c.phrase, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("CheckNew(%q) = %v, want %q", c.phrase, err, c.want)
		case err != nil && c.phrase != "" && strings.Contains(err.Error(), c.phrase):
			t.Errorf("CheckNew(%q): the error quotes the passphrase", c.phrase)
		}
	}
}

func TestNormalize(t *testing.T) {
	composed, decomposed := "caf\u00e9 du coin", "cafe\u0301 du coin"
	if Normalize(decomposed+"\r\n") != composed || Normalize(" a ") != " a " {
		t.Fatalf("Normalize: %q, %q", Normalize(decomposed+"\r\n"), Normalize(" a "))
	}
}

func TestWaitSchedule(t *testing.T) {
	want := map[int]time.Duration{
		0: 0, 1: 0, 4: 0,
		5: 5 * time.Second, 6: 10 * time.Second, 7: 20 * time.Second, 8: 40 * time.Second,
		12: 640 * time.Second, 13: 15 * time.Minute, 100: 15 * time.Minute, 1 << 30: 15 * time.Minute,
	}
	for n, d := range want {
		if got := Wait(n); got != d {
			t.Errorf("Wait(%d) = %v, want %v", n, got, d)
		}
	}
}

func TestRemaining(t *testing.T) {
	last := time.Date(2026, 11, 30, 20, 0, 0, 0, time.UTC)
	cases := []struct {
		failures int
		now      time.Time
		want     time.Duration
	}{
		{4, last, 0},
		{5, last, 5 * time.Second},
		{5, last.Add(3 * time.Second), 2 * time.Second},
		{5, last.Add(5 * time.Second), 0},
		{6, last.Add(time.Hour), 0},
		{6, last.Add(-24 * time.Hour), 10 * time.Second}, // clock set back: never more than the wait
	}
	for _, c := range cases {
		if got := Remaining(c.failures, last, c.now); got != c.want {
			t.Errorf("Remaining(%d, +%v) = %v, want %v", c.failures, c.now.Sub(last), got, c.want)
		}
	}
}
