package classify

import "testing"

// Health told by euphemism of someone (« a des soucis de santé », « un
// pépin de santé », « fragile psychologiquement », "in and out of
// hospital", "a health scare", "health problems" of one officer):
// category 4 next to a person, blocked even when the trouble noun is in
// the plural. A workshop, a talk or a health desk for a public keep their
// verdict, and a statistic about the members stays a doubt.
func TestHealthToldByEuphemism(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Perrin a des soucis de santé, elle ne pourra plus faire les colis.", Blocked, Sensitive, "health"},
		{"Karim est fragile psychologiquement en ce moment, ménagez-le.", Blocked, Sensitive, "health"},
		{"Tom's been in and out of hospital since Christmas.", Blocked, Sensitive, "health"},
		{"Notre secrétaire a eu un pépin de santé, elle reviendra en mars.", Blocked, Sensitive, "health"},
		{"Depuis l'hiver, Gilbert a des ennuis de santé et ne conduit plus le minibus.", Blocked, Sensitive, "health"},
		{"Sheila had a health scare in June, so she is stepping down from the rota.", Blocked, Sensitive, "health"},
		{"Mme Faure a une santé fragile, évitez de lui confier les cartons.", Blocked, Sensitive, "health"},
		{"He has a health problem, so he can't do the night shift at the shelter.", Blocked, Sensitive, "health"},
		{"Our treasurer has health issues and is stepping back for a while.", Blocked, Sensitive, "health"},
		{"Our chairwoman has health problems, so the vice-chair will run the AGM.", Blocked, Sensitive, "health"},
		{"Atelier : parler de ses soucis de santé, ouvert à tous.", OK, Public, ""},
		{"Health issues in later life: a free talk at the library on Thursday.", OK, Public, ""},
		{"Conférence sur la santé fragile des aidants, entrée libre.", OK, Public, ""},
		{"Permanence santé : venez parler de vos pépins de santé avec une infirmière.", OK, Public, ""},
		{"Les adhérents ont souvent des problèmes de santé liés à l'âge : atelier mémoire ouvert à tous.", Doubt, 0, ""}, // a doubt before this rule, and still
	})
}

// A mind troubled, said in everyday words (« parle tout seul », « un peu
// dérangée », "talks to himself"), is health about the person; « vous
// avoir dérangée » disturbs no mind, a character who talks to himself is
// no one.
func TestTroubledMindInEverydayWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La dame du 5e parle toute seule dans l'ascenseur.", Blocked, Sensitive, "health"},
		{"Mme Ferrand est un peu dérangée depuis l'hiver.", Blocked, Sensitive, "health"},
		{"Mr Hale talks to himself all day in the lounge.", Blocked, Sensitive, "health"},
		{"Désolé de vous avoir dérangée, Mme Roux.", Blocked, Personal, "name"},
		{"Atelier théâtre : on joue un personnage qui parle tout seul.", OK, 0, ""},
	})
}
