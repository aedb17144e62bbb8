package classify

import "testing"

// A public text that asks its readers (« Vous êtes diabétique ? »,
// « Si vous êtes enceinte, … », "Do you struggle with anxiety?") and
// offers them something tells nothing of anyone.
func TestReaderAppealPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Vous êtes diabétique ? Venez découvrir nos recettes à faible index glycémique.", OK, 0, ""},
		{"Si vous êtes enceinte, parlez-en à votre sage-femme avant de participer à la marche.", OK, 0, ""},
		{"Are you a carer for someone with dementia? Join our Tuesday support group.", OK, 0, ""},
		{"Tu es victime de harcèlement au collège ? Parle à un adulte ou appelle le 3020.", OK, 0, ""},
		{"Vous souffrez d'une addiction à l'alcool ? Les Alcooliques anonymes se réunissent le mardi, c'est gratuit.", OK, 0, ""},
		{"Vous êtes musulman et souhaitez un repas halal ? Cochez la case sur le bulletin d'inscription.", OK, 0, ""},
		{"Sortie de prison récente ? Notre permanence vous aide pour le logement et l'emploi.", OK, 0, ""},
		{"Do you struggle with anxiety? Our free mindfulness sessions start in January.", OK, 0, ""},
		{"Enceinte et sans logement ? Appelez le 115, ouvert 24h/24.", OK, 0, ""},
		{"Vous êtes en situation de handicap ? Toutes nos salles sont accessibles.", OK, 0, ""},
		{"Atelier droits : en garde à vue, vous pouvez demander un avocat et un médecin.", OK, 0, ""},
		{"Rights workshop, free: what to do if the police arrest you, Saturday 10 am.", OK, 0, ""},
	})
}

// A question put to one known person, or one that presumes its answer,
// or a question without an offer, stays what it says of that person.
func TestQuestionToAPersonStaysBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Madame Roux, vous êtes diabétique ? Je note pour le repas de samedi, venez.", Blocked, 4, ""},
		{"Karim, tu es toujours sous méthadone ? Il faut qu'on en parle, appelle-moi.", Blocked, 4, ""},
		{"Vous êtes toujours sous chimio ? Venez quand même samedi.", Blocked, 4, ""},
		{"Are you still in rehab, Tom? Let me know before Friday.", Blocked, 4, ""},
		{"Elle est enceinte ? Appelez sa mère.", Blocked, 4, ""},
		{"Vous êtes séropositif ? Rappelez-moi au 06 12 34 56 78, c'est gratuit.", Blocked, 0, ""},
		{"Paul Martin est séropositif. Vous êtes au courant ? Venez en parler.", Blocked, 4, ""},
		{"Atelier gratuit : Karim, vous pouvez venir même sous méthadone.", Blocked, 4, ""},
		{"Vous êtes séropositif ? Karim aussi. Venez au groupe de parole, c'est gratuit.", Blocked, 4, ""},
		{"If you are arrested again, Tom, call me before the workshop.", Blocked, 0, ""},
	})
}

// A public event offered after a question to its readers makes an
// appeal; a question to one « tu » followed by another one is a chat
// with that person, whose fact stays blocked.
func TestAppealOfAnEventAndChatWithOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Vous êtes sourd ou malentendant ? La conférence sera traduite en langue des signes.", OK, 0, ""},
		{"Tu es enceinte ? Viens à l'atelier gratuit.", OK, 0, ""},

		{"Tu es enceinte ? Tu viens quand même à l'atelier ?", Blocked, Sensitive, "health"},
		{"T'es enceinte ? tu viens à l'atelier demain ?", Blocked, Sensitive, "health"},
	})
}
