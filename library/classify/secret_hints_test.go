package classify

import "testing"

// A secret told the long way round is category 4: its value many words
// after the password word, its recipe after a comma, a gate's code after
// a short label, a network key after « clé » or "key", a key box's
// recipe after « c'est », a recipe answering « Le mot de passe ? »
// (secret_hints.go). Advice about passwords, times, dates, counts and
// prices after the same labels pass.
func TestSecretsToldTheLongWayRound(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le mot de passe du compte Facebook, celui qu'on a changé en mars : Tulipe*2031", Blocked, Sensitive, "credential"},
		{"mdp de la box, le prénom de sa fille et 1998", Blocked, Sensitive, "credential"},
		{"Compte Ulule : même mot de passe que la banque, la date de naissance du trésorier", Blocked, Sensitive, "credential"},
		{"Le code de la carte, ce sont les 4 derniers chiffres du téléphone du local", Blocked, Sensitive, "credential"},
		{"The PIN for the card machine is the last four digits of Sue's mobile", Blocked, Sensitive, "credential"},
		{"Grille du jardin partagé : 7C41B, à ne donner qu'aux adhérents", Blocked, Sensitive, "credential"},
		{"Portillon côté parking : 31907", Blocked, Sensitive, "credential"},
		{"Back gate: 4471, the lock sticks", Blocked, Sensitive, "credential"},
		{"pass freebox : girafe-orange-58", Blocked, Sensitive, "credential"},
		{"clé wifi du local: Hx83kQ2m!", Blocked, Sensitive, "credential"},
		{"Wi-Fi at the hall: network HallGuest, key pR4n!t9Zz", Blocked, Sensitive, "credential"},
		{"Pour le cadenas du garage, c'est l'année de naissance de Paul à l'envers", Blocked, Sensitive, "credential"},
		{"Le mot de passe ? Le prénom du petit-fils de la trésorière, en majuscules.", Blocked, Sensitive, "credential"},
		{"Atelier mot de passe : jeudi 14h30-16h, salle 2.", OK, 0, ""},
		{"Mot de passe changé hier, la date de la prochaine réunion sera fixée en bureau.", Doubt, Personal, ""},
		{"Nouveau mot de passe du site, le nom de domaine change aussi.", OK, 0, ""},
		{"Boîte à clés installée, la date de mise en service sera communiquée.", OK, 0, ""},
		{"Le mot de passe ? Demandez à l'accueil.", OK, 0, ""},
		{"Exemple de mot de passe robuste : Tr0ub4dor&3", OK, 0, ""},
		{"Le mot de passe ne doit jamais être le nom du chien suivi de l'année de naissance.", OK, 0, ""},
		{"Portail famille : inscriptions jusqu'au 15 mars.", OK, 0, ""},
		{"Portail : 1200 places assises, buvette à l'entrée.", OK, 0, ""},
		{"Réparation du portail : 350 €.", OK, 0, ""},
		{"Porte ouverte : 1204 visiteurs l'an dernier", OK, 0, ""},
		{"Key dates: 12March2026 for the fair", OK, 0, ""},
		{"Pass Culture : 300 € pour les jeunes de 18 ans.", OK, 0, ""},
	})
}
