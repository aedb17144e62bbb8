package classify

import "testing"

// A promise to tell something later, put off to a meeting, to speech or
// to a day with nothing said of it, is an allusion kept for the
// association's people: doubt.
func TestAMatterPutOffToBeToldInPersonIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La mairie nous a envoyé une lettre recommandée, je vous en parle à la réunion de jeudi.", Doubt, 0, "internal"},
		{"Il s'est passé quelque chose à la sortie du club hier, on en reparle de vive voix.", Doubt, 0, "internal"},
		{"J'ai eu un appel étrange du bailleur, je vous raconte tout mardi.", Doubt, 0, "internal"},
		{"Petit souci avec le traiteur, je t'explique demain.", Doubt, 0, ""},
		{"Got an odd email from the council today; I'll fill you in at the next committee meeting.", Doubt, 0, "internal"},
		{"Something came up with the caretaker, let's talk about it in person, not here.", Doubt, 0, "internal"},
		{"We heard back from the funder. I'll tell you on Monday.", Doubt, 0, "internal"},
	})
}

// A promise that names what will be told, or how, is an invitation or a
// lesson: it passes.
func TestAPromiseThatNamesWhatItTellsPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Venez samedi, je vous explique comment greffer un pommier.", OK, 0, ""},
		{"Je vous montre samedi les nouveaux jeux de la ludothèque.", OK, 0, ""},
		{"Je vous raconte la réunion de samedi dans notre lettre d'information.", OK, 0, ""},
		{"I'll show you round the garden on Saturday at the open day.", OK, 0, ""},
		{"I'll explain the rules of the game at the start of the tournament.", OK, 0, ""},
		{"Come along on Friday and I'll show you how to fix a puncture.", OK, 0, ""},
	})
}
