package classify

import "testing"

// A password given after the account it opens with no password word, or
// named as what was chosen for it; a code after « est le »; a safe's
// combination told as numbers and turns; a login and a password as cells
// of a spreadsheet line: category 4 (secret_account.go,
// secret_combination.go, cue_credentials.go credentialRow, direct
// codeArticles). A service named in a sentence of its own (« Free »), a
// network account's public name, a report's reference, a date, sizes and
// prices after the same words pass.
func TestSecretsAfterTheirAccountOrInARow(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pour le compte Free, c'est Pingouin1962.", Blocked, Sensitive, "credential"},
		{"Pour le compte Free, le mot de passe est le nom de son chien.", Blocked, Sensitive, "credential"},
		{"La messagerie de l'amicale s'ouvre avec Glycine-2020.", Blocked, Sensitive, "credential"},
		{"For the Dropbox account, it's Puffin#1998.", Blocked, Sensitive, "credential"},
		{"Il a choisi Ecureuil77 comme code pour la box.", Blocked, Sensitive, "credential"},
		{"Le code de la carte de la buvette est le 7314.", Blocked, Sensitive, "credential"},
		{"Le digicode a changé, c'est désormais le 40C17.", Blocked, Sensitive, "credential"},
		{"Le coffre du secrétariat s'ouvre sur neuf, trente-trois, seize.", Blocked, Sensitive, "credential"},
		{"Pour le cadenas du local, tourne à 4, puis 21, puis 9.", Blocked, Sensitive, "credential"},
		{"The office safe combination is right 8, left 26, right 11.", Blocked, Sensitive, "credential"},
		{"Gmail | tresorier.asso | Hibou#Gris44", Blocked, Sensitive, "credential"},
		{"Service;Login;Mot de passe;Doctolib;jeanne.f;Jeanne-1948", Blocked, Sensitive, "credential"},
		{"Notre compte Twitter, c'est AmicaleBreizh56.", OK, 0, ""},
		{"Free propose une offre gratuite pour les associations.", OK, 0, ""},
		{"Le compte rendu est sur le Drive : CR-2025-Juin.", OK, 0, ""},
		{"Le code de la salle est le 12, au fond du couloir.", OK, 0, ""},
		{"Le code postal est le 56100.", OK, 0, ""},
		{"Le coffre fait 30, 40 et 50 cm.", OK, 0, ""},
		{"Le cadenas est en vente à 12, 15 et 20 euros.", OK, 0, ""},
		{"Le coffre est ouvert les 3, 10 et 17 mars.", OK, 0, ""},
		{"Produit;Réf;Stock;Chaise;CH-2024B;12", OK, 0, ""},
	})
}
