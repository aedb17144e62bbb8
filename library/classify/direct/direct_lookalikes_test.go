package direct

import "testing"

// Generalisation cases: new sentences for the error patterns measured on
// an independent set (references, prices, short credential keywords,
// generic use, foreign national phones, spelled-out addresses, public
// service numbers). Each rule has positives and negatives.

func TestDirectReferencesAreNotPhones(t *testing.T) {
	checkNone(t, "phone", []string{
		"Votre commande n° 0623457891 partira lundi",
		"Réf. 07 45 12 89 30 sur le bon de livraison",
		"ticket de caisse 0698125634, à garder",
		"Tirage de la tombola : le 0734561289 gagne le panier garni",
		"Facture 0156781234 réglée par virement",
		"Numéro de dossier : 0678912345",
		"Order 0644123987 has shipped",
		"Lot n°0612784512 du marché de Noël",
		"#0622446688 dans le suivi des colis",
		"Le kilo de pommes passe à 02,80 € et le pot de miel à 07,50€",
		"Cotisation réduite : 06,00 € pour les étudiants",
	})
	checkDirect(t, []directCase{
		{"Dossier suivi par Mme Faure, joignable au 06 23 45 78 91", "phone", Blocked, "06 23 45 78 91"},
		{"Pour la commande, appeler Yanis au 07 81 45 12 36", "phone", Blocked, "07 81 45 12 36"},
		{"Sa facture est chez lui, son n° : 06 45 98 12 77", "phone", Blocked, "06 45 98 12 77"},
		{"Ticket remis à Paul ; son portable 0645981277", "phone", Blocked, "0645981277"},
		{"Pour toute commande de colis : 06 71 82 93 14", "phone", Blocked, "06 71 82 93 14"},
	})
}

func TestDirectShortCredentialKeywords(t *testing.T) {
	checkDirect(t, []directCase{
		{"compte mairie, pass =Marelle#88", "credential", Blocked, "pass =Marelle#88"},
		{"box: pw:orange4521", "credential", Blocked, "pw:orange4521"},
		{"NAS pwd:Gr4nge!", "credential", Blocked, "pwd:Gr4nge!"},
		{"ordinateur du local mdp=kiwi2023", "credential", Blocked, "mdp=kiwi2023"},
		{"Login tresorier.asso / Cerise_1999 pour la banque", "credential", Blocked, "Cerise_1999"},
		{"login: l.moreau@laposte.net / Bateau77x", "credential", Blocked, "Bateau77x"},
		{"login: l.moreau@laposte.net / Bateau77x", "email", Blocked, "l.moreau@laposte.net"},
		{"écrire à l.moreau@laposte.net, mdp=Bateau77x", "credential", Blocked, "mdp=Bateau77x"},
		{"Wifi key for the kitchen: lemon-tree-58", "credential", Blocked, "Wifi key for the kitchen: lemon-tree-58"},
		{"ordi de l'accueil, motdepasse : Hibou_2023", "credential", Blocked, "motdepasse : Hibou_2023"},
	})
	checkNone(t, "credential", []string{
		"Le pass culture : 300 € pour les jeunes de 18 ans",
		"Pass Navigo à 86,40 € par mois",
		"pass sanitaire plus demandé",
		"Join our password workshop on Saturday morning",
		"How to use a password manager: free session for seniors",
		"Password hygiene day 2026 at the library",
		"Atelier mot de passe 2026 à la médiathèque, ouvert à tous",
		"Conseils : utilisez un gestionnaire de mots de passe",
		"password: use a password manager, never a sticky note",
	})
}

func TestDirectForeignNationalPhones(t *testing.T) {
	checkDirect(t, []directCase{
		{"You can ring Siobhan on 07700 900456 after six", "phone", Blocked, "07700 900456"},
		{"His landline is 020 7946 0321", "phone", Blocked, "020 7946 0321"},
		{"She moved back to Dublin, her mobile is 087 765 4321", "phone", Blocked, "087 765 4321"},
		{"Text Mike at (212) 555-0147 please", "phone", Blocked, "(212) 555-0147"},
		{"Our volunteer in Geneva: 078 765 43 21", "phone", Blocked, "078 765 43 21"},
	})
	checkNone(t, "phone", []string{
		"The hall seats 120 people and 350 260 1200 tickets were printed",
		"We raised 125 000 500 euros over the years",
		"Rooms 204 and 205 are free at 10 and 12",
		"Ordre du jour : points 120 350 et 1200 du budget",
	})
}

func TestDirectSpelledEmails(t *testing.T) {
	checkDirect(t, []directCase{
		{"write to tom.baker at yahoo dot com", "email", Blocked, "tom.baker at yahoo dot com"},
		{"mon mail : lea_r arobase free point fr", "email", Blocked, "lea_r arobase free point fr"},
		{"reach k.osei (at) outlook (dot) com", "email", Blocked, "k.osei (at) outlook (dot) com"},
		{"écrire à martin.v[at]orange[dot]fr", "email", Blocked, "martin.v[at]orange[dot]fr"},
		{"mail perso : nadia.k[at]sfr[.]fr", "email", Blocked, "nadia.k[at]sfr[.]fr"},
		{"reach him at b.ross(at)mail(.)com", "email", Blocked, "b.ross(at)mail(.)com"},
		{"his address: pjones at gmail dot com", "email", Blocked, "pjones at gmail dot com"},
		{"Reply to anna dot kowalski at gmail dot com", "email", Blocked, "anna dot kowalski at gmail dot com"},
		{"mail de Loïc : loic.b @ free.fr", "email", Blocked, "loic.b @ free.fr"},
		{"écrire à s.nguyen@orange point fr", "email", Blocked, "s.nguyen@orange point fr"},
		{"c'est antoine.roy chez free point fr", "email", Blocked, "antoine.roy chez free point fr"}, // « chez » said for '@'
		{"marie92 chez orange point fr", "email", Blocked, "marie92 chez orange point fr"},
	})
	checkNone(t, "email", []string{
		"She works at google.com now",
		"Meet at the library dot com event",
		"the score was three at ten point five",
		"Écrire à contact arobase asso point fr",
		"on se retrouve at home.",
		"RDV @ 18h devant la salle",
		"Écrire à contact @ asso.fr",
		"Suivez-nous @ la fête du quartier",
		"On dîne chez Paul point com.",
		"Les courses chez free point fr",
	})
}

func TestDirectPublicServiceLandline(t *testing.T) {
	checkNone(t, "phone", []string{
		"Standard de la médiathèque : 02 41 24 12 00",
		"Réservations au standard du centre social, 05 56 12 34 00",
		"Accueil de la mairie : 01 44 12 34 56",
	})
	checkDirect(t, []directCase{
		{"Le fixe de Mme Garnier : 02 41 88 12 34", "phone", Blocked, "02 41 88 12 34"},
	})
}

// A British mobile as the British write it (five digits from 07, then
// six) is no French number: it is a phone without an English word
// around it; a longer run or a reference is not.
func TestDirectBritishMobileShape(t *testing.T) {
	checkDirect(t, []directCase{
		{"Listening line: 07700 900123", "phone", Blocked, "07700 900123"},
		{"Delegation: 07700 900789", "phone", Blocked, "07700 900789"},
	})
	checkNone(t, "phone", []string{
		"Commande n° 07700 900123 456",
		"Réf. 07700 900123",
	})
}
