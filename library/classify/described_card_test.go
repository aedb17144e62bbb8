package classify

import "testing"

// A person described like an index card, without a name: a bare person
// noun, an anonymisation code or initials, then age, trade, family and
// place. Two of them single out one person in a small place: blocked.
// Plurals, job offers and a typical profile keep their verdict.
func TestPersonDescribedLikeACard(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Homme, 67 ans, ancien maçon, vit seul à Lormes.", Blocked, Personal, "indirect"},
		{"Femme de 52 ans, aide à domicile, divorcée, habite Clamecy.", Blocked, Personal, "indirect"},
		{"Retraitée, 74 ans, veuve, seule dans sa maison du hameau de Chaumont.", Blocked, Personal, "indirect"},
		{"Père de 45 ans, chauffeur, trois enfants, à Decize.", Blocked, Personal, "indirect"},
		{"Bénévole, 23 ans, étudiante en droit, habite au-dessus de la boulangerie de Varzy.", Blocked, Personal, "indirect"},
		{"Man, 58, retired postman, lives alone in Tannay.", Blocked, Personal, "indirect"},
		{"Woman, 43, nurse, two children, lives in Corbigny.", Blocked, Personal, "indirect"},
		{"Man aged 71, former plumber, lives in a hamlet near Luzy.", Blocked, Personal, "indirect"},
		{"Personne_004, 61 ans, ancien électricien, quartier des Bords de Loire.", Blocked, Personal, "indirect"},
		{"Personne_006, 35 ans, ancienne coiffeuse, vit à Saint-Saulge.", Blocked, Personal, "indirect"},
		{"Personne_007, 48 ans, quartier des Glacis.", Blocked, Personal, "indirect"},
		{"Jeune femme de 22 ans, serveuse, habite Cosne avec son fils.", Blocked, Personal, "indirect"},
		{"Elderly man, 84, former baker, lives alone above the old forge in Donzy.", Blocked, Personal, "indirect"},
		{"Voisine, 70 ans, ancienne institutrice, la maison bleue du hameau des Loges.", Blocked, Personal, "indirect"},
		{"Mère de 31 ans, caissière, quatre enfants, vit à Prémery.", Blocked, Personal, "indirect"},
		// look-alikes: a job offer, plurals, a public described, a code with no description
		{"Femme de ménage recherchée pour le local, 10 h par semaine.", OK, Public, ""},
		{"Hommes et femmes de plus de 60 ans : atelier mémoire à Lormes.", OK, Public, ""},
		{"Volunteers, 18 and over, welcome at the Saturday market in Luzy.", OK, Public, ""},
		{"Personne_001 viendra mardi à 14 h.", OK, Public, ""},
		{"Bénévole, c'est donner un peu de son temps aux autres.", OK, Public, ""},
		{"Man of the match: the whole under-12 team!", OK, Public, ""},
		{"Fête du quartier des Glacis samedi à 15 h, ouverte à tous.", OK, Public, ""},
		{"Jeunes de 16 à 25 ans : permanence emploi le mardi à Cosne.", OK, Public, ""},
		{"Young people, 16 to 25, can join the job club on Tuesdays.", OK, Public, ""},
		// rules of access and job offers: an age and a town, no one's life
		{"Enfant, 6 ans minimum, accompagné d'un adulte, à la piscine de Nevers.", OK, Public, ""},
		{"Adhérent, 18 ans et plus, inscription au forum de Cosne.", OK, Public, ""},
		{"Bénévole, 16 ans minimum, pour la collecte de Decize.", OK, Public, ""},
		{"Participant, 12 ans révolus, tenue de sport obligatoire, gymnase de Luzy.", OK, Public, ""},
		{"Stagiaire, 6 mois, à pourvoir dès septembre à Nevers.", OK, Public, ""},
	})
}

// notBlocked checks texts that may be a doubt but must not be blocked.
func notBlocked(t *testing.T, texts ...string) {
	t.Helper()
	c := rulesOnly() // the rules' look-alikes: learned_check_test.go checks what the learned check adds
	for _, text := range texts {
		if r := c.Classify(text); r.Verdict == Blocked {
			t.Errorf("%q: blocked %v", text, describe(text, r))
		}
	}
}

func TestPublicDescribedLikeACardIsNotBlocked(t *testing.T) {
	notBlocked(t,
		"Femmes, 30-45 ans, mères isolées : le public de l'atelier du jeudi.",
		"Profil type du public : femme, 40 ans, deux enfants, sans emploi.",
		"Homme ou femme, 25 ans minimum, permis B, pour le poste d'animateur à Nevers.",
	)
}
