package classify

import "testing"

// A rule of the association told as a rule — its statutes cited, a rule
// for anyone who holds a role, a term of office — is public; a case told
// in the past or the future, one of ours pointed at, a name or a blocked
// word stays.
func TestStatuteRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tout membre du bureau peut convoquer une réunion extraordinaire.", OK, 0, ""},
		{"Le trésorier est élu pour un an par le conseil d'administration et peut être réélu deux fois.", OK, 0, ""},
		{"Selon les statuts, le vice-président remplace le président en cas d'empêchement.", OK, 0, ""},
		{"Statuts, article 9 : le bureau comprend un président, un secrétaire et un trésorier élus pour deux ans.", OK, 0, ""},
		{"Les statuts révisés prévoient qu'aucun administrateur ne peut être salarié de l'association.", OK, 0, ""},
		{"The secretary keeps the register of members; any member may check their own entry on request.", OK, 0, ""},
		{"Article 5 du règlement intérieur : les bénévoles sont tenus à la discrétion sur la situation des personnes accueillies.", OK, 0, ""},
		{"Selon le règlement intérieur, notre animateur doit être licencié pour faute grave.", Blocked, Sensitive, "hr"},
		{"Tout membre du bureau peut savoir que la secrétaire est en conflit avec le président.", Blocked, Sensitive, "hr"},
		{"Conformément au règlement intérieur, la salariée sera licenciée.", Doubt, Personal, "single-role"},
		{"Selon les statuts, le bureau a décidé d'exclure le trésorier.", Doubt, Personal, "internal"},
		{"Selon les statuts, le trésorier doit être exclu pour détournement.", Blocked, Sensitive, "criminal"},
		{"Any member can see the treasurer is being sued by the bank.", Blocked, Sensitive, "litigation"},
		{"Les statuts prévoient la fusion avec Entraide Sud dès que le bureau aura convaincu les adhérents.", Blocked, Sensitive, "merger"},
		{"Selon les statuts, Jean Dupont doit être exclu.", Blocked, Personal, "name"},
	})
}

// Convening a meeting is no summons; a person summoned, to a
// disciplinary meeting or into an office, is.
func TestMeetingConvened(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les adhérents sont convoqués à l'AG du 12 mars.", OK, 0, ""},
		{"Les statuts prévoient que le secrétaire tient le registre des délibérations et convoque les assemblées.", OK, 0, ""},
		{"Le président convoque l'assemblée générale une fois par an.", Doubt, Personal, "single-role"},
		{"Le directeur convoque Paul pour un entretien préalable.", Blocked, Sensitive, "hr"},
		{"Convoquée au bureau du directeur lundi, elle a pleuré.", Blocked, Sensitive, "hr"},
		{"Le salarié est convoqué à une réunion disciplinaire.", Blocked, Sensitive, "hr"},
		{"Le bénévole est convoqué au conseil de discipline.", Blocked, Sensitive, "hr"},
	})
}
