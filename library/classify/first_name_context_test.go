package classify

import "testing"

// A first name that is also a word, or a short one, is a person after a
// determiner and a person noun, or before a description in brackets.
// The look-alikes are the same words as things, titles or numbers, and
// keep their verdict.
var firstNameContextCases = []ruleCase{
	{"Sur la vidéo du spectacle on reconnaît la petite Lou au premier rang.", Blocked, Personal, "name"},
	{"Ma voisine Rose garde le chat pendant le camp.", Blocked, Personal, "name"},
	{"Le petit Clément a oublié son sac au gymnase.", Blocked, Personal, "name"},
	{"Notre bénévole Marine tiendra la buvette samedi.", Blocked, Personal, "name"},
	{"Our treasurer Holly has the cash box.", Blocked, Personal, "name"},
	{"Her daughter Daisy starts at the club on Monday.", Blocked, Personal, "name"},
	{"Sam (the short one with glasses) can't come this week.", Blocked, Personal, "name"},
	{"Ask Kim (the new cook) for the shopping list.", Blocked, Personal, "name"},
	{"Léa (12 ans) a gagné le concours de dessin du centre.", Blocked, Personal, "name"},
	{"Merci à Tom (cuisine) et à Eva (caisse) pour samedi.", Blocked, Personal, "name"},
	{"Ivy from the pub", Blocked, Personal, "name"},
	{"Rose de la boulangerie nous garde des invendus le samedi.", Blocked, Personal, "name"},
	{"Appeler Jade, de la pharmacie, pour les masques.", Blocked, Personal, "name"},
	{"Daisy from the pub will do the quiz.", Blocked, Personal, "name"},
	{"Marine de la permanence du jeudi a les clés.", Blocked, Personal, "name"},
	{"Frank the plumber fixed the boiler for free.", Blocked, Personal, "name"},
	{"Rose la boulangère nous garde le pain invendu.", Blocked, Personal, "name"},
	{"Pierre le plombier passera jeudi pour la fuite.", Blocked, Personal, "name"},
	{"Ask Will the caretaker for the hall keys.", Blocked, Personal, "name"},
	{"Merci Pascal pour le café et les croissants de ce matin.", Blocked, Personal, "name"}, // greeted or thanked: a person
	{"Tom pays late every month.", Blocked, Personal, "name"},                               // a short first name before what a person does
	{"Ana only comes on Mondays.", Blocked, Personal, "name"},
	{"Léo passe toujours après 18 h.", Blocked, Personal, "name"},
	{"Lee did 18 months in Wandsworth, he is on the rota now.", Blocked, Sensitive, "name"},
	{"Shaz rang about the rent again.", Blocked, Personal, "name"}, // a nickname no list holds, before a call
	{"Trev texted, he can't do Saturday.", Blocked, Personal, "name"},
	{"Bonjour Rose, tu peux passer prendre les clés ?", Blocked, Personal, "name"},
	{"Dear Hope, thank you for the cakes.", Blocked, Personal, "name"},
	{"Merci Carrefour Market pour le don de 40 kilos de pâtes.", OK, 0, ""},
	// look-alikes: things, titles, numbers
	{"Exposition de bijoux en jade et en ambre à la médiathèque.", OK, 0, ""},
	{"La chanteuse Rose donnera un concert à la salle des fêtes.", OK, 0, ""}, // an artist in a programme: public_role.go
	{"Le rosier « Pierre de Ronsard » fleurit en mai dans le jardin partagé.", OK, 0, ""},
	{"Salle Marine (2e étage) : atelier couture.", OK, 0, ""},
	{"Conférence : Pierre le Grand et la Russie des tsars.", OK, 0, ""},
	{"Visite du jardin : la rose la plus ancienne du parc.", OK, 0, ""},
	{"Lot de 3 pièces (penny, cent, franc) pour la tombola.", OK, 0, ""},
	{"Tarif B (adhérents) : 12 € la séance.", OK, 0, ""},
	{"Pierre de la carrière de Lanvéoc pour le muret du jardin.", OK, 0, ""},
	{"Rose des sables et jade de Chine : exposition de minéraux à la médiathèque.", OK, 0, ""},
}

func TestFirstNamesThatAreWordsInAPersonsContext(t *testing.T) {
	runRuleCases(t, firstNameContextCases)
}

// A first name that is also a word, followed by a verb of what a person
// did or does, or after a verb that addresses someone, is a person
// (« Pierre buvait », "Jack had an OD", "Remind Jack that…").
func TestFirstNameThatIsAWordBeforeAPersonsVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pierre buvait.", Blocked, Sensitive, "health"},
		{"Pierre fumait des joints au local.", Blocked, Sensitive, "health"},
		{"Grace had a relapse.", Blocked, Sensitive, "health"},
		{"Pat used to drink heavily at the club.", Blocked, Personal, "name"},
		{"Tom reports to his parole officer.", Blocked, Sensitive, "name"}, // a parole officer tells a criminal matter
		{"Remind Jack that his AA meeting is at 7.", Blocked, Sensitive, "health"},
	})
}
