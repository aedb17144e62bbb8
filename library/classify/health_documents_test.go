package classify

import "testing"

// Medical documents and appointments everyone may have are a requirement
// or an activity when no one is said to have them; said of someone, or
// with what they conclude, they are health data.
func TestHealthDocumentsWithoutSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pièces à fournir : certificat médical, photo, attestation d'assurance.", OK, 0, ""},
		{"inscriptions ouvertes, certificat medical ou questionnaire de sante a fournir", OK, 0, ""},
		{"Certificat médical de non contre-indication à la pratique du judo obligatoire.", OK, 0, ""},
		{"Le certificat médical de Paul est arrivé.", Blocked, Sensitive, "health"},
		{"certificat médical : inapte au sport jusqu'en juin", Blocked, Sensitive, "health"},
		{"J'ai un rendez-vous médical jeudi, je ne pourrai pas venir", Blocked, Sensitive, "health"},
		{"RDV chez le médecin pour ma fille mardi", Blocked, Sensitive, "health"},
		{"Her medical certificate says she is unfit for sport until June.", Blocked, Sensitive, "health"},
	})
}
