package classify

import "testing"

// A special word in a notice that tells its reader whom to call (first
// aid, help lines) is about no one (reader_appeal.go); the same advice
// that names or points at someone, or ties its reader to real life, keeps
// the fact. A form's bare question (« Êtes-vous diabétique ? ») offers
// nothing and stays blocked: precaution.
var readerNoticeCases = []ruleCase{
	{"En cas de malaise, appelez le 15.", OK, 0, ""},
	{"En cas d'arrêt cardiaque, appelez le SAMU et commencez le massage.", OK, 0, ""},
	{"Composez le 15 pour le SAMU en cas d'urgence.", OK, 0, ""},
	{"Si tu es victime de harcèlement, appelle le 3020.", OK, 0, ""},
	{"En cas de crise d'épilepsie, ne pas bouger la personne et appeler le 15.", OK, 0, ""},
	{"In case of a seizure, do not move the person and call 999.", OK, 0, ""},
	{"If someone collapses, call 999 and start CPR.", OK, 0, ""},
	// the same shapes about someone
	{"Tu refais une crise d'épilepsie ?", Blocked, Sensitive, "health"},
	{"Appelez-moi, je suis séropositif.", Blocked, Sensitive, "health"},
	{"Si vous êtes toujours hospitalisée lundi, prévenez-nous.", Blocked, Sensitive, "health"},
	{"Prévenez le 15 : diabétique, 72 ans, chute dans l'escalier.", Blocked, Sensitive, "health"},
	{"Appeler sa psychiatre demain, elle refait une dépression.", Blocked, Sensitive, "health"},
	{"Contactez l'infirmière, l'enfant fait une crise d'asthme.", Blocked, Sensitive, "health"},
	{"Call me, I've been arrested again.", Blocked, Sensitive, "criminal"},
	{"Appelez le 15 : mon fils fait une crise d'épilepsie.", Blocked, Sensitive, "health"},
	{"Vous êtes enceinte : nous avons prévu une place assise.", Blocked, Sensitive, "health"},
	{"Signalez au coach que la petite du 3e est épileptique.", Blocked, Sensitive, "health"},
	{"Êtes-vous toujours sous chimio, Jeanne ?", Blocked, Sensitive, "health"},
	{"If you are still off sick on Monday, call Sarah.", Blocked, Sensitive, "health"},
	{"Si ton père est encore hospitalisé, appelle-moi.", Blocked, Sensitive, "health"},
}

func TestNoticeToCallIsAboutNoOne(t *testing.T) {
	runRuleCases(t, readerNoticeCases)
}
