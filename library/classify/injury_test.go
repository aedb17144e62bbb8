package classify

import "testing"

// An injury said of someone (« une entorse », « s'est cassé le poignet »,
// "a broken wrist") is health data; a first-aid sheet or a federation's
// protocol that names an injury tells it of no one.
func TestInjurySaidOfSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Léna ne peut plus jouer, son genou a lâché", Blocked, Sensitive, "health"},
		{"Le gardien de l'équipe B s'est fait une entorse samedi", Blocked, Sensitive, "health"},
		{"Noah has a broken wrist, he'll miss the tournament", Blocked, Sensitive, "health"},
		{"Jade s'est cassé la clavicule au ski", Blocked, Sensitive, "health"},
	})
	allPass(t,
		"Atelier premiers secours : que faire en cas d'entorse ?",
		"Concussion in rugby: the federation's new protocol",
	)
}

// "'s" before « on » is "is" (« Ben's on the autistic spectrum »): where
// someone is, as "is on" says; and a gambler who is recovering or
// compulsive is a health fact.
func TestContractedIsAndGambling(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ben's on the autistic spectrum, give him clear instructions", Blocked, Sensitive, "health"},
		{"Sean's a recovering gambler, keep him off the raffle", Blocked, Sensitive, "health"},
		{"Notre trésorier est accro aux paris sportifs", Blocked, Sensitive, "health"},
	})
	allPass(t,
		"This month's talk is on autism, open to all",
		"Conférence : l'addiction aux jeux chez les jeunes",
	)
}

// A dependence on alcohol or on drugs said in the words of a care file
// ("treated for alcohol dependence", « dépendance à l'alcool ») is health
// data.
func TestDependenceInCareWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Paul is being treated for alcohol dependence", Blocked, Sensitive, "health"},
		{"Mme Roux suit un traitement pour sa dépendance à l'alcool", Blocked, Sensitive, "health"},
	})
}

// An injury told by its limb and its verb, whatever the pair: « a la
// cheville foulée », « s'est blessé au genou », "fractured her wrist",
// "hurt his back"; a chair's back or a first-aid sheet is no one's.
func TestInjuryToldByItsLimb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Our goalkeeper Paul broke his leg on Saturday.", Blocked, Sensitive, "health"},
		{"Mme Girard a la cheville foulée, elle ne viendra pas.", Blocked, Sensitive, "health"},
		{"Théo s'est blessé au genou pendant l'entraînement.", Blocked, Sensitive, "health"},
		{"Sandra fractured her wrist at the car boot sale.", Blocked, Sensitive, "health"},
		{"He hurt his back lifting the crates, so he's off until Monday.", Blocked, Sensitive, "health"},
	})
	allPass(t,
		"Que faire en cas de jambe cassée ? Fiche premiers secours.",
		"First aid: how to splint a broken arm.",
		"Le dos de la chaise est cassé, il faut la remplacer.",
		"Atelier : se muscler le dos sans se blesser.",
	)
}

// "Striker" is a football forward in a club's text: "Striker Erling
// Haaland scored a hat-trick" names no union; "on strike" still does.
func TestStrikerIsAPosition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The kitchen staff are on strike, Tom too.", Blocked, Sensitive, "union"},
	})
	c := rulesOnly()
	if r := c.Classify("Striker Erling Haaland scored a hat-trick against Fulham."); r.Category == Sensitive {
		t.Errorf("a striker read as a union fact: %v", describe("Striker Erling Haaland scored a hat-trick against Fulham.", r))
	}
}

// An operation told by the part it was on, in either order, is health;
// a history lecture or a talk on transplants is no one's.
func TestOperationToldByItsPart(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Chris can't drive since the eye operation.", Blocked, Sensitive, "health"},
		{"Mme Roux se remet de son opération du genou, elle reviendra en mai.", Blocked, Sensitive, "health"},
		{"Notre trésorière a eu une greffe de rein.", Blocked, Sensitive, "health"},
	})
	allPass(t,
		"Lecture : l'opération du cœur au XIXe siècle, par un historien de la médecine.",
		"Conférence sur la greffe de rein, entrée libre.",
	)
}

// Idioms of a limb are no injury; a side word or « à la » between the
// verb and the limb keeps it one.
func TestInjuryIdiomsAndLinks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tom broke his left leg skiing.", Blocked, Sensitive, "health"},
		{"Paul nous a cassé les pieds toute la réunion.", Blocked, Personal, "name"},
	})
	idiom := "The committee twisted my arm to run the quiz again."
	if r := rulesOnly().Classify(idiom); r.Category == Sensitive {
		t.Errorf("%q: an idiom read as an injury: %v", idiom, describe(idiom, r))
	}
}

// An operation « au genou », « aux yeux », "operated on" is one too.
func TestOperationAtAPart(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Paul a subi une opération au genou en mars.", Blocked, Sensitive, "health"},
		{"Paul had his knee operated on last week.", Blocked, Sensitive, "health"},
	})
}
