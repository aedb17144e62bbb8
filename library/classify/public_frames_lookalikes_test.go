package classify

import "testing"

// Look-alikes of the public frames (a quotation, a dated deed, a work
// published or awarded) that must stay blocked: a member named like a
// public figure, a volunteer in a programme with a phone, an official
// with a private matter, a beneficiary in a training case, an author
// with a private fact. Each stays blocked whatever frame it borrows.
func TestPublicFramesLookAlikesStayBlocked(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Une citation de Céline Dion, notre adhérente, pour la newsletter.",
		"Print a Taylor Swift quote: our volunteer Taylor Swift, 07700 900123, will read it.",
		"Programme : 16h lecture de poèmes de Maryse Condé (bénévole, 06 12 34 56 78).",
		"Le maire Jean Dupont a défendu la loi en 1995 ; il est en arrêt maladie depuis lundi.",
		"Cas pratique : la citation de Mme Benali, bénéficiaire suivie pour dépression.",
		"Le prix « Courage » revient à « Mon combat » de Karima Benali, qui vit au foyer depuis 2019.",
		"A Nelson Mandela quote from Nelson Mandela, our new member from Room 12.",
		"La citation de Jean Moulin, notre voisin du 3e, sur la fête des voisins.",
		"Simone Veil a défendu la loi en 1974 ; notre adhérente Simone Veil, 82 ans, habite rue des Lilas.",
		"Louis Martin a présidé le Sénat en 1990 et il est maintenant suivi pour un cancer.",
		"\"The Long Field\" by Anna Kerrigan, published in our anthology, tells her years in prison.",
		"Le recueil « Ma guerre » de Pierre Lemoine, publié en 1998, raconte sa dépression.",
		// a beneficiary's or a member's testimony quoted by name
		"Mettre la citation de Karima Benali (accueillie au foyer) sur le flyer.",
		"La citation de Fatou Diallo, maman solo, sur le flyer.",
		"Reprendre la citation de Kevin Moreau, sorti de prison l'an dernier, pour l'affiche.",
		"Citation de Jean Petit, sans domicile, pour la campagne d'hiver.",
		"Mettre la citation de Sophie Garnier sur sa vie à la rue dans le rapport.",
		"Une citation de Marc Lefèvre, bénévole depuis 10 ans, pour le site.",
		"La citation de Yasmine Haddad, réfugiée syrienne, pour le dossier de presse.",
	} {
		if r := c.Classify(s); r.Verdict != Blocked {
			t.Errorf("%q: got %s %v", s, r.Verdict, describe(s, r))
		}
	}
}
