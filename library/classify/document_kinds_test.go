package classify

import "testing"

// A person noun right after « de » names the kind of a document (« carte
// d'adhérent », "member card"), not its owner: a request for an ID photo
// for it is public practical information. An owner with a determiner, a
// role or a name keeps the copy personal.
func TestDocumentKindIsNoOwner(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Photo d'identité obligatoire pour la carte d'adhérent.", OK, 0, ""},
		{"Apportez une photo d'identité récente pour votre carte de membre.", OK, 0, ""},
		{"Scan du badge de bénévole à joindre au formulaire en ligne.", OK, 0, ""},
		{"Photocopie de la carte d'identité de notre trésorière, pour la banque.", Blocked, Personal, "indirect"},
		{"Scan de la carte d'identité du président en pièce jointe.", Blocked, Personal, "indirect"},
		{"Copie du permis de conduire du bénévole pour l'assurance.", Blocked, Personal, "indirect"},
	})
}

// « Droit à l'image », "image rights" name a right and its consent form,
// not a picture of anyone; a picture of people beside it stays personal.
func TestImageRightsIsNoPicture(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Droit à l'image : le formulaire est à signer par les parents.", OK, 0, ""},
		{"Rappel sur le droit à l'image : les parents qui refusent cochent la case au dos.", OK, 0, ""},
		{"Image rights: parents sign the consent form at registration.", OK, 0, ""},
		{"Photo des parents devant l'école, droit à l'image non signé.", Blocked, Personal, "photo"},
		{"Droit à l'image : la vidéo des enfants du centre est déjà sur Facebook.", Blocked, Personal, "photo"},
	})
}
