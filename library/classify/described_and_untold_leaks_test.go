package classify

import "testing"

// Persons told by a description, identifiers and the association's
// matters told in passing, as blind training sets wrote them (train18);
// the sentences here are our own.
func TestPersonsToldByADescription(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La collégienne qui vient au soutien scolaire le jeudi habite au-dessus de la boulangerie.", Blocked, Personal, "indirect"},
		{"The 15-year-old who helps at the Sunday car boot sale has moved to Leeds.", Blocked, Personal, "indirect"},
		{"One of our foster parents was convicted of fraud last year.", Blocked, Sensitive, "criminal"},
		// a plate, with the person it belongs to
		{"Plaque de la bénévole qui bloque l'entrée du parking : FT-319-QA.", Blocked, Personal, "licence-plate"},
		// no one: an age as a rule, a share of pupils
		{"A 16-year-old may volunteer with a parent's written consent.", OK, 0, ""},
	})
}

func TestMattersToldInPassing(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les recettes de la tombola n'ont jamais été déclarées, on fait comment ?", Blocked, Sensitive, "finance"},
		{"Projet non annoncé : regrouper les deux accueils de jour à la rentrée.", Blocked, Sensitive, "confidential"},
		{"Pour le bail, notre plancher, c'est 900 € par mois, pas un centime de moins.", Blocked, Sensitive, "negotiation"},
		{"On arrête avec le transporteur en mars, mais ne lui dis rien avant d'avoir signé ailleurs.", Blocked, Sensitive, "confidential"},
		{"Un licenciement pour motif économique est envisagé pour l'animatrice du soir.", Blocked, Sensitive, "hr"},
		// public look-alikes
		{"Concert non annoncé dans le programme : la chorale chantera en ouverture du marché de Noël !", OK, 0, ""},
		{"Notre plafond est de douze personnes par atelier, inscription obligatoire.", OK, 0, ""},
	})
}

// A health fact or a sex life told by its equipment, its care or its
// relationship is category 4 about the person named; the same things of
// no one pass.
func TestSpecialFactToldByItsEquipment(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pour la sortie, Gaston doit emporter son pilulier et son fauteuil.", Blocked, Sensitive, "health"},
		{"Lucy will miss the first hour: it's her injection day at the memory clinic.", Blocked, Sensitive, "health"},
		{"Noé ne veut plus qu'on utilise son ancien prénom sur les listes.", Blocked, Sensitive, "sexuality"},
		{"La salle des fêtes est accessible en fauteuil roulant par l'entrée nord.", OK, 0, ""},
		{"Les piluliers sont vendus en pharmacie.", OK, 0, ""},
	})
}

// What « interne » blocked by mistake as a health fact (« interné »
// without accents) is blocked for what it is: a list kept inside with
// negotiated prices, takings never passed on.
func TestMattersOnceBlockedByInterne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tarifs négociés avec nos trois traiteurs, à garder en interne.", Blocked, Sensitive, "confidential"},
		{"Contrôle des caisses : les droits d'entrée du tournoi, payés en liquide, jamais reversés au club.", Blocked, Sensitive, "finance"},
	})
}
