package direct

import "testing"

// A secret named before its keyword, a login and its secret after a
// colon further in the sentence, a pass phrase, and a login whose colon
// comes after a long name of the account.
func TestSecretBeforeAndFarPairs(t *testing.T) {
	checkDirect(t, []directCase{
		{"Le slogan « Vélo4Ever! » sert aussi de mot de passe pour la boîte mail.", "credential", Blocked, "Vélo4Ever! » sert aussi de mot de passe"},
		{"On garde Lavande77 comme mot de passe du cloud.", "credential", Blocked, "Lavande77 comme mot de passe"},
		{"We use Otter#Moon3 as the password for the laptop.", "credential", Blocked, "Otter#Moon3 as the password"},
		{"Wifi du gymnase, pour ceux qui le demandent à chaque fois : GymNord / basket2023", "credential", Blocked, "Wifi du gymnase, pour ceux qui le demandent à chaque fois : GymNord / basket2023"},
		{"Phrase de passe de la clé USB des archives : troischatsbleus1987", "credential", Blocked, "Phrase de passe de la clé USB des archives : troischatsbleus1987"},
		{"Identifiants de la page Instagram du comité des fêtes : comitefetes / Fete2025!", "credential", Blocked, "Fete2025!"},
	})
	checkNone(t, "credential", []string{
		"Exemple fictif de phrase de passe : « Quatre-Loups-Dansent-Vite! », inventez la vôtre.",
		"Le wifi de la salle des fêtes ne marche plus : appelez la mairie.",
		"Atelier : choisir une phrase de passe longue plutôt qu'un mot de passe court.",
		"Le réseau du club : ClubWifi / accès libre pour tous.",
	})
}
