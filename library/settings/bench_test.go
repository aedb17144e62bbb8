package settings

import (
	"testing"

	"tamis/library/classify"
)

// BenchmarkCheckAllow: what adding one allow entry costs, the classifier
// built with the lists included (the interface builds it at each save).
func BenchmarkCheckAllow(b *testing.B) {
	r := classify.Rules{Deny: []string{"Projet Horizon", "fusion Hermès"}}
	for range b.N {
		if err := CheckAllow(AllowClassifier(r), "Maison des associations du 7e"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckProfileValue: one profile value checked, classifier built.
func BenchmarkCheckProfileValue(b *testing.B) {
	r := classify.Rules{Allow: []string{"Salle Pasteur"}}
	for range b.N {
		if err := CheckProfileValue(ProfileClassifier(r), "mission", "Réparer des vélos avec les habitants du quartier, chaque samedi"); err != nil {
			b.Fatal(err)
		}
	}
}
