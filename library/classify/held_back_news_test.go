package classify

import "testing"

// News the sentence holds back from being said (« pas encore annoncé »,
// "until the AGM"), kept inside or still weighed, a small count of our
// public said to be small, and a fall in what comes « en ligne » are
// internal: a doubt. Advice to the reader, instructions to an AI and
// announcements pass.
func TestNewsHeldBackOrFewPeopleIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le nouveau tarif, on ne l'affiche qu'après le vote", Doubt, 0, ""},
		{"La nouvelle animatrice commence lundi, ne pas encore le publier sur la page", Doubt, 0, ""},
		{"The new kit sponsor won't be announced until June", Doubt, 0, ""},
		{"Nothing to post about the summer camp prices until the board agrees", Doubt, 0, ""},
		{"Date du séminaire fixée en interne, à garder pour le moment", Doubt, 0, ""},
		{"Nous envisageons de fermer la permanence du jeudi", Doubt, 0, ""},
		{"Seuls deux bénévoles sont venus au rangement samedi", Doubt, 0, ""},
		{"Only three families came to the parents' evening", Doubt, 0, ""},
		{"Les adhésions en ligne ont chuté depuis septembre", Doubt, 0, ""},
		{"Online donations dropped sharply this term", Doubt, 0, ""},
		{"Avant de publier le compte rendu, relisez-le à deux", OK, 0, ""},
		{"N'hésitez pas à en parler à vos voisins", OK, 0, ""},
		{"Ne partagez jamais vos codes d'accès", OK, 0, ""},
		{"Les gagnants seront annoncés à la fin du tournoi", OK, 0, ""},
		{"Atelier de 6 enfants maximum, seulement sur inscription", OK, 0, ""},
		{"Inscriptions en ligne ouvertes jusqu'au 30 juin", OK, 0, ""},
		{"Relis ce texte avant de le publier sur notre page", OK, 0, ""},
		{"N'affiche pas les tarifs, seulement les horaires", OK, 0, ""},
		{"Suggest three titles before writing the post", OK, 0, ""},
	})
}
