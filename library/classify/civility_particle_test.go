package classify

import "testing"

// A particle after a civility opens a surname whatever the word after
// it; a particle and a surname in capitals before an initial is a name.
// Offices keep their article, and a firm's or a town's letters are no
// initial.
var civilityParticleCases = []ruleCase{
	{"Mme Le Roux a rappelé pour le colis.", Blocked, Personal, "name"},
	{"M. Le Blanc, absent excusé", Blocked, Personal, "name"},
	{"Mme De La Rue", Blocked, Personal, "name"},
	{"M. LE GALL Y. – relance adhésion 2026", Blocked, Personal, "name"},
	{"DU PLESSIS H. ; cotisation réglée", Blocked, Personal, "name"},
	// look-alikes: offices, firms, towns
	{"Monsieur Le Maire, nous avons l'honneur de vous inviter.", OK, 0, ""},
	{"M. le Préfet a signé l'arrêté.", OK, 0, ""},
	{"Abonnement au journal Le Monde pour la bibliothèque.", OK, 0, ""},
	{"LA POSTE S.A. : facture de janvier", OK, 0, ""},
	{"Match contre LE MANS F.C. samedi", OK, 0, ""},
}

func TestCivilityParticleOpensASurname(t *testing.T) {
	runRuleCases(t, civilityParticleCases)
}
