package classify

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"tamis/library/classify/lexicon"
)

// famousLookalikeNotes are everyday notes of an association about one of
// its people, without a civility, contact details, a relation word or
// news: the sentences where a volunteer whose surname is a famous one
// (« Paul Baudelaire », « Inès Verlaine ») could pass for a public figure.
var famousLookalikeNotes = []string{
	"Inscrire %s à l'atelier couture du mardi.",
	"%s a oublié son écharpe au local.",
	"Le vélo de %s est resté dans la cour.",
	"Covoiturage : %s part de la gare à 8 h.",
	"Réunion du bureau avec %s jeudi.",
	"Merci à %s pour les gâteaux !",
	"Concert de la chorale : solo de %s.",
	"Atelier lecture animé par %s.",
	"Thanks to %s for the cakes!",
	"Reading club: %s will host the next session.",
	"Bénéficiaires du colis alimentaire : %s.",
	"%s a déclaré qu'il apportera les gâteaux samedi.",
}

// TestFamousSurnamesOfOrdinaryPeople measures the reverse leak: ordinary
// first names with surnames of the famous list (every tenth of them, in
// its order), in everyday notes. Nearly all must stay blocked.
func TestFamousSurnamesOfOrdinaryPeople(t *testing.T) {
	var singles []string
	for n := range lexicon.LoadWords(lexicon.Data, "data/famous_names.txt") {
		if !strings.Contains(n, " ") {
			singles = append(singles, n)
		}
	}
	sort.Strings(singles)
	firsts := []string{"Paul", "Inès", "Karim", "Chloé", "Mamadou", "Sophie", "Thomas", "Aïcha"}
	var names []string
	for k := 0; k < len(singles); k += 10 {
		names = append(names, firsts[k/10%len(firsts)]+" "+strings.ToUpper(singles[k][:1])+singles[k][1:])
	}
	checkReverseLeak(t, names, "a famous surname", 2)
}

// checkReverseLeak puts each name in one of famousLookalikeNotes, in turn,
// and fails when more than bound percent of the notes pass because the
// name is read as a public figure's: blocked by a classifier that reads
// no name so, not blocked by the real one. A note that passes both ways
// is a miss of the name rules (« Thanks to Eartha Kitt »), not of the
// famous list, and is only counted.
func checkReverseLeak(t *testing.T, names []string, what string, bound float64) {
	t.Helper()
	c := New(Rules{})
	plain := New(Rules{})
	plain.noFamous = true
	famous, missed := 0, 0
	for k, name := range names {
		text := fmt.Sprintf(famousLookalikeNotes[k%len(famousLookalikeNotes)], name)
		if r := c.Classify(text); r.Verdict != Blocked {
			if plain.Classify(text).Verdict == Blocked {
				famous++
				t.Logf("read as a public figure: %s (%s)", text, r.Verdict)
			} else {
				missed++
			}
		}
	}
	rate := 100 * float64(famous) / float64(len(names))
	t.Logf("%d of %d everyday notes about a person with %s pass as a public figure's (%.1f %%); %d more pass without the famous list",
		famous, len(names), what, rate, missed)
	if rate > bound {
		t.Errorf("reverse leak: %.1f %% of the notes pass as a public figure's, bound %.0f %%", rate, bound)
	}
}
