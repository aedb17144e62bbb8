package classify

import "testing"

// Time in prison and the measures of the criminal courts told in
// everyday words are a criminal matter about the person they are told of
// (category 4); the same words about no one (a debate, an exhibition, a
// film's title) pass.
func TestPrisonTimeInEverydayWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le frère de Yanis est derrière les barreaux depuis l'hiver", Blocked, Sensitive, "criminal"},
		{"Notre bénévole du mardi a purgé une peine de deux ans", Blocked, Sensitive, "criminal"},
		{"Mme Caron a eu un rappel à la loi pour son chien", Blocked, Sensitive, "criminal"},
		{"Il a fini au mitard la semaine dernière, d'après sa mère", Blocked, Sensitive, "criminal"},
		{"Sa libération est prévue pour l'automne, il aura besoin d'un logement", Blocked, Sensitive, "criminal"},
		{"Dean was released from prison in March and wants to volunteer", Blocked, Sensitive, "criminal"},
		{"Her son is on remand, she won't make the Tuesday session", Blocked, Sensitive, "criminal"},
		{"Gavin got a community order and does his hours with us", Blocked, Sensitive, "criminal"},
		{"Ciné-débat « Derrière les barreaux », entrée libre, jeudi 20h", OK, 0, ""},
		{"Rencontre avec l'Observatoire international des prisons sur la vie derrière les barreaux", OK, 0, ""},
		{"Talk: what a community order means, with a magistrate, open to all", OK, 0, ""},
	})
}
