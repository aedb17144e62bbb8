package classify

import "testing"

// How one logs in (« tu te connectes avec », "log into … with") followed
// by a login and a password joined by « et », « puis », "and" gives both:
// blocked. How to log in, told to everyone without values, passes.
func TestLoginToldWithHowToConnect(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tu te connectes à HelloAsso avec tresorier@lesamisdubourg.fr et Pissenlit88.", Blocked, Sensitive, "credential"},
		{"Pour le site, connecte-toi avec admin_asso puis Vert2024!", Blocked, Sensitive, "credential"},
		{"Log into the portal with j.smith and Otter2023.", Blocked, Sensitive, "credential"},
		{"Pour vous connecter, utilisez votre adresse e-mail et le mot de passe reçu par courrier.", OK, 0, ""},
		{"Connectez-vous avec votre numéro d'adhérent et votre date de naissance.", OK, 0, ""},
		{"Tu te connectes au wifi de la salle, c'est plus simple.", OK, 0, ""},
	})
}

// A secret written like a gamer's tag (« Soleil#2025 ») after a login is
// a credential, and the volunteer reads it once, not also as a handle.
func TestSecretAfterLoginReportedOnce(t *testing.T) {
	for _, text := range []string{
		"Le login de la banque est club-treso / Soleil#2025",
		"Identifiants Canva : asso.lecture / Lecture#2024",
	} {
		r := New(Rules{}).Classify(text)
		if got := ruleNames(r); r.Verdict != Blocked || len(got) != 1 || got[0] != "credential" {
			t.Errorf("%q: %v %v, want blocked by credential alone", text, r.Verdict, got)
		}
	}
	if r := New(Rules{}).Classify("Mon pseudo Discord c'est shadowkiller#4471"); r.Verdict != Blocked || ruleNames(r)[0] != "handle" {
		t.Errorf("a gamer's tag: %v %v, want blocked as a handle", r.Verdict, ruleNames(r))
	}
}

// A code read by the byte scanner and by a sentence rule is one finding.
func TestCodeReportedOnce(t *testing.T) {
	r := New(Rules{}).Classify("Code boîte à clés : 0409")
	if len(r.Findings) != 1 || r.Findings[0].Rule != "credential" {
		t.Errorf("%v, want one credential finding", r.Findings)
	}
}
