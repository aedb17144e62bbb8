package direct

import "testing"

// A network's name, then what to type to join it: the key is a
// credential without any password word; a network named alone, or
// followed by a page, is not.
func TestNetworkNameThenItsKey(t *testing.T) {
	checkDirect(t, []directCase{
		{"pour internet au local : AssoLilas_Invites puis bienvenue2024", "credential", Blocked, "bienvenue2024"},
		{"guest network is Hall_Guest, and what you type is Daffodil#1987", "credential", Blocked, "Daffodil#1987"},
		{"the hall's internet is StMarks_Hall then Rainbow2019! to get on", "credential", Blocked, "Rainbow2019!"},
	})
	checkNone(t, "credential", []string{
		"Le réseau Asso_Public est ouvert et gratuit.",
		"Internet : réseau Mairie_Wifi puis page d'accueil.",
		"Fichier Budget_2025 puis onglet Dépenses2025 dans le drive.",
	})
}
