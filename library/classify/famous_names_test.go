package classify

import (
	"path/filepath"
	"testing"
)

// TestEvalFamousNames measures a set written by hand for issue 7 §4
// (testdata/famous): public texts that name public figures, historical
// persons, fictional characters, works and places named after people (a
// choir's programme, a reading club, a history talk, a quote and its
// author, a saint's day, a champion), beside persons of the association
// whose surname is a famous one (« M. Mozart, notre trésorier », « Sophie
// Racine a été arrêtée hier soir ») that must stay blocked.
func TestEvalFamousNames(t *testing.T) {
	m := measure(New(Rules{}), readEval(t, filepath.Join("testdata/famous", "famous.jsonl")))
	m.check(t, "famous names", famousFloor)
	fresh := measure(New(Rules{}), readEval(t, filepath.Join("testdata/famous", "fresh.jsonl")))
	fresh.check(t, "famous names, second set", famousFreshFloor)
}

// famousFreshFloor guards a second set of 30 public texts written later
// (testdata/famous/fresh.jsonl): 15 blocked and 19 flagged without the
// rules of famous_names.go, 9 and 10 with them; its first half was read
// while the last cues were written, its second half was not (6 and 7
// before, 5 and 5 after).
var famousFreshFloor = bounds{riskyBlocked: 0, sensitiveCat4: 0, okBlocked: 31, okFlagged: 34, grayFlagged: 0}

// famousFloor guards the figures of the set: every person stays blocked,
// and the public texts keep what the kept list gave them (48.8 % blocked
// and 57.5 % flagged before it, 21.2 % and 28.8 % after; the rest name
// people no kept list holds, French surnames such as Chopin or Ravel, or
// a first name the list does not give with the famous name, « Emmanuel
// Macron »: see TestFamousSurnamesOfOrdinaryPeople for why).
var famousFloor = bounds{riskyBlocked: 100, sensitiveCat4: 80, okBlocked: 22, okFlagged: 30, grayFlagged: 0}

// The names of the kept list pass where a public text names them: alone,
// in full, as the author of a work, with a quotation or dates of life.
func TestFamousNamesPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Soirée théâtre : Le Dindon de Feydeau, par la troupe du lycée.", OK, Public, ""},
		{"Wolfgang Amadeus Mozart a écrit son Requiem en 1791.", OK, Public, ""},
		{"Club de lecture : « Nana » d'Émile Zola.", OK, Public, ""},
		{"Gloria de Vivaldi et Requiem de Fauré au programme.", OK, Public, ""},
		{"Lecture d'extraits de Victor Hugo et de George Sand à la médiathèque.", OK, Public, ""},
		{"Hommage à Robert Badinter, qui a aboli la peine de mort.", OK, Public, ""}, // not in the lists: the subject of a tribute (cultural_topic.go)
		{"Abraham Lincoln (1809-1865), sixteenth president.", OK, Public, ""},
		{"Our reading group discusses a novel by Jane Austen.", OK, Public, ""},
		{"Film night: Sherlock Holmes solves another case.", OK, Public, ""},
		{"Napoléon Bonaparte a créé le Code civil en 1804.", OK, Public, ""},
		// an office after a copula (famous_guards.go roleAfterCopula)
		{"Helmut Kohl a été chancelier de la réunification.", OK, Public, ""},
		{"Margaret Thatcher a été Première ministre du Royaume-Uni de 1979 à 1990.", OK, Public, ""},
		// the cast after a quoted title (famous_guards.go castAfterTitle)
		{"Séance au foyer : « La Haine » avec Vincent Cassel.", OK, Public, ""},
	})
}

