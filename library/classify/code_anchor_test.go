package classify

import "testing"

// A code of the writer's own scheme (« Bénéficiaire_112 », "Client_7")
// stands for one person, as tamis's « Personne_001 » does: a health or
// religious fact next to it stays category 4 even when the sentence also
// says how often something happens (« chaque semaine »), which reads like
// a public campaign when nobody is named. A code whose head names no
// person (« Dossier_2024 ») is nobody.
func TestWriterCodeIsAPersonForSensitiveFacts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Bénéficiaire_112, dépression sévère, suivi au CMP, à relancer chaque semaine.", Blocked, Sensitive, "health"},
		{"Usager_31 : sous méthadone, passe chaque mardi au local.", Blocked, Sensitive, ""},
		{"Client_7 is diabetic, check his lunch every week.", Blocked, Sensitive, "health"},
		{"Adhérent_204 est très pratiquant, pas de réunion le vendredi, merci de le prévenir chaque mois.", Blocked, Sensitive, ""},
		{"La résidente de la chambre 12, dépression, à revoir toutes les semaines.", Blocked, Sensitive, ""},
		{"Bénéficiaire_014", OK, Public, ""},
		{"Dossier_2024 : santé mentale et travail, conférence ouverte à tous.", OK, Public, ""},
		{"Groupe de parole sur la dépression chaque semaine, entrée libre.", OK, Public, ""},
		{"Semaine de la santé mentale : stand d'information sur la dépression.", OK, Public, ""},
		{"Atelier diabète : cuisine équilibrée, une fois par mois à la maison de quartier.", OK, Public, ""},
	})
}
