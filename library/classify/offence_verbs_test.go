package classify

import "testing"

// An offence told by its verb (« frappe ses enfants », "deals drugs",
// "steals from the till", « conduit sans permis ») is a criminal fact
// about the person who does it, even one pointed at by a role; a
// campaign or a question of anyone names no offender.
func TestOffenceToldByItsVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Yanis frappe ses enfants, la voisine l'a entendu", Blocked, Sensitive, "criminal"},
		{"The minibus driver deals drugs near the school", Blocked, Sensitive, "criminal"},
		{"I think our treasurer steals from the till", Blocked, Sensitive, "criminal"},
		{"Notre chauffeur roule sans permis depuis l'été", Blocked, Sensitive, "criminal"},
		{"Her ex is stalking Maëlle again", Blocked, Sensitive, "criminal"},
		{"Il a tabassé un joueur adverse après le match", Blocked, Sensitive, "criminal"},
	})
	allPass(t,
		"Campagne contre le stalking et le harcèlement en ligne",
		"Atelier : que faire quand un parent frappe ses enfants ?",
	)
}

// A word that describes a person by itself, right after a place that is
// the person's complement (« le gardien du gymnase »), says what the
// person does: the place does not name it as « centre de dialyse » does.
func TestSpecialWordAfterAPersonsPlace(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le gardien du gymnase deale le soir", Blocked, Sensitive, "criminal"},
		{"Notre animatrice du foyer picole pendant les veillées", Blocked, Sensitive, "health"},
	})
	allPass(t,
		"Le centre de dialyse recrute des bénévoles pour l'accueil",
		"Visite du foyer pour personnes handicapées samedi",
	)
}

// A question whose verb has « on » after it (« Peut-on … ? », « Que
// risque-t-on … ? ») asks what anyone may do: its other « on » is anyone
// too, not the association's voice. A question about our own activity
// (« Doit-on continuer les lotos ? ») stays ours for the gray zone.
func TestQuestionOfAnyoneWithInvertedOn(t *testing.T) {
	allPass(t,
		"Peut-on adhérer à un club si on a un casier judiciaire ?",
		"Peut-on faire du sport en compétition si on est diabétique ?",
		"Que risque-t-on si on roule sans permis ?",
	)
	runRuleCases(t, []ruleCase{
		{"Que fait-on quand notre bénévole deale ?", Blocked, Sensitive, "criminal"},
		{"Peut-on en parler à Julien, qui est en prison ?", Blocked, Sensitive, "criminal"},
		{"On a un bénévole qui a fait de la prison, peut-on le garder ?", Blocked, Sensitive, "criminal"},
	})
}

// A preposition right after a copula says where someone is ("is on the
// waiting list for a kidney", « est sur la liste d'attente de greffe »),
// not the theme of an event as « une conférence sur le diabète » does.
func TestStateAfterACopulaIsNoTheme(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Grace is on the waiting list for a kidney", Blocked, Sensitive, "health"},
		{"Paul est sur la liste d'attente de greffe depuis mars", Blocked, Sensitive, "health"},
		{"Can you remind Priya that her counselling session moved to 4pm?", Blocked, Sensitive, "health"},
		{"Liam's foster placement broke down last week", Blocked, Sensitive, "child-protection"},
	})
	allPass(t,
		"La conférence de jeudi est sur le diabète",
		"Free counselling sessions for carers at the town hall",
		"We are recruiting foster carers: information evening on Tuesday",
	)
}
