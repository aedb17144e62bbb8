package classify

import "testing"

// A full name in a deed of the making of a law, dated a generation ago
// (a law carried or drafted, named with its topic), is a figure of
// history: it passes, as a name a century old does.
func TestDatedPublicDeedIsHistory(t *testing.T) {
	allPass(t,
		"Lucien Neuwirth a porté la loi sur la contraception devant l'Assemblée nationale en 1967.",
		"Barbara Castle steered the Equal Pay Act through Parliament in 1970.",
		"Frances Perkins drafted the Social Security Act for the government in 1935.",
	)
}

// Two names joined by « et » in the same dated deed are two items of one
// list: the second is public as the first is, and so is a law's topic
// once no person is left in the sentence (law_statements.go).
func TestDatedPublicDeedCoordinated(t *testing.T) {
	allPass(t,
		"In 1970, Barbara Castle and Edward Heath steered the Equal Pay Act through Parliament.",
		"En 1967, Lucien Neuwirth et Georges Pompidou ont défendu la loi sur la contraception devant l'Assemblée nationale.",
	)
}

// A member's career has no public frame; a special-category fact, a
// passive verb, a relation, news, kin, a civility or a verb of soon keep
// the person, whatever the law or the date in the sentence.
func TestDatedPublicDeedGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Marie Dupont a présidé le club de pétanque de 1980 à 1998.", Blocked, Personal, "name"},
		{"Paul Martin a été condamné en 1995 en vertu de la loi sur les stupéfiants.", Blocked, Sensitive, "name"},
		{"Paul Martin, condamné en 1995 au titre de la loi sur les stupéfiants, vient le mardi.", Blocked, Sensitive, "name"},
		{"Notre bénévole Jeanne Roux a défendu la loi Evin en 1991 dans son lycée.", Blocked, Personal, "name"},
		{"Karim Haddad, séropositif depuis 1992, a témoigné devant l'Assemblée nationale.", Blocked, Sensitive, "name"},
		{"Lucie Perrin a dénoncé publiquement son mari violent en 1998.", Blocked, 0, "name"},
		{"Sandrine Meyer viendra parler de la loi de 1998 à l'AG.", Blocked, Personal, "name"},
		{"Sarah Whitcombe, our treasurer, lobbied Parliament in 1996.", Blocked, Personal, "name"},
		{"Tom Baker has been on the national register since 1998.", Blocked, Personal, "name"},
		{"Mme Odile Lenoir a défendu la loi en 1985 devant l'Assemblée nationale.", Blocked, Personal, "name"},
		{"Hélène Garnier a été hospitalisée en 1999 après le vote de la loi.", Blocked, Sensitive, "name"},
		{"Fatou Diallo a obtenu la nationalité française en 1994 grâce à la loi.", Blocked, 0, "name"},
		{"Georges Petit a déposé publiquement son bilan en 1996, sa famille en parle encore.", Blocked, Personal, "name"},
		{"Jean Dupont, né en 1950, a travaillé toute sa vie au Sénat.", Blocked, Personal, "name"},
		// a private stand, a career, an association's assembly, a breach of the law
		{"Marie Dupont a témoigné publiquement en 1995 contre son agresseur.", Blocked, 0, "name"},
		{"Marie Dupont a parlé publiquement de son divorce en 1997.", Blocked, 0, "name"},
		{"Marie Dupont a travaillé au Sénat de 1980 à 1998.", Blocked, Personal, "name"},
		{"Marie Dupont a présidé l'assemblée générale en 1990.", Blocked, Personal, "name"},
		{"Marie Dupont a enfreint la loi en 1995.", Blocked, 0, "name"},
		{"Marie Dupont a défendu la loi en 1995 devant son employeur.", Blocked, 0, "name"},
		{"Paul Martin worked for the government from 1980 to 1998.", Blocked, Personal, "name"},
		{"Paul Martin took the bus to Parliament in 1998.", Blocked, Personal, "name"},
		// an institution alone is no frame: a career, a resignation
		{"Marie Dupont a présenté son CV au Sénat en 1995.", Blocked, Personal, "name"},
		{"Sophie Martin a présidé le conseil de la Constitution de son lycée en 1990.", Blocked, Personal, "name"},
		{"Paul Martin a présenté sa démission au gouvernement en 1998.", Blocked, 0, "name"},
		{"Paul Martin a défendu la loi devant l'Assemblée nationale en 1985 avec son fils.", Blocked, Personal, "name"},
		{"Paul Martin lobbied Parliament in 1985 with his son.", Blocked, Personal, "name"},
		{"Robert Badinter a fait abolir la peine de mort en 1981 avec Paul Martin et Léa Durand, nos bénévoles.", Blocked, 0, "name"},
		{"Rappel : en 1981, Robert Badinter et Marie Dupont, séropositive, ont parlé à l'Assemblée nationale.", Blocked, Sensitive, "name"},
	})
}
