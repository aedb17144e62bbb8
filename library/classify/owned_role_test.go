package classify

import "testing"

// A role qualified by our possessive or by the association's own body is
// a role of ours (owned_role.go): its holder is a member, not a public
// person, whatever the role's word (a storyteller, a singer, a chef, a
// president of a club). Only an elected office keeps its territory after
// « notre ». Written before the rule; all of the first list passed at
// the start of the session.
func TestOwnedRoleStays(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"La conteuse de notre association, Yvonne Le Roy, racontera des histoires aux enfants mercredi.",
		"Le chef cuisinier de notre repas solidaire, Alain Le Guen, a présenté le menu de Noël.",
		"Le président du club de foot, Daniel Morvan, a annoncé la création d'une équipe féminine.",
		"La présidente du comité des fêtes, Martine Salaün, a présidé la remise des prix du concours de crêpes.",
		"La photographe de notre atelier, Solène Kerbrat, expose ses tirages à la médiathèque.",
		"Le pianiste de notre chorale, Hervé Tanguy, jouera au concert de printemps.",
		"The chair of the football club, Dan Hughes, announced a new women's team.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt", s)
		}
	}
	for _, s := range []string{
		"La députée de notre circonscription, Sandrine Le Feur, a inauguré la maison de santé.",
		"Le maire de notre commune, Yves Le Berre, a inauguré la salle des fêtes.",
	} {
		if r := c.Classify(s); r.Verdict != OK {
			t.Errorf("%q: got %s %v, want ok (an office of our territory)", s, r.Verdict, describe(s, r))
		}
	}
}