// A famous name stays a person's when the sentence ties it to someone of
// today: a civility, contact details, a relation to the association or to
// someone, a fact told as new, a verb in the present right after it, a
// word that addresses a person; and a first name with a famous name, in a
// sentence with nothing public about it.
func TestFamousNamesGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"M. Feydeau a rappelé pour son inscription.", Blocked, Personal, "name"},
		{"Écrire à Émile Zola : emile.zola@example.org", Blocked, Personal, ""},
		{"Notre bénévole Émile Zola tiendra le stand.", Blocked, Personal, "name"},
		{"La maman de Victor Hugo demande une place à la crèche.", Blocked, Personal, "name"},
		{"Jane Austen a été hospitalisée hier soir.", Blocked, Sensitive, ""},
		{"Victor Hugo est diabétique, prévoir un goûter adapté.", Blocked, Sensitive, ""},
		{"Relancer Feydeau pour la cotisation.", Blocked, Personal, "name"},
		{"Marie Curie viendra samedi.", Blocked, Personal, "name"},
		{"Victor Hugo viendra aider au déménagement.", Blocked, Personal, "name"},
		{"Mon ami Jules Verne passera ce soir.", Blocked, Personal, ""},
		{"Chloé Verne vient à l'atelier lecture mercredi.", Blocked, Personal, "name"},
		{"Charles Darwin will bring the history books.", Blocked, Personal, "name"},
		{"Victor Hugo récupère les clés du local.", Blocked, Personal, "name"},
		{"Merci à Madame Hélène de La Rochefoucauld-Ternay pour son don.", Blocked, Personal, "name"},
		{"Hélène de La Rochefoucauld a renouvelé son adhésion.", Blocked, Personal, "name"},
		{"Odile Mozart a payé sa cotisation.", Blocked, Personal, "name"},
		{"Odile Feydeau-Marchal a payé sa cotisation.", Blocked, Personal, "name"},
		{"Concert de la chorale : solo de John Mitchell.", Blocked, Personal, "name"},
		{"Le vélo de Victor Hugo est resté dans la cour.", Blocked, Personal, "name"},
		{"Marie Curie, née en 1938, a besoin d'un accompagnement.", Blocked, Personal, "name"},
		// a fact of a special category about a famous name stays one
		{"Feydeau, séropositif, cherche un logement.", Blocked, Sensitive, "health"},
		{"Wolfgang Amadeus Mozart, séropositif, cherche un logement.", Blocked, Sensitive, "health"},
		{"Feydeau a été condamné pour vol.", Blocked, Sensitive, "criminal"},
		// an office in the association, a meeting, news: no public office, no cast
		{"Tony Blair est trésorier de notre club depuis mars.", Blocked, Personal, "name"},
		{"Rendez-vous avec Jean Dujardin samedi au local pour les clés.", Blocked, Personal, "name"},
		{"Helmut Kohl a été chancelier, il est hospitalisé depuis hier.", Blocked, Sensitive, ""},
		{"On répète « Le Cid » avec Julie Marchand, notre nouvelle adhérente.", Blocked, Personal, "name"},
	})
}

// Three shapes tell a public or historical person without a list: the
// years of a life that has ended after the name, a first name in the
// plural on a saint's day, a first name with a regnal number. A relation,
// a family, no saint's day or news keep a person.
func TestLifeDatesAndNameDays(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Exposé sur Lucie Aubrac (1912-2007), résistante.", OK, Public, ""},
		{"Odette Marchal (1935 – 2020) a légué sa maison à la commune.", OK, Public, ""},
		{"Bonne fête à toutes les Catherine ce 25 novembre !", OK, Public, ""},
		{"Le 6 décembre, on fête les Nicolas.", OK, Public, ""},
		{"Hommage à Jean Dupont (1941-2023), notre ancien président.", Doubt, Personal, ""},
		{"Karima Benali (1985) est inscrite à l'atelier.", Blocked, Personal, "name"},
		{"Karima Benali (2019-2024) au conseil d'administration.", Blocked, Personal, "name"}, // a term of office
		{"Chez les Martin, on fête Noël.", Blocked, Personal, "name"},
		{"Demander aux Nicolas s'ils viennent.", Blocked, Personal, "name"},
		{"Visite du château de Versailles, construit sous Louis XIV.", OK, Public, ""},
		{"Henri IV et la poule au pot : atelier cuisine.", OK, Public, ""},
		{"Karim IV viendra demain.", Blocked, Personal, "name"},
	})
}

// A famous name with a word of a life in history, its end or its
// memorials (« son exil », « repose au cimetière », "was crowned") is the
// historical figure; the same name in an everyday frame is not.
func TestFamousNameWithAHistoricalLife(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Émile Zola repose au Panthéon : prépare la visite pour le club.", OK, 0, ""},
		{"Victor Hugo écrivit Les Châtiments pendant son exil à Jersey.", OK, 0, ""},
		{"Victor Hugo paie sa cotisation samedi à la permanence.", Blocked, Personal, "name"},
		{"Covoiturage : Émile Zola part de la gare à 8 h.", Blocked, Personal, "name"},
	})
}

// A famous name given as a quiz's answer is general knowledge; a person
// of the lists who answers is anybody.
func TestFamousNameAsAQuizAnswer(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Quiz : qui a écrit « Les Misérables » ? Réponse : Victor Hugo.", OK, 0, ""},
		{"Quiz night, question 7: who wrote it? (Answer: Victor Hugo)", OK, 0, ""},
		{"Réponse de Marie Dupont : elle viendra.", Blocked, Personal, "name"},
	})
}
