package classify

import "testing"

// A cleric who leads a rite is at work: the rite is the office, not
// anyone's faith. Whoever else the sentence names keeps the fact.
func TestClericLeadingWorshipIsAtWork(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"L'évêque du diocèse présidera la messe de réouverture de la chapelle, le dimanche 14 septembre à 10h30.", OK, 0, ""},
		{"L'évêque présidera la messe de funérailles de M. Durand.", Blocked, Sensitive, ""},
		{"L'évêque présidera la messe ; la bénévole du jeudi, très pratiquante, y sera.", Blocked, Sensitive, "religion"},
		{"Le prêtre célèbrera la messe pour la guérison de notre trésorière, atteinte d'un cancer.", Blocked, Sensitive, ""},
		{"L'évêque a été mis en examen ; il présidera quand même la messe dimanche.", Blocked, Sensitive, ""},
		{"L'évêque présidera la messe à laquelle notre présidente assiste chaque dimanche.", Blocked, Sensitive, "religion"},
		{"L'évêque présidera la messe, notre secrétaire sera à l'orgue comme chaque dimanche.", Blocked, Sensitive, "religion"},
		{"The priest will celebrate mass at the church our chair attends.", Blocked, Sensitive, "religion"},
	})
}
