package classify

import "testing"

// An address in apposition to a person's name is that person's, even
// when the sentence goes on about a venue; a famous name with one stays
// a person. A place named after someone keeps its published address.
func TestApposedAddress(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Lucien Marchal, 12 allée des Tilleuls à Dole, s'est inscrit au club de lecture.", Blocked, Personal, "postal-address"},
		{"Martine Aubry, 4 rue des Vignes à Cahors, a rejoint l'atelier couture.", Blocked, Personal, "postal-address"},
		{"Inscription : Yann Le Floch, 9 chemin du Moulin, 29000 Quimper, cours de guitare du lundi.", Blocked, Personal, "postal-address"},
	})
	allPass(t,
		"Salle Jean Moulin, 7 rue des Roses à Besançon, ouverte le samedi pour l'atelier.",
		"Espace Georges Brassens, 5 place du Marché : permanence du club le jeudi.",
		"Le club des Amis de Victor Hugo, 3 rue de la Gare, ouvre ses ateliers en septembre.",
	)
}

// A first name after a special-category term and « de » is the person
// the fact is about, even when it is also a place or a common word; an
// illness named after its finder is no one.
func TestOwnerOfSpecialFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La maladie de Blaise l'a repris cet hiver.", Blocked, Sensitive, "name"},
		{"Le traitement de Pascal finit en mai.", Blocked, Sensitive, ""},
		{"The diagnosis of Florence came in March.", Blocked, 0, ""},
	})
	allPass(t,
		"La maladie de Huntington sera le thème de notre soirée d'information.",
		"Conférence sur la maladie de Lyme et les tiques, entrée libre.",
	)
}

// An animal's sentence needs an animal noun, or two words of its care:
// "rescue" alone is no animal ("his rescue medication").
func TestAnimalNeedsAnAnimal(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Noé in the juniors has asthma; his rescue inhaler is in the kit bag.", Blocked, Sensitive, "health"},
		{"Après son adoption, Yanis a fait une dépression.", Blocked, Sensitive, "health"},
	})
	allPass(t,
		"Chaton de 3 mois, vacciné, pucé, sourd d'une oreille, à l'adoption.",
		"Rescue pup, neutered and microchipped, blind in one eye, needs a quiet home.",
	)
}
