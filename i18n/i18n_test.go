package i18n

import "testing"

func TestDetectEnglish(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{}, false},
		{map[string]string{"LANG": "fr_FR.UTF-8"}, false},
		{map[string]string{"LANG": "en_US.UTF-8"}, true},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, false},
		{map[string]string{"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_GB"}, true},
	}
	for _, c := range cases {
		got := detectEnglish(func(k string) string { return c.env[k] })
		if got != c.want {
			t.Errorf("env %v: English = %v, want %v", c.env, got, c.want)
		}
	}
}

func TestT(t *testing.T) {
	SetEnglish(false)
	if got := T("Bonjour", "Hello"); got != "Bonjour" {
		t.Fatalf("French: got %q", got)
	}
	SetEnglish(true)
	defer SetEnglish(false)
	if got := T("Bonjour", "Hello"); got != "Hello" {
		t.Fatalf("English: got %q", got)
	}
}
