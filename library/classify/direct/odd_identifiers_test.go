package direct

import "testing"

// Identifiers typed oddly: letters for digits, phones in threes, a
// comma for the domain's dot, a doubled at-sign, a NIR with tildes, a
// National Insurance number in lower case, a password without its
// keyword. Each shape has look-alikes that must stay public.

func TestDirectLetterTypedForDigit(t *testing.T) {
	checkDirect(t, []directCase{
		{"appelle Morgane au O6 23 l4 56 S8 ce soir", "phone", Blocked, "O6 23 l4 56 S8"},
		{"tél. 07-8l-22-O9-45", "phone", Blocked, "07-8l-22-O9-45"},
		{"NIR : 1 8O O5 75 l12 345 67", "nir", Blocked, "1 8O O5 75 l12 345 67"},
	})
	checkNone(t, "phone", []string{
		"Salles S1, S2 et S3, niveau B2, de 10 h à 12 h",
		"Les U11 et U13 jouent à 10 h, les U15 à 14 h, les U17 à 16 h",
		"Dosage O2 et CO2 dans la salle 12, le 14 mai",
	})
}

func TestDirectPhoneInThrees(t *testing.T) {
	checkDirect(t, []directCase{
		{"son fixe : 023 456 781 2", "phone", Blocked, "023 456 781 2"},
		{"rappelle Lucas au 076 145 892 3", "phone", Blocked, "076 145 892 3"},
		{"portable 069.812.453.7", "phone", Blocked, "069.812.453.7"},
	})
	checkNone(t, "phone", []string{
		"Le stade compte 12 345 places et 1 200 parkings",
		"Budget 2026 : 125 400 € de dépenses, 131 200 € de recettes",
	})
}

func TestDirectOddEmails(t *testing.T) {
	checkDirect(t, []directCase{
		{"écrire à claire.morel@orange,fr avant lundi", "email", Blocked, "claire.morel@orange,fr"},
		{"his address: p.hughes@btinternet,com", "email", Blocked, "p.hughes@btinternet,com"},
		{"mail : lena.petit@@gmail.com", "email", Blocked, "lena.petit@@gmail.com"},
	})
	checkNone(t, "email", []string{
		"Suivez @asso_lilas, fr et en sur Instagram",
		"Rendez-vous chez Marie,fr pour francophones, au local",
		"contact@@monasso.fr pour les inscriptions",
	})
}

func TestDirectNIRWithOddSeparators(t *testing.T) {
	checkDirect(t, []directCase{
		{"sécu : 2~84~07~69~123~456~16", "nir", Blocked, "2~84~07~69~123~456~16"},
		{"NIR 2_84_07_69_123_456_16", "nir", Blocked, "2_84_07_69_123_456_16"},
	})
}

func TestDirectNationalInsuranceInLowerCase(t *testing.T) {
	checkDirect(t, []directCase{
		{"NI no: ab123456c", "id-document", Blocked, "ab123456c"},
		{"her ni: tw 41 27 90 b", "id-document", Blocked, "tw 41 27 90 b"},
	})
	checkNone(t, "id-document", []string{
		"on se voit le 12 mai au 24 rue Pasteur",
		"de 10 h à 12 h, ou 14 h à 16 h",
	})
}

func TestDirectPasswordWithoutKeyword(t *testing.T) {
	checkDirect(t, []directCase{
		{"pour le portable du local, tu tapes 8hQ3vW7nK2xT", "credential", Blocked, "8hQ3vW7nK2xT"},
		{"box du local : ce qu'il faut entrer c'est Tz4m-Qp8k-2xLr", "credential", Blocked, "Tz4m-Qp8k-2xLr"},
	})
	checkNone(t, "credential", []string{
		"Tirage au sort d'un iPhone15Pro et d'une PS5 à la kermesse",
		"Réf. de commande AB12CD34EF, livraison lundi",
		"Réseau Bbox-7F2A19 pour les invités de la salle",
		"Vidéo : https://www.youtube.com/watch?v=dQw4w9WgXcQ",
		"Écran 4K60fps HDR10 offert par la mairie",
	})
}

