package classify

import "testing"

// A special-category word that qualifies a place, a body or an event
// (« l'aumônerie protestante », "the Anglican church hall", "a
// dementia-friendly concert", « l'ESAT Les Jardins du Lac ») names no
// one: it passes when the sentence names nobody.
func TestSpecialWordQualifyingABodyPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Christmas service at the Anglican church on Sunday at 5pm, everyone welcome", OK, 0, ""},
		{"The Catholic school fête is on Saturday from 2pm, with a tombola and cakes", OK, 0, ""},
		{"Coffee morning in the Methodist chapel hall, Tuesdays 10am to noon", OK, 0, ""},
		{"Our choir sings at the Lutheran cathedral for the Christmas concert", OK, 0, ""},
		{"The Jewish museum offers free entry on the first Sunday of the month", OK, 0, ""},
		{"A dementia-friendly screening of a classic musical, Thursday 2pm, free entry", OK, 0, ""},
		{"Autism-friendly opening hours at the pool every Saturday morning", OK, 0, ""},
		{"L'Entraide protestante et la Croix-Rouge tiennent une permanence commune le jeudi", OK, 0, ""},
		{"Repas partagé à l'aumônerie catholique du lycée, vendredi midi", OK, 0, ""},
		{"L'ESAT Les Jardins du Lac vend ses paniers de légumes le mercredi de 16h à 18h", OK, 0, ""},
		{"Le marché de printemps accueille l'ESAT des Ateliers de la Forge et ses créations en bois", OK, 0, ""},
		{"L'IME Les Tilleuls ouvre ses portes au public le samedi 12 avril", OK, 0, ""},
	})
}

// The same words said of a person, or in a sentence that names someone,
// stay a special-category fact and stay blocked.
func TestSpecialWordQualifyingABodyKeepsPersons(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Kevin Hartley prays at the Anglican church every morning since his conversion", Blocked, Sensitive, ""},
		{"She goes to the Catholic church every Sunday and wants to be baptised", Blocked, Sensitive, ""},
		{"Our treasurer Paul is Catholic, ask him before booking the church hall", Blocked, Sensitive, ""},
		{"Mme Durand travaille à l'ESAT Les Jardins du Lac depuis 2019", Blocked, 0, ""},
		{"Mon fils est accueilli à l'IME Les Tilleuls depuis septembre", Blocked, Sensitive, ""},
		{"Karim Benali fréquente l'aumônerie musulmane de la prison", Blocked, Sensitive, ""},
		{"Her husband has dementia and joined the dementia-friendly choir", Blocked, Sensitive, ""},
		{"Lucas, 9 ans, autiste, vient à la séance autism-friendly du samedi", Blocked, Sensitive, ""},
		{"He is Jewish and asked for the kosher menu at the community hall", Blocked, Sensitive, ""},
		{"Il est protestant et va à l'Entraide protestante chaque jeudi", Blocked, Sensitive, ""},
		{"Sophie Martin est suivie au CMP Les Glycines pour sa dépression", Blocked, Sensitive, ""},
		{"Jewish community member, 54, lives alone near the station", Blocked, Sensitive, "religion"},
		{"Membre de l'aumônerie musulmane, 34 ans, dort au foyer depuis mars", Blocked, Sensitive, "religion"},
		{"Travailleur de l'ESAT Les Jardins, 45 ans, vit chez sa mère", Blocked, Sensitive, "health"},
		{"Anglican church warden, lives at 3 rue des Lilas, divorced last year", Blocked, Sensitive, ""},
	})
}

// An establishment written in capitals that opens the sentence as its
// subject tells its own news; with a person in the sentence it is where
// that person goes.
func TestEstablishmentAsSubjectNamesNoOne(t *testing.T) {
	allPass(t, "Le CMP du quartier change d'horaires à partir de lundi.")
	runRuleCases(t, []ruleCase{
		{"Le CMP a appelé pour Paul, il ne viendra pas.", Blocked, Sensitive, "health"},
		{"Le CMP suit mon fils depuis deux ans.", Blocked, Sensitive, "health"},
	})
}

// The « SAMU social » is a service for the homeless, named by its body;
// the SAMU that takes someone away is still that person's health.
func TestSocialEmergencyServiceNamesNoOne(t *testing.T) {
	allPass(t, "tel du SAMU social : 115, tel pompiers 18")
	runRuleCases(t, []ruleCase{
		{"Paul a été emmené par le SAMU hier soir.", Blocked, Sensitive, "health"},
	})
}

// An establishment that follows someone (« le CMP me suit ») is that
// person's care.
func TestEstablishmentWithAnObjectIsCare(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le CMP me suit depuis mars.", Blocked, Sensitive, "health"},
		{"Le CMP nous reçoit jeudi pour mon fils.", Blocked, Sensitive, "health"},
	})
}
