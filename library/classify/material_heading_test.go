package classify

import "testing"

// Public material titled as such tells a topic; a person's case under
// the same heading stays a fact.
func TestMaterialHeadingTellsATopic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Fiche pratique : la libération conditionnelle.", OK, 0, ""},
		{"Diabète : fiche pratique", OK, 0, ""},
		{"Brochure : la vie en prison, vos droits.", OK, 0, ""},
		{"Substance use in prison: general fact sheet.", OK, 0, ""},

		{"Fiche de liaison : diabétique, insuline le soir.", Blocked, Sensitive, "health"},
		{"Fiche pratique : Paul est diabétique.", Blocked, Sensitive, "health"},
		{"Guide : il est en prison depuis mars.", Blocked, Sensitive, "criminal"},
		{"Fiche pratique : mon diabète au travail.", Blocked, Sensitive, "health"},
		{"FAQ : mon frère est en prison, que faire ?", Blocked, Sensitive, "criminal"},
		{"Fiche conseil : notre trésorier est en prison.", Blocked, Sensitive, "criminal"},
		{"Fiche pratique : détenu, sortie prévue le 12 mars.", Blocked, Sensitive, "criminal"},
	})
}

// A list of faith adjectives qualifies the faith's things as one
// adjective does; a faith named as the frame of a practice points at no
// one. Believers in the list, or someone in the frame, stay facts.
func TestFaithListsAndFrames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les aumôneries catholique, protestante, musulmane et israélite sont présentes dans les établissements pénitentiaires.", OK, 0, ""},
		{"Les cultes catholique, protestant et musulman sont représentés.", OK, 0, ""},
		{"The Catholic, Protestant and Jewish chaplaincies share one office.", OK, 0, ""},
		{"Dans l'islam, la toilette mortuaire est traditionnellement faite par des proches du même sexe que le défunt.", OK, 0, ""},
		{"In Judaism, the body is buried quickly.", OK, 0, ""},

		{"Les détenus catholique, protestant et musulman prient ensemble.", Blocked, Sensitive, "religion"},
		{"Karim, musulman et protestant, vient.", Blocked, Sensitive, "religion"},
		{"Dans l'islam, mon voisin prie cinq fois par jour.", Blocked, Sensitive, "religion"},
		{"Dans l'islam, il a trouvé la paix.", Blocked, Sensitive, "religion"},
	})
}

// A street named after a titled person (« rue du Docteur Schweitzer »)
// is a street; the doctor's own practice names the doctor.
func TestStreetNamedAfterATitle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre permanence : 12 rue du Docteur Schweitzer, 67000 Strasbourg.", OK, 0, ""},
		{"RDV rue du Professeur Calmette à 14 h.", OK, 0, ""},

		{"le cabinet du Docteur Martin", Blocked, Personal, "name"},
		{"la maison du docteur Martin", Blocked, Personal, "name"},
	})
}

// A person singled out by a demonym or a compound before the person
// noun is one person.
func TestOnlyOneDescribedThroughACompound(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The only Portuguese-speaking volunteer on the Thursday shift asked to move to Saturdays.", Blocked, Personal, "indirect"},
		{"The only Portuguese speaking volunteer on the Thursday shift asked to move.", Blocked, Personal, "indirect"},

		{"Only Portuguese-speaking volunteers can join the Thursday shift.", OK, 0, ""},
		{"The only wheelchair-accessible venue is the town hall.", OK, 0, ""},
	})
}

// The association's own plan left open by a hedge is not settled news,
// even when it names a public activity; an invitation is an announcement.
func TestHedgedPlanOfOurs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Nous allons probablement ouvrir un deuxième groupe de parole à Vannes l'an prochain.", Doubt, 0, "internal"},
		{"On ouvrira peut-être un atelier cuisine.", Doubt, 0, "internal"},
		{"We might open a second support group in Leeds next year.", Doubt, 0, "internal"},

		{"L'atelier aura peut-être lieu dehors s'il fait beau.", OK, 0, ""},
		{"Nous serons peut-être au forum des associations, venez nous voir !", OK, 0, ""},
		{"La bénévole responsable de l'atelier couture peut être jointe à l'adresse de l'association.", OK, 0, ""},
	})
}

// The reviewer's leaks of the heading and faith rules: a lower-case
// first name, an indefinite person, a number, a verb that states.
func TestMaterialHeadingKeepsPeople(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"fiche pratique : karim est séropositif", Blocked, Sensitive, "health"},
		{"Fiche pratique : un bénévole est séropositif", Blocked, Sensitive, "health"},
		{"FAQ : dépression, julie", Blocked, Sensitive, "health"},
		{"Fact sheet: a volunteer, 45, is HIV positive", Blocked, Sensitive, "health"},
		{"Guide : la guide du musée est enceinte", Blocked, Sensitive, "health"},
		{"Fiche pratique : bénévole séropositif à Vannes", Blocked, Sensitive, "health"},
		{"Fiche pratique : casier judiciaire n° 12345", Blocked, Sensitive, "criminal"},
		{"Brochure : témoignage d'une adhérente séropositive", Blocked, Sensitive, "health"},
		{"fiche pratique : dede est en prison", Blocked, Sensitive, "criminal"},
		{"In Islam, karim fasts", Blocked, Sensitive, "religion"},

		{"Nous étions probablement 200 à la marche de samedi.", OK, 0, ""},
		{"on va ptet ouvrir un atelier a vannes", Doubt, 0, "internal"},
	})
}