// Advice on passwords in general (« créer un mot de passe solide »,
// "a strong password") announces a workshop, not a secret, and a time
// of day after it (« jeudi 10h », "Tuesday 2pm") is no value; a real
// password after the same words stays one.
func TestDirectPasswordAdviceIsNoSecret(t *testing.T) {
	checkNone(t, "credential", []string{
		"Atelier : choisir un mot de passe solide et le noter sur papier, mardi 14h30",
		"Learn how to pick a strong password at the library, Friday 10am",
		"Un mot de passe complexe se retient mieux en phrase, samedi 9h",
	})
	checkDirect(t, []directCase{
		{"mot de passe du local : Solide2024", "credential", Blocked, "mot de passe du local : Solide2024"},
		{"le mdp de la box 10h30Kiwi", "credential", Blocked, "mdp de la box 10h30Kiwi"},
	})
}

// Bank details without their labels: a sort code in dashed pairs and an
// account number, the same after « sort » or a bank word, a routing
// number whose check digit holds and an account number after a bank
// word, « his social is » before nine digits. Scores, orders and a routing
// number that fails its check stay public.
func TestDirectBankDetailsWithoutLabels(t *testing.T) {
	checkDirect(t, []directCase{
		{"paid into 40-12-88 31926655 last week", "iban", Blocked, "40-12-88 31926655"},
		{"sort 401288 acc 31926655 pls", "iban", Blocked, "sort 401288 acc 31926655"},
		{"bank details for the grant: 401288 / 31926655", "iban", Blocked, "401288 / 31926655"},
		{"deposit to 011000015 7734001298 by Friday", "iban", Blocked, "011000015 7734001298"},
		{"her social is 219 09 9999 fyi", "id-document", Blocked, "219 09 9999"},
	})
	checkNone(t, "iban", []string{
		"Order 401288 / 31926655 was shipped",
		"Résultats du loto : 40 12 88 31926655 points",
		"deposit to 011000016 7734001298 by Friday",
		"Sort the 120 boxes by size",
	})
}

// A password given after a dash (« … plus 2023 — Biscuit2023 »), in a
// bracketed pair after the account it opens, or after a comma that
// follows the login's address at the end of the line, is blocked; the
// same shapes without an account, or a word after a dash, are not.
func TestDirectPasswordAfterADashOrInAPair(t *testing.T) {
	checkDirect(t, []directCase{
		{"The Canva password is the hall's name plus 24 — Crescent24.", "credential", Blocked, "password is the hall's name plus 24 — Crescent24"},
		{"Connexion à l'espace Ameli (mdurand / Tilleul1988) pour les remboursements", "credential", Blocked, "Tilleul1988"},
		{"Zoom : benevoles@asso-lilas.fr, Violette77", "credential", Blocked, "Violette77"},
	})
	checkNone(t, "credential", []string{
		"Mot de passe oublié — cliquez sur « Réinitialiser »",
		"Relais olympique (Lyon / Paris2024) devant la mairie",
		"écrire à contact@asso-lilas.fr, Salle2 au fond du couloir",
	})
}

// An address given by its provider and its local part only is an
// address; the provider's name in a workshop or a sentence without a
// local part is not.
func TestDirectAddressByItsProvider(t *testing.T) {
	checkDirect(t, []directCase{
		{"son gmail c'est lea.moreau31", "email", Blocked, "lea.moreau31"},
		{"her hotmail is sam_price88, message her there", "email", Blocked, "sam_price88"},
	})
	checkNone(t, "email", []string{
		"Atelier gmail samedi à 14 h : créer son adresse",
		"Le gmail est gratuit pour les associations",
	})
}
