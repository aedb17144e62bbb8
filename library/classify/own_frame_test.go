package classify

import "testing"

// The author of a quoted work and a person of a dated deed of public
// life are public by their frame even when their surname ends no name
// of famous_names.txt (public_role.go nameInOwnFrame): the famous names
// read these frames only for the surnames of their list. Written for the
// rule; none of these surnames is in the list.
func TestOwnFrameOfUnlistedNamePasses(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"« Les Années douces » de Karine Tuil est adapté au cinéma.",
		"« La Carte postale » d'Anne Berest sera adaptée en série.",
		"« Le Bal des folles » de Victoria Mas est adapté en film.",
	} {
		if r := c.Classify(s); r.Verdict != OK {
			t.Errorf("%q: got %d/%s %v, want public", s, r.Category, r.Verdict, describe(s, r))
		}
	}
}

// The same frames around a member, a child or a private fact stay
// blocked: the public role's guards hold.
func TestOwnFrameOfUnlistedNamePrivateStays(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"« Mes années Ker Anna » de Josiane Le Quéré, notre adhérente, est en vente au stand.",
		"Lecture de « Mon petit frère » de Lucas Berthou, 9 ans, jeudi au centre de loisirs.",
		"« Souvenirs de l'usine » de Maurice Tanguy est adapté en pièce, il est hospitalisé depuis lundi.",
		"Club lecture : « Tenir debout » de Mélissa Le Gall, qui doit encore sa cotisation.",
		"Lecture : « Tenir debout » de Mélissa Kerjean, qui doit encore sa cotisation.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt (%v)", s, describe(s, r))
		}
	}
}

// « Conférence de X » is given by X: the speaker, a public role, not the
// topic of a tribute (public_role_near.go talkGivenBy); « conférence sur X » stays a
// topic. A speaker with a private fact or tied to the association stays
// a person.
func TestTalkOfSpeakerPasses(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Conférence de Valérie Hayer sur l'Europe sociale, mardi 20 h, entrée libre.",
		"Conférence d'Agnès Callamard sur les droits humains, jeudi 19 h au théâtre.",
	} {
		if r := c.Classify(s); r.Verdict != OK {
			t.Errorf("%q: got %d/%s %v, want public", s, r.Category, r.Verdict, describe(s, r))
		}
	}
	for _, s := range []string{
		"Conférence de Josiane Kerbrat, notre adhérente, sur son combat contre le cancer du sein.",
		"Conférence de Paul Le Roux jeudi, il est en arrêt maladie depuis mars.",
		"Conférence de Marc Guillou mardi : il doit encore 200 € à l'association.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt (%v)", s, describe(s, r))
		}
	}
}
