package classify

import "testing"

// A value the rules block as personal data only is sensitive when a
// sentence of it reads, to the learned check, like the sensitive values
// of the sets (a prison left last month, told without the rules' words);
// a name and a telephone number, or a name and a task, stay personal.
func TestLearnedCheckCallsSensitiveWhatTheRulesCallPersonal(t *testing.T) {
	full, rules := New(Rules{}), rulesOnly()
	for _, tc := range []struct {
		text string
		cat  Category
	}{
		{"Jordan Miller came out of Pentonville last month and wants to volunteer", Sensitive},
		{"Appeler Sylvie Durand au 06 12 34 56 78 pour les clés", Personal},
		{"Marc Dubois tiendra la buvette samedi", Personal},
	} {
		if r := rules.Classify(tc.text); r.Verdict != Blocked || r.Category != Personal {
			t.Errorf("%q: the rules give %d/%s %v, want 3/blocked: the example shows nothing", tc.text, r.Category, r.Verdict, describe(tc.text, r))
		}
		if r := full.Classify(tc.text); r.Verdict != Blocked || r.Category != tc.cat {
			t.Errorf("%q: got %d/%s %v, want %d/blocked", tc.text, r.Category, r.Verdict, describe(tc.text, r), tc.cat)
		}
	}
}

// A filled template whose only blocking finding is a name in a field
// stays personal: the template's own lines (« N'invente ni chiffres, ni
// dates… ») are not weighed as blocked sentences.
func TestLearnedUpgradeLeavesTheTemplatesLines(t *testing.T) {
	text := "CONTEXTE :\nLes Amis du Rail est une association loi 1901 créée en 1998. Notre mission : accompagner Mrs J. Thompson le mardi.\n\n" +
		"PROMPT :\nEn te basant sur ce contexte, rédige une présentation de 100 mots pour le site web. Adopte un ton chaleureux et accessible, " +
		"avec des phrases courtes et un vocabulaire compréhensible par tous. N'invente ni chiffres, ni dates, ni partenaires, ni actions " +
		"qui ne figurent pas dans le contexte. N'utilise aucun nom de personne."
	if r := New(Rules{}).Classify(text); r.Verdict != Blocked || r.Category != Personal {
		t.Errorf("got %d/%s %v, want 3/blocked", r.Category, r.Verdict, describe(text, r))
	}
}
