package library

import (
	"reflect"
	"testing"
)

func TestPrefill(t *testing.T) {
	tpl := Template{Variables: []Variable{
		{Name: "Nom asso"},
		{Name: "année", Default: "2010"},
		{Name: "usage", Default: "le site web"},
		{Name: "thème"},
	}}
	profile := map[string]string{" nom ASSO ": "Les Amis du Vélo", "Annee": "1998"}
	got := tpl.Prefill(profile)
	want := map[string]string{"Nom asso": "Les Amis du Vélo", "année": "1998", "usage": "le site web"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Prefill = %v, want %v", got, want)
	}
}
