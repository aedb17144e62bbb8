package classify

import "testing"

// Sex life and gender identity told by a verb in any tense (« se
// prostituerait », « s'est prostituée », "has transitioned") about a
// person: category 4. A talk on prostitution, a club that transitioned to
// new software or the ecological transition keep their verdict.
func TestSexLifeAndGenderToldByAConjugatedVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"le seul jeune de 17 ans du foyer se prostituerait le week-end d'après un éduc", Blocked, Sensitive, "sexuality"},
		{"Selon l'assistante sociale, Jessica se prostituerait pour payer son loyer.", Blocked, Sensitive, "sexuality"},
		{"Il se prostituera encore si on ne lui trouve pas d'hébergement.", Blocked, Sensitive, "sexuality"},
		{"Nadia s'est prostituée pendant deux ans avant d'arriver au CHRS.", Blocked, Sensitive, "sexuality"},
		{"Alex (he/him) transitioned last year: please use his new name on the team sheet.", Blocked, Sensitive, "sexuality"},
		{"Our goalkeeper Robin has transitioned, so update the changing-room list.", Blocked, Sensitive, "sexuality"},
		{"Jamie transitioned during lockdown and prefers not to talk about it.", Blocked, Sensitive, "sexuality"},
		{"Kim has transitioned since the last tournament, please use her new name.", Blocked, Sensitive, "sexuality"},
		{"Conférence « prostitution et exploitation », ouverte à tous.", OK, Public, ""},
		{"We transitioned to the new booking system in May, thanks for your patience.", OK, Public, ""},
		{"The club has transitioned to online membership cards this season.", OK, Public, ""},
		{"Table ronde : la transition écologique dans les clubs sportifs.", OK, Public, ""},
	})
}
