package classify

import "testing"

// First names typed in lower case in a list of people: two of them make
// the list one of people (« pierre », « jean » are words alone).
func TestLowerFirstNamesInPeopleLists(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"participants : pierre (diabète), jean (asthme)", Blocked, Sensitive, "health"},
		{"Bénévoles : rose, jean, martine", Blocked, Personal, "name"},

		{"Matériel : pierre, sable, ciment", OK, 0, ""},
		{"participants : rose (fleur), iris (fleur), lilas (fleur)", OK, 0, ""},
		{"Participants : la mairie et le CCAS", OK, 0, ""},
	})
}

// « Pierre revient… » makes Pierre someone (a first name that is a
// word, before a person's verb), and « l'HP » with its article is the
// psychiatric hospital after « de » as after « à ».
func TestFirstNameSubjectAndPsychiatricHospital(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pierre revient de l'HP", Blocked, Sensitive, "health"},
		{"il revient de l'HP", Blocked, Sensitive, "health"},

		{"l'imprimante HP est en panne", OK, 0, ""},
		{"J'ai débranché le câble de l'HP.", OK, 0, ""},
	})
}

// Names the shapes missed: a particle surname after an abbreviated
// civility, a first name joined to digits by an underscore (an account),
// a first name after « de » that owns a copied document.
func TestParticleSurnamesHandlesAndDocumentOwners(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"mr et mme da silva ont paye en 3 fois par cheque", Blocked, Personal, "name"},
		{"m. di stefano a appelé", Blocked, Personal, "name"},
		{"madame dos santos est au chômage", Blocked, Personal, "name"},
		{"mme d'almeida a appelé", Blocked, Personal, "name"},
		{"c koi le snap de lucas? c lucas_dr2011 je crois", Blocked, Personal, "handle"},
		{"photocopie de la carte vitale de Pierre", Blocked, Personal, "indirect"},
		{"scan du permis de karim", Blocked, Personal, "indirect"},
		{"On garde la carte Vitale de Zéphyrin dans le coffre.", Blocked, Personal, "indirect"},
		{"la carte Vitale de pierre est perdue", Blocked, Personal, "indirect"},
		{"la carte Vitale du petit est perdue", Blocked, Personal, "indirect"},
		{"La carte Vitale de la bénévole est restée au local.", Blocked, Personal, "indirect"},
		{"La carte Vitale de Clément a été renouvelée en 2023.", Blocked, Personal, "indirect"},

		{"M. le maire ouvrira la fête", OK, 0, ""},
		{"fichier compte_rendu_2024.pdf", OK, 0, ""},
		{"Le fichier pierre_2024.jpg est la photo du mur en pierre.", OK, 0, ""},
		{"camille_claudel_expo2024.pdf", OK, 0, ""},
		{"madame de la mairie", OK, 0, ""},
		{"La signature de Paris Habitat est requise.", OK, 0, ""},
		{"Le permis de construire est affiché.", OK, 0, ""},
		{"Démarches : renouveler le passeport de son enfant en mairie.", OK, 0, ""},
		{"sauvegarde lucas_dr2011.bak", OK, 0, ""},
		{"La carte Vitale se met à jour en pharmacie ou à la borne de la CPAM.", OK, 0, ""},
		{"Rappel : la carte Vitale est demandée par le taxi conventionné, pas par nos chauffeurs.", OK, 0, ""},
	})
}

// Everyday words for a special fact or a confidential matter, said of
// someone or of the association; a vote's secrecy is the law's.
func TestEverydayWordsOfFactsAndSecrecy(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Graham goes to the 12-step meetings now, don't offer him wine.", Blocked, Sensitive, "health"},
		{"I've got nits again from my daughter's class, I'll skip the choir tonight.", Blocked, Sensitive, "health"},
		{"nathan peut pas nager cette semaine, il a ses piqures pr le sucre", Blocked, Sensitive, "health"},
		{"mr et mme da silva, sonner fort, ils entendent plus grand chose", Blocked, Sensitive, "health"},
		{"le club a 2 340e de retard urssaf, faut pas que ca se sache", Blocked, Sensitive, "confidential"},
		{"the lifeguard got a written warning for yelling at the kids", Blocked, Sensitive, "hr"},
		{"Le vote reste secret, mais Zéphyrin a voté contre la dissolution.", Blocked, Sensitive, "confidential"},

		{"Je veux que ça se sache : la fête est samedi !", OK, 0, ""},
		{"The team got a warning from the referee.", OK, 0, ""},
		{"La guêpe et ses piqûres douloureuses.", OK, 0, ""},
		{"Le CA a voté la fermeture de l'antenne de Lyon ; le vote reste secret.", Blocked, Sensitive, "confidential"},
		{"Rappel : l'inscription sur les listes électorales est possible jusqu'au 6e vendredi avant le scrutin, et le vote reste secret.", OK, 0, ""},
	})
}

// The gray zone: a partner's rumoured withdrawal in the conditional; a
// group of « gamins » is no public: a fact told of them stays theirs.
func TestRumoursAndGroupsAreDoubts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"l'UNAFAM hésiterait à continuer le parrainage", Doubt, Personal, "partner"},
		{"The food bank may pull out of the Friday distributions.", Doubt, Personal, "partner"},

		{"Les gamins de Pierre ont le diabète.", Blocked, Sensitive, "health"},
	})
}
