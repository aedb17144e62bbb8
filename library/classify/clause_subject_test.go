package classify

import "testing"

// A special fact after an event or a service word is the theme of the
// event unless a person of its own stands between them, the subject of
// another clause (« … aux ateliers tant qu'elle sera en soins palliatifs »,
// "told the support group that her daughter tested positive"): the fact
// is then that person's. A workshop or a support group for a public keeps
// its verdict.
func TestSpecialFactOfASubjectAfterAnEventWord(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Une pensée pour Gisèle, qui ne viendra plus aux ateliers tant qu'elle sera en soins palliatifs.", Blocked, Sensitive, ""},
		{"Linda told the support group that her daughter tested positive for the Huntington's gene.", Blocked, Sensitive, ""},
		{"Au groupe de parole, Karim a dit que sa femme est séropositive.", Blocked, Sensitive, ""},
		{"Atelier cuisine annulé : elle est hospitalisée depuis lundi.", Blocked, Sensitive, ""},
		{"At the memory café, Joan said her husband has Parkinson's.", Blocked, Sensitive, ""},
		{"Marc ne viendra pas à la permanence, il est sous dialyse trois fois par semaine.", Blocked, Sensitive, ""},
		{"Our walking group misses Peter, he is in chemo until May.", Blocked, Sensitive, ""},
		{"Thé dansant de jeudi : Mme Lopez n'y sera pas, elle est en dépression depuis la mort de son fils.", Blocked, Sensitive, ""},
		{"The yoga class will be quieter: she's pregnant and resting.", Blocked, Sensitive, ""},
		{"Au cours de FLE, Amina nous a dit que son mari est diabétique.", Blocked, Sensitive, ""},
		{"Atelier pour une personne diabétique, jeudi.", OK, Public, ""},
		{"Groupe de parole pour les personnes séropositives, le mardi.", OK, Public, ""},
		{"Support group for people living with HIV, Tuesdays.", OK, Public, ""},
		{"Café mémoire ouvert aux familles de personnes atteintes d'Alzheimer, le premier samedi du mois.", OK, Public, ""},
		{"Atelier nutrition pour les personnes diabétiques, animé par une diététicienne.", OK, Public, ""},
		{"Conférence : le diabète, comment le prévenir ? Entrée libre.", OK, Public, ""},
		{"Elle ne vient plus à l'atelier depuis qu'elle est sous chimio.", Blocked, Sensitive, ""},
		{"He stopped coming to the support group once his wife was diagnosed with cancer.", Blocked, Sensitive, ""},
		{"Il a quitté le groupe de marche parce que sa fille est hospitalisée.", Blocked, Sensitive, ""},
		{"She told the coffee morning that her son is schizophrenic.", Blocked, Sensitive, ""},
	})
}
