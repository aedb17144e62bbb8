package classify

import "testing"

// The names after a label of characters are roles of a work; the actor
// named after « jouée par » and a name tied to the association stay
// persons.
func TestCharactersOfAWork(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Personnage : Mme Lemercier, concierge bavarde qui sait tout sur tout le monde (acte I).", OK, Public, ""},
		{"Personnages de la pièce : le docteur Knock, le tambour de ville, la dame en noir.", OK, Public, ""},
		{"Characters: Mrs Hudson, the landlady; Dr Watson, the narrator.", OK, Public, ""},
		{"Programme — Personnages : Léon Garnier, le maire ; Berthe Garnier, sa femme.", OK, Public, ""},
	})
}

func TestCharactersOfAWorkGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Personnage : Mme Lemercier, jouée par Mme Durand.", Blocked, Personal, "name"},
		{"Characters: Mrs Hudson, played by Karen Whitfield.", Blocked, Personal, "name"},
		{"Personnage : Mme Lemercier, notre bénévole du jeudi.", Blocked, Personal, "name"},
		{"Personnage difficile : Mme Lemercier, du 3e étage, se plaint encore du bruit.", Blocked, Personal, "name"},
		{"Personnage : Mme Lemercier (06 12 34 56 78).", Blocked, Personal, ""},
		{"Distribution : Harpagon, Mme Durand ; Cléante, M. Petit.", Blocked, Personal, "name"},
		{"Personnage : Mme Lemercier (Jeanne Dupuis).", Blocked, Personal, "name"},
		{"Personnage : Mme Lemercier — Jeanne Dupuis.", Blocked, Personal, "name"},
	})
}

// In a sentence about a show, the names right after a verb of playing a
// part, or after actors « pour », "for", are parts (« les enfants
// joueront Cosette, Gavroche et Jean Valjean »); the actor, someone's
// photo, a person's real role stay persons.
func TestPartsPlayedInAShow(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pour la pièce de l'école, les CM2 joueront Harpagon, Cléante et Élise.", OK, 0, ""},
		{"Spectacle de fin d'année : on cherche des comédiens pour Cyrano et Roxane.", OK, 0, ""},
		{"Pour le spectacle, Karim Benali joue Harpagon.", Blocked, Personal, "name"},
		{"Spectacle de danse : la photo de Julie Martin sur scène.", Blocked, Personal, ""},
		{"Pour l'expo, le rôle de Karim Benali dans l'association.", Blocked, Personal, "name"},
	})
}
