package classify

import "testing"

// An official who visits or opens a hospital, or signs a decree
// (« l'arrêté »), acts in office: the hospital is the place of the act,
// « arrêté » after its article is no arrest (public_role.go
// publicPlaceOrAct). The same words told of someone's stay or arrest
// keep the person.
func TestOfficialActAtHospitalPasses(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"La ministre de la Santé, Yannick Neuder, a visité l'hôpital de Vannes lundi.",
		"Le préfet du Morbihan, Pascal Bolot, a signé l'arrêté de restriction d'eau.",
		"Health Secretary Karin Smyth opened the new hospital wing in Leeds.",
	} {
		if r := c.Classify(s); r.Verdict != OK {
			t.Errorf("%q: got %d/%s %v, want public", s, r.Category, r.Verdict, describe(s, r))
		}
	}
	for _, s := range []string{
		"Le maire de Plouay, Jean Martin, est à l'hôpital depuis lundi.",
		"Le préfet Pascal Bolot a été arrêté hier soir à Vannes.",
		"La députée Anne Le Hénanff a visité l'hôpital où sa mère est soignée.",
		"Councillor Dave Pryce is in hospital after a fall.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt (%v)", s, describe(s, r))
		}
	}
}
