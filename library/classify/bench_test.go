package classify

import (
	"os"
	"strings"
	"testing"
)

// benchValue is a typical 200-byte filled value.
const benchValue = "Mme Caillaud, 8 rue des Mésanges à Angers, viendra avec sa fille le mardi ; " +
	"elle est diabétique et demande un repas adapté. Le bureau n'a pas encore décidé du budget."

// benchForm is a 10-field form: values of 40 to 200 bytes.
var benchForm = []string{
	"Les Jardins Partagés du Quartier Nord",
	"2011",
	"Rendre le jardinage accessible à tous les habitants du quartier, quels que soient leur âge et leurs moyens.",
	"Atelier compost ouvert à tous le samedi 12 avril de 10h à 12h, salle polyvalente, entrée libre.",
	"réseaux sociaux",
	"Contact : jardins.nord@example.org, 06 12 34 56 78 (Karima, coordinatrice bénévole)",
	"Nos adhérents ont en moyenne 62 ans ; la plupart habitent les immeubles voisins.",
	"Un de nos bénévoles est en arrêt maladie, il faut le remplacer pour la distribution du jeudi.",
	"300 mots",
	"Ton chaleureux, tutoiement, pas d'emoji, termine par un appel à venir nous rencontrer au jardin.",
}

// benchProse is about 1 MB of French association prose, with some personal
// and sensitive sentences mixed in.
func benchProse(b *testing.B) string {
	b.Helper()
	seed, err := os.ReadFile("testdata/direct_prose_fr.txt")
	if err != nil {
		seed = []byte(strings.Join(benchForm, "\n") + "\n")
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.Write(seed)
		sb.WriteString(benchValue)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func BenchmarkClassifyValue(b *testing.B) {
	c := New(Rules{Allow: []string{"Les Jardins Partagés"}, Deny: []string{"projet Phénix"}})
	warmLexicons()
	b.SetBytes(int64(len(benchValue)))
	b.ReportAllocs()
	for b.Loop() {
		c.Classify(benchValue)
	}
}

func BenchmarkClassifyForm10(b *testing.B) {
	c := New(Rules{Allow: []string{"Les Jardins Partagés"}, Deny: []string{"projet Phénix"}})
	warmLexicons()
	b.ReportAllocs()
	for b.Loop() {
		for _, v := range benchForm {
			c.Classify(v)
		}
	}
}

func BenchmarkClassifyProse1MB(b *testing.B) {
	c := New(Rules{Allow: []string{"Les Jardins Partagés"}, Deny: []string{"projet Phénix"}})
	warmLexicons()
	prose := benchProse(b)
	b.SetBytes(int64(len(prose)))
	b.ReportAllocs()
	for b.Loop() {
		c.Classify(prose)
	}
}
