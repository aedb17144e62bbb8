package classify

import "testing"

// A full name that no list holds passes where the sentence dates it a
// century ago or more, and stays a person with a civility, a relation to
// the association or to kin, news, a birth year or a recent date.
func TestPersonDatedCenturyAgoIsHistorical(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Exposition sur Eugène Varlin, relieur et communard fusillé en 1871, à la bourse du travail.",
		"Conférence : Marguerite Durand fonde le journal La Fronde en 1897.",
		"Balade commentée : Hubertine Auclert, militante du droit de vote des femmes dès 1876.",
		"Our history walk tells how Octavia Hill opened her first housing scheme in 1865.",
		"Lecture des lettres de poilus : Gaston Rouvier écrit à sa sœur en 1916.",
	} {
		// other rules may doubt the rest of the sentence; the name is no one's
		for _, f := range c.Classify(s).Findings {
			if f.Rule == "name" || f.Verdict == Blocked {
				t.Errorf("%q: %s %s", s, f.Rule, f.Verdict)
			}
		}
	}
}

func TestPersonDatedCenturyAgoGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Jeanne Roussel, née en 1924, a besoin d'un accompagnement pour ses courses.", Blocked, 0, "name"},
		{"Mme Odette Lamarque garde la photo de 1912 de son village.", Blocked, Personal, "name"},
		{"Notre bénévole Paul Varlin apporte des cartes postales de 1910.", Blocked, Personal, "name"},
		{"Marcel Rouvier a retrouvé la lettre de son grand-père, écrite en 1916.", Blocked, Personal, "name"},
		{"Paul Varlin a adhéré en 1995 et tient la buvette.", Blocked, Personal, "name"},
		{"Marcel Rouvier est hospitalisé, il nous montrait ses pièces de 1900.", Blocked, Sensitive, ""},
		{"Paul Varlin viendra samedi avec les documents de 1871.", Blocked, Personal, "name"},
		{"Our choir, founded in 1890, is run by Sarah Whitcombe.", Blocked, Personal, "name"},
		{"Built in 1900, the hall is looked after by Sarah Whitcombe.", Blocked, Personal, "name"},
		{"La salle, construite en 1900, est entretenue par Paul Lemaire.", Blocked, Personal, "name"},
		{"L'amicale, créée en 1905, est présidée par Jean Dupont.", Blocked, Personal, "name"},
	})
}

// A number that is no date (a score, a count) dates no one.
func TestNumberThatIsNoDateDatesNoOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"HOLLAND, Margaret | Plouaret | rating 1720", Blocked, Personal, ""},
		{"Paul Lemaire a couru 1500 mètres au cross.", Blocked, Personal, "name"},
	})
}
