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

// A secret or a code named before its keyword by a verb that says what
// it is; a year, a postal code, a helpline's number and a sentence about
// the password are none.
func TestSecretNamedBeforeByACopula(t *testing.T) {
	checkDirect(t, []directCase{
		{"Soleil#2025 est le mot de passe du wifi.", "credential", Blocked, "Soleil#2025 est le mot de passe"},
		{"Pour info, Lavande77 c'est notre mdp Canva.", "credential", Blocked, "Lavande77 c'est notre mdp"},
		{"4589B, c'est le code de la porte.", "credential", Blocked, "4589B, c'est le code de la porte"},
		{"4589B c’est le code de l’immeuble.", "credential", Blocked, "4589B c’est le code de l’immeuble"},
		{"Le A1207 reste le code du portail cet été.", "credential", Blocked, "A1207 reste le code du portail"},
		{"Sunshine2025! is the office wifi password", "credential", Blocked, "Sunshine2025! is the office wifi password"},
		{"7731 was our alarm code until March.", "credential", Blocked, "7731 was our alarm code"},
	})
	checkNone(t, "credential", []string{
		"2024 est le code de l'année pour les licences.",
		"Le 75011 est le code postal du local.",
		"Le numéro 3018 est le code national contre le harcèlement.",
		"Le mot de passe est à demander à l'accueil.",
		"Un mot de passe solide est le meilleur code de conduite.",
		"The password is on the sticker under the router.",
	})
}

// A password written as a plain word after its keyword counts when a
// login stands right before the keyword and the word ends the clause;
// without a login, or with a word that says what kind of password, it
// is no value.
func TestPlainWordPasswordAfterALogin(t *testing.T) {
	checkDirect(t, []directCase{
		{"Accès Canva : contact@asso.fr mdp soleil", "credential", Blocked, "mdp soleil"},
		{"jdupont.asso pwd tournesol, merci", "credential", Blocked, "pwd tournesol"},
		{"j.martin password bluebird", "credential", Blocked, "password bluebird"},
	})
	checkNone(t, "credential", []string{
		"contact@asso.fr mdp oublié",
		"Compte : club.treso mot de passe perso",
		"Pour réinitialiser, contact@asso.fr mot de passe oublié.",
	})
}
