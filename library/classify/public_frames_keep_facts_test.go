package classify

import "testing"

// The public frames of characters, history and public roles explain away
// names; they must not carry away a private fact of a person of today
// (found in review: each of these passed before the guard). An old year
// in the sentence dates a building, not the neighbour; a title before an
// outing names no characters; a fictional case ends where a real name
// comes in; « cure » is a stay in care, not a curé; the head of a small
// association or a speaker on benefits is no public office.
func TestPublicFramesKeepPrivateFacts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le voisin du 3e, dans l'immeuble construit en 1905, est séropositif.", Blocked, Sensitive, "health"},
		{"La trésorière, qui vit dans une ferme bâtie en 1890, est enceinte.", Blocked, Sensitive, "health"},
		{"Notre trésorière, musulmane pratiquante, tient la boutique ouverte en 1920.", Blocked, Sensitive, "religion"},
		{"The treasurer, who lives in a cottage built in 1890, is on methadone.", Blocked, Sensitive, "health"},
		{"Sortie théâtre « Le Malade imaginaire » : Paul, diabétique, accompagne Léa, en fauteuil.", Blocked, Sensitive, "health"},
		{"Projection « La Haine » : Karim, sorti de prison, accompagne Sami, son éducateur.", Blocked, Sensitive, "criminal"},
		{"Panto \"Cinderella\": Tom, autistic, helps Lily with her wheelchair.", Blocked, Sensitive, "health"},
		{"Spectacle de Noël : « Le Petit Prince ». Lucas, autiste, accompagne sa sœur Emma.", Blocked, Sensitive, "health"},
		{"Cas fictif : un locataire de 80 ans vit seul. Il s'agit en fait de M. Paul Girard, qui est séropositif.", Blocked, Sensitive, "health"},
		{"Situation imaginaire : une famille expulsée. Leur fils Kevin Martin, au collège Jean Moulin, est suivi en CMP.", Blocked, Sensitive, "health"},
		{"Le président du club de belote, Jean Dupont, remettra les prix samedi ; il sort de cure.", Blocked, Sensitive, ""},
		{"Conférence animée par Paul Martin, président de l'amicale des locataires expulsés.", Blocked, Personal, "name"},
		{"Dédicace : Mme Sylvie Perrot, qui touche le RSA, signera son livre samedi.", Blocked, Personal, "name"},
		{"Guest speaker Anna Smith, who was homeless until last year, will speak on Tuesday.", Blocked, Personal, "name"},
		{"Le bassiste du groupe invité, Hugo Ferrand, loge chez l'habitant rue des Lilas, arrivée vendredi.", Blocked, Personal, "name"},
	})
}
