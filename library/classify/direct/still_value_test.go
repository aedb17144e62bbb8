package direct

import "testing"

// A value given after « c'est », "is" and an adverb saying it has not
// changed (« c'est toujours 7712B », "is still 7243") is the secret; the
// adverb before a word that is no value (« est toujours le même »,
// « toujours affiché ») gives none.
func TestCredentialValueAfterStill(t *testing.T) {
	checkDirect(t, []directCase{
		{"le code de la salle, c'est toujours 7712B", "credential", Blocked, "code de la salle, c'est toujours 7712B"},
		{"the door code is still 7243", "credential", Blocked, "door code is still 7243"},
		{"le code du portail est désormais 4590", "credential", Blocked, "code du portail est désormais 4590"},
	})
	checkNone(t, "credential", []string{
		"Le mot de passe est toujours le même.", "Le code est toujours affiché à l'accueil.",
		"The password is still on the sticker.",
	})
}

// Advice after « c'est toujours » gives no value (a read-only review
// found ten such public sentences blocked).
func TestCredentialStillBeforeAdvice(t *testing.T) {
	checkNone(t, "credential", []string{
		"Le code, c'est toujours mieux de le changer après la réunion.",
		"Le mot de passe c'est toujours trop court.",
	})
}
