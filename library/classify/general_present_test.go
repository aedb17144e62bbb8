package classify

import "testing"

// A special-category topic stated in the general present (what a
// measure, a treatment or a rite does, lasts or allows for anyone) is no
// one's fact; the same words tied to someone — a possessive, a name, a
// pronoun, an object pronoun, a day, a person in another sentence — stay
// blocked.
func TestGeneralPresentTopicPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La garde à vue peut être prolongée à 48 heures sur décision du procureur.", OK, 0, ""},
		{"Le bracelet électronique permet d'exécuter une peine à domicile.", OK, 0, ""},
		{"La grossesse dure environ quarante et une semaines d'aménorrhée.", OK, 0, ""},
		{"Le titre de séjour pluriannuel est délivré après un premier titre d'un an.", OK, 0, ""},
		{"La PrEP est désormais prescrite par les médecins généralistes.", OK, 0, ""},
		{"Le casier judiciaire comporte trois bulletins.", OK, 0, ""},
		{"Le sursis probatoire peut durer jusqu'à trois ans.", OK, 0, ""},
		{"Le ramadan dure un mois lunaire.", OK, 0, ""},
		{"La dialyse péritonéale se fait à domicile, la nuit, avec un appareil automatique.", OK, 0, ""},
		{"La maladie de Lyme se transmet par les piqûres de tiques.", OK, 0, ""},
		{"La chimiothérapie fait souvent tomber les cheveux.", OK, 0, ""},
		{"La maison d'arrêt de Fresnes recrute des surveillants pénitentiaires.", OK, 0, ""},
		{"The prison is recruiting officers, apply online.", OK, 0, ""},
		// the same frame tied to someone
		{"Sa garde à vue peut être prolongée jusqu'à demain.", Blocked, Sensitive, "criminal"},
		{"La chimiothérapie peut la fatiguer beaucoup.", Blocked, Sensitive, "health"},
		{"La garde à vue de lundi peut être prolongée.", Blocked, Sensitive, "criminal"},
		{"Mme Garnier : la dialyse dure quatre heures, trois fois par semaine.", Blocked, Sensitive, "health"},
		{"Il est sorti hier. Le bracelet électronique dure encore six mois.", Blocked, Sensitive, "criminal"},
		{"Personne_004 : la chimiothérapie peut reprendre en mars.", Blocked, Sensitive, "health"},
		{"Elle est enceinte ; la grossesse peut être difficile.", Blocked, Sensitive, "health"},
		{"La grossesse de la trésorière dure déjà depuis sept mois.", Blocked, Sensitive, "health"},
		{"La garde à vue peut être levée demain.", Blocked, Sensitive, "criminal"},
		{"La grossesse dure depuis sept mois, on attend pour avril.", Blocked, Sensitive, "health"},
		{"Le bracelet électronique permet encore deux sorties par semaine au jeune.", Blocked, Sensitive, "criminal"},
		{"La chimiothérapie peut reprendre ce matin.", Blocked, Sensitive, "health"},
		{"La garde à vue peut être prolongée jusqu'au 12 mars.", Blocked, Sensitive, "criminal"},
		{"He is on probation, which lasts two more years.", Blocked, Sensitive, "criminal"},
		{"La dialyse se fait à domicile depuis mars.", Blocked, Sensitive, "health"},
		{"La chimio la fatigue, elle se soigne chez sa fille.", Blocked, Sensitive, "health"},
		{"La dialyse de M. Roux se fait à domicile, la nuit.", Blocked, Sensitive, "health"},
		{"La prison de Fresnes recrute son fils pour l'atelier cuisine.", Blocked, Sensitive, "criminal"},
	})
}

// What an illness prevents or requires, for anyone, is a general
// present; said of someone, it stays theirs.
func TestWhatAnIllnessPreventsIsGeneral(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le diabète de type 1 n'empêche pas de pratiquer la natation en compétition.", OK, 0, ""},
		{"Asthma doesn't prevent children from swimming.", OK, 0, ""},
		{"Son diabète l'empêche de venir.", Blocked, Sensitive, "health"},
		{"Le diabète empêche Paul de venir.", Blocked, Sensitive, "health"},
	})
}
