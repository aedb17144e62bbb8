package classify

import "testing"

// Special categories told by allusion, in the words of those around the
// person: a memory that fails, a walking frame, a refusal « pour raisons
// religieuses », selling sex, being drunk again, Thursdays spent at the
// union's premises. The same words in a public notice pass.
func TestEverydayAllusionsToSpecialCategories(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Depuis l'été, M. Garnier perd un peu la tête, sa fille s'inquiète.", Blocked, Sensitive, "health"},
		{"Our neighbour Mr Ross is losing his memory and got lost twice.", Blocked, Sensitive, "health"},
		{"Mme Dubois se déplace avec un déambulateur depuis sa chute.", Blocked, Sensitive, "health"},
		{"Ask Jean if his mobility scooter fits in the van.", Blocked, Sensitive, "health"},
		{"Le fils de Mme Roy refuse les transfusions pour raisons religieuses.", Blocked, Sensitive, "religion"},
		{"Priya won't eat with us for religious reasons.", Blocked, Sensitive, "religion"},
		{"La voisine du 3e se prostitue pour payer son loyer.", Blocked, Sensitive, "sexuality"},
		{"He sells sex near the station to get by.", Blocked, Sensitive, "sexuality"},
		{"Le concierge était encore ivre hier soir au local.", Blocked, Sensitive, "health"},
		{"Our caretaker was drunk again on Saturday.", Blocked, Sensitive, "health"},
		{"Il passe tous ses jeudis à la Bourse du travail.", Blocked, Sensitive, "union"},
		{"Tom goes to the union branch every Tuesday night.", Blocked, Sensitive, "union"},
		{"Conférence à la Bourse du travail : l'histoire du 1er mai, entrée libre.", OK, 0, ""},
		{"Don du sang : une transfusion sauve des vies, venez samedi.", OK, 0, ""},
		{"Atelier mémoire pour les seniors qui ont peur de perdre la tête, ouvert à tous.", OK, 0, ""},
	})
}

// Care, birth and addiction in the words of a text message or of a
// friend: « jsuis a lhosto », a premature baby, suicidal thoughts, "clean
// for six months".
func TestCareAndAddictionInEverydayWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"dsl jpeux pas venir, jsuis a lhosto depuis hier", Blocked, Sensitive, "health"},
		{"Ma cousine Fatima a eu son bébé prématuré, il est en couveuse.", Blocked, Sensitive, "health"},
		{"Anaïs a des idées suicidaires d'après sa mère.", Blocked, Sensitive, "health"},
		{"Steph has been clean for six months now.", Blocked, Sensitive, "health"},
		{"Our driver goes to AA meetings on Thursdays.", Blocked, Sensitive, "health"},
		{"Journée de prévention du suicide : stand d'écoute, ouvert à tous.", OK, 0, ""},
	})
}

// Places and steps that tell the fact without its usual noun: a prison
// for minors, asylum granted, a Masonic lodge, coming out to one's family.
func TestPlacesAndStepsThatTellTheFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le jeune qu'on accompagne est sorti de l'EPM la semaine dernière.", Blocked, Sensitive, "criminal"},
		{"Ibrahim a obtenu l'asile en 2021.", Blocked, Sensitive, "origin"},
		{"Notre président est franc-maçon, il va à la loge le mardi.", Blocked, Sensitive, "religion"},
		{"Nadia came out to her brother at Christmas.", Blocked, Sensitive, "sexuality"},
		{"Conférence sur le droit d'asile en Europe, entrée libre.", OK, 0, ""},
	})
}

// English at the level of French: sick notes, operations, a breakdown,
// the sex offenders register, an asylum claim.
func TestEnglishWordsOfCareCourtsAndAsylum(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mrs Jones has been signed off work with stress.", Blocked, Sensitive, "health"},
		{"Greg had a vasectomy so he can't do the fun run.", Blocked, Sensitive, "health"},
		{"Our chair had a breakdown last winter.", Blocked, Sensitive, "health"},
		{"The new volunteer is on the sex offenders register.", Blocked, Sensitive, "criminal"},
		{"Sandra's son is in a young offenders' institution.", Blocked, Sensitive, "criminal"},
		{"Mohammed's asylum claim was refused last week.", Blocked, Sensitive, "origin"},
		{"Talk on the history of the asylum system, free entry.", OK, 0, ""},
	})
}
