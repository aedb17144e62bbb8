package classify

import "testing"

// A name of the kept famous list passes where the sentence speaks of a
// public figure, whatever its spelling: an apostrophe (« Jeanne d'Arc »,
// "Eugene O'Neill"), a « Saint- » surname (« Antoine de Saint-Exupéry »,
// « Camille Saint-Saëns »), or a quotation signed on its own line
// (« … » — Nelson Mandela).
func TestFamousNameFoundWhateverItsSpelling(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Conférence sur Jeanne d'Arc et le siège d'Orléans, samedi 15h", OK, 0, ""},
		{"Rendez-vous devant la statue de Jeanne d'Arc pour le départ de la randonnée urbaine", OK, 0, ""},
		{"Exposition sur Jeanne d'Arc et la guerre de Cent Ans au musée de la ville", OK, 0, ""},
		{"Lecture de textes de Jeanne d'Arc par la troupe du lycée", OK, 0, ""},
		{"Reading of a play by Eugene O'Neill at the English library, Friday 7pm", OK, 0, ""},
		{"Lecture du Petit Prince d'Antoine de Saint-Exupéry à la médiathèque, mercredi 15h", OK, 0, ""},
		{"Concert : le Carnaval des animaux de Camille Saint-Saëns par l'orchestre des jeunes", OK, 0, ""},
		{"Atelier philo autour d'une citation de Saint-Exupéry, mercredi 18h", OK, 0, ""},
		{"« L'éducation est l'arme la plus puissante pour changer le monde. » — Nelson Mandela", OK, 0, ""},
		{"« On ne voit bien qu'avec le cœur. » — Antoine de Saint-Exupéry", OK, 0, ""},
		{"« La vie, c'est comme une bicyclette, il faut avancer pour ne pas perdre l'équilibre. » — Albert Einstein", OK, 0, ""},
		{"“Be the change that you wish to see in the world.” — Mahatma Gandhi", OK, 0, ""},
	})
}

// A name the list does not hold, a first name the list does not give
// with a famous surname, or a relation, news or a fact keep a person.
func TestFamousLookupKeepsPersons(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"« Je n'en peux plus de ce travail » — Marie Dupont, bénévole", Blocked, Personal, "name"},
		{"« Je suis malade depuis mars » — Nelson Martin", Blocked, Sensitive, ""},
		{"« Merci pour tout » — Kevin Mandela, notre adhérent", Blocked, Personal, "name"},
		{"Appeler Jean de Saint-Martin pour la cotisation", Blocked, Personal, "name"},
		{"Marie Saint-Pierre, notre trésorière, a démissionné", Blocked, 0, "name"},
		{"Relancer M. O'Neill pour son dossier", Blocked, Personal, "name"},
		{"Kevin O'Neill, our treasurer, is in hospital since Monday", Blocked, 0, ""},
		{"Jeanne d'Arc Durand vient chercher son colis lundi", Blocked, Personal, "name"},
		{"Jeanne d'Arc viendra samedi au local pour son dossier", Blocked, Personal, "name"},
		{"Fête de la Saint-Jean au jardin partagé, samedi 18h", OK, 0, ""},
		{"Rendez-vous rue Saint-Exupéry devant la MJC, samedi 10h", OK, 0, ""},
	})
}
