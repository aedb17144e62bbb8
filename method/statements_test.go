package method

import (
	"strings"
	"testing"
)

// kinds are what the method lists, each with the answer it expects: every
// one needs at least one statement.
var kinds = map[string]Answer{
	"site": Published, "rapport": Published,
	"horaires": Public, "adresse-local": Public, "mission": Public, "themes": Public,
	"nom": Personal, "courriel": Personal, "telephone": Personal, "adresse": Personal,
	"photo": Personal, "nir": Personal, "indirect": Personal, "date-naissance": Personal,
	"origine": Sensitive, "politique": Sensitive, "religion": Sensitive, "syndicat": Sensitive,
	"genetique": Sensitive, "biometrie": Sensitive, "sante": Sensitive, "sexualite": Sensitive,
	"penal": Sensitive, "fusion": Sensitive, "finances": Sensitive, "negociation": Sensitive,
	"subvention": Sensitive, "rh": Sensitive, "contentieux": Sensitive, "identifiants": Sensitive,
	"statistique": Doubt, "rumeur": Doubt,
}

func TestDefaultStatementsCoverTheMethod(t *testing.T) {
	all := DefaultStatements()
	if len(all) < 60 {
		t.Fatalf("%d statements, want at least 60", len(all))
	}
	seen := map[string]bool{}
	byAnswer := map[Answer]int{}
	english := 0
	for _, s := range all {
		seen[s.Kind] = true
		byAnswer[s.Answer]++
		if s.Lang == "en" {
			english++
		}
		if want, listed := kinds[s.Kind]; listed && want != s.Answer {
			t.Errorf("%s (%s) expects %s, the method says %s", s.ID, s.Kind, s.Answer.Key(), want.Key())
		}
	}
	for k := range kinds {
		if !seen[k] {
			t.Errorf("no statement of kind %q", k)
		}
	}
	for _, a := range []Answer{Published, Public, Personal, Sensitive, Doubt} {
		if byAnswer[a] < 4 {
			t.Errorf("%d statements expect %s, want at least 4", byAnswer[a], a.Key())
		}
	}
	if english < 5 || english*2 > len(all) {
		t.Errorf("%d statements in English out of %d: want some, French first", english, len(all))
	}
}

func TestParseStatementsReportsEachProblemWithItsLine(t *testing.T) {
	_, err := ParseStatements(`[ENT-001] x
ÉNONCÉ : a
RÉPONSE : 7
RAISON : r

[ENT-001] y
ÉNONCÉ : b
RAISON : r
n'importe quoi`)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"ligne 3", "« 7 »", "ligne 6", "déjà utilisé ligne 1", "RÉPONSE manquante", "ligne 9"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

func TestParseStatementsReadsEveryField(t *testing.T) {
	got, err := ParseStatements("préambule ignoré\n[ENT-100] sante\r\nLANGUE : en\nÉNONCÉ : Tom is ill: flu.\nRÉPONSE : d\nRAISON : why\n")
	if err != nil {
		t.Fatal(err)
	}
	want := Statement{ID: "ENT-100", Kind: "sante", Lang: "en", Text: "Tom is ill: flu.", Answer: Doubt, Reason: "why"}
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestParseAnswer(t *testing.T) {
	for in, want := range map[string]Answer{"1": Published, " 4 ": Sensitive, "D": Doubt, "doute": Doubt, "?": Doubt} {
		if got, ok := ParseAnswer(in); !ok || got != want {
			t.Errorf("ParseAnswer(%q) = %v, %v", in, got, ok)
		}
	}
	for _, in := range []string{"", "0", "5", "oui"} {
		if _, ok := ParseAnswer(in); ok {
			t.Errorf("ParseAnswer(%q) accepted", in)
		}
	}
	for _, a := range []Answer{Published, Public, Personal, Sensitive, Doubt} {
		if back, _ := ParseAnswer(a.Key()); back != a {
			t.Errorf("%v does not survive Key", a)
		}
	}
}
