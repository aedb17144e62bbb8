package classify

import "testing"

// Offices and trades that make a name a public figure when they stand in
// apposition before it (public_roles.txt): national offices (« le garde
// des Sceaux », "Home Secretary", "the Chancellor"), the public trades of
// science and the stage (« la climatologue », « l'astrophysicien »,
// "astronaut", « l'actrice »). Written for the rule; no name of these
// sentences is in famous_names.txt.
func TestPublicTitleInPublicFramePasses(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"La climatologue Magali Reghezza présentera le rapport du GIEC à la médiathèque jeudi.",
		"L'astrophysicien Sébastien Carassou animera la conférence sur les exoplanètes.",
		"Le mathématicien Hugo Duminil-Copin donnera une conférence au lycée en mars.",
		"Le procureur de la République de Lille, Carole Étienne, a présenté le bilan annuel.",
		"Le paléontologue Ronan Allain présentera ses fouilles au muséum samedi.",
		"Foreign Secretary Tom Lindell visited the new library on Friday.",
		"Astronaut Helen Sharman will speak at the science festival on Saturday.",
		"Le glaciologue Antoine Rabatel interviendra au festival du film de montagne.",
	} {
		if r := c.Classify(s); r.Verdict != OK {
			t.Errorf("%q: got %d/%s %v, want public", s, r.Category, r.Verdict, describe(s, r))
		}
	}
}

// The same titles before a member of the association or beside a private
// fact keep the person: a title makes nobody's private life public.
func TestPublicTitleWithPrivateFactStays(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"La climatologue Magali Ferrand, notre adhérente, est hospitalisée depuis lundi.",
		"L'astrophysicien Paul Kerouredan présentera la conférence, il sort d'une cure de désintoxication.",
		"L'actrice de notre troupe, Léa Guillou, doit encore 200 € à l'association.",
		"Le mathématicien Yves Morvan, qui habite 8 rue des Ajoncs, animera l'atelier.",
		"Home Secretary Tom Lindell's son was arrested last night outside the club.",
		"Astronaut Helen Brook, our member, is off sick with depression.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt (%v)", s, describe(s, r))
		}
	}
}
