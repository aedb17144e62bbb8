package classify

import "testing"

// What is still being prepared, awaited or to be discussed inside is a
// doubt: a provisional list, a lead with a sponsor, a draft to polish, a
// point for the next board, news heard before it is official, a short
// budget, rotas not kept, a tense mood. Announcements to the public pass.
func TestMattersStillInsideAreDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Liste provisoire des équipes du tournoi, ne pas la diffuser", Doubt, 0, ""},
		{"Provisional line-up for the spring show, not announced yet", Doubt, 0, ""},
		{"Piste de partenariat avec une librairie, rien de plus pour l'instant", Doubt, 0, ""},
		{"Le tarif des stages sera revu au prochain CA", Doubt, 0, ""},
		{"We'll raise the hall fee at the next board meeting", Doubt, 0, ""},
		{"La ligue nous a prévenus en avant-première du nouveau calendrier", Doubt, 0, ""},
		{"Budget serré pour le camp d'été, on verra ce qu'on garde", Doubt, 0, ""},
		{"Désaccord avec l'imprimeur sur le devis, on attend leur réponse", Doubt, 0, ""},
		{"Les permanences du samedi ne sont pas respectées depuis la rentrée", Doubt, 0, ""},
		{"Ambiance tendue à la buvette depuis le dernier match", Doubt, 0, ""},
		{"Avant-première du film au cinéma municipal, entrée libre", OK, 0, ""},
		{"Programme provisoire du festival disponible sur notre site", OK, 0, ""},
		{"Super ambiance au loto samedi, merci à tous les bénévoles", OK, 0, ""},
	})
}
