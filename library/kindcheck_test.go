package library

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// assoc is the profile of the examples: a generic contact on a webmail,
// and a website on the association's own domain.
var assoc = AssociationOf(map[string]string{
	"Nom asso": "Les Amis du Vélo",
	"contact":  "Écrivez-nous : amisduvelo@gmail.com ou 04 72 00 00 00",
	"site web": "https://www.amisduvelo.fr/accueil",
})

func TestAssociationOf(t *testing.T) {
	want := Association{Emails: []string{"amisduvelo@gmail.com"}, Domains: []string{"amisduvelo.fr"}}
	if !reflect.DeepEqual(assoc, want) {
		t.Fatalf("got %+v, want %+v", assoc, want)
	}
}

func TestKindCheck(t *testing.T) {
	fits := map[Kind][]string{
		KindShortText:   {"atelier vélo", strings.Repeat("a", maxShortText)},
		KindFreeText:    {"deux lignes\nde texte", "Mme Dupont"},
		KindDate:        {"12/03/2026", "12.3.26", "2026-03-12", "samedi 14 juin", "le 1er mars 2026", "mars 2026", "du 12 au 14 mars", "Mardi", "les samedis", "12-14 mars", "2026"},
		KindTime:        {"14h", "14h30", "14:30", "14 h 30", "midi", "de 14h à 16h", "9h-12h", "vers 18 heures", "de 9h à midi"},
		KindNumber:      {"150", "1 500", "1 500", "12,5", "-3", "30 %", "30 personnes", "environ 40 €", "100 mots"},
		KindDuration:    {"2 heures", "1h30", "90 min", "trois jours", "une demi-journée", "deux heures par semaine", "2 à 3 heures", "1 heure et demie", "45mn"},
		KindChoice:      {"Plaquette", "site   web"},
		KindPublicPlace: {"salle des fêtes de Villeurbanne", "12 rue de la Paix, 75002 Paris", "Chez Paulette, café associatif"},
		KindURL:         {"https://www.amisduvelo.fr/agenda", "www.amisduvelo.fr", "http://exemple.org/a?b=c", "https://fête.fr", "amisduvelo.fr/agenda"},
		KindAssocEmail:  {"amisduvelo@gmail.com", "AmisDuVelo@Gmail.com", "contact@amisduvelo.fr", "benevoles@lyon.amisduvelo.fr"},
	}
	misfits := map[Kind][]string{
		KindShortText:   {"une\ndeux", strings.Repeat("a", maxShortText+1)},
		KindDate:        {"Mme Dupont, diabétique", "demain", "14", "32/01/2026", "12/13/2026", "12 mars, chez Jean", "12 mars\n2026"},
		KindTime:        {"14h75", "25h", "Mme Dupont", "le soir", "14"},
		KindNumber:      {"cent", "12 Dupont", "12 ans et diabétique", "06 12 34 56 78 9", "1,2,3", ""},
		KindDuration:    {"2", "longtemps", "2 heures avec Jean", "trois"},
		KindChoice:      {"affiche", "site"},
		KindPublicPlace: {"chez Mme Dupont", "chez elle, 3e étage", "domicile de la famille", "M. Martin", "06 12 34 56 78", "jean@gmail.com", "digicode 12A4"},
		KindURL:         {"jean.dupont", "ftp://exemple.fr", "https://jean:secret@exemple.fr", "https://localhost/", "voir le site", "mailto:jean@gmail.com"},
		KindAssocEmail:  {"marie.dupont@gmail.com", "contact@amisduvelo.fr.evil.com", "amisduvelo.fr", "jean@notamisduvelo.fr", "Mme Dupont"},
	}
	for kind, values := range fits {
		v := Variable{Name: "v", Kind: kind, Choices: []string{"site web", "plaquette"}}
		for _, value := range values {
			if err := v.Check(value, assoc); err != nil {
				t.Errorf("%s: %q refused: %v", kind, value, err)
			}
		}
	}
	for kind, values := range misfits {
		v := Variable{Name: "v", Kind: kind, Choices: []string{"site web", "plaquette"}}
		for _, value := range values {
			if value == "" {
				continue
			}
			err := v.Check(value, assoc)
			var ke *KindError
			if !errors.As(err, &ke) || ke.Var != "v" || ke.Kind != kind || ke.Reason == "" {
				t.Errorf("%s: %q accepted (%v)", kind, value, err)
				continue
			}
			if strings.Contains(strings.ToLower(err.Error()), "dupont") || strings.Contains(err.Error(), "Jean") {
				t.Errorf("%s: the message repeats the value: %v", kind, err)
			}
		}
	}
}

// Without a kind, or with an empty value, nothing is refused here: the
// classifier (and Fill's missing check) decide.
func TestKindCheckNoKind(t *testing.T) {
	for _, v := range []Variable{{Name: "v"}, {Name: "v", Kind: KindFreeText}} {
		if err := v.Check("Mme Dupont, diabétique\n06 12 34 56 78", assoc); err != nil {
			t.Errorf("%+v: %v", v, err)
		}
	}
	if err := (Variable{Name: "v", Kind: KindDate}).Check("  ", assoc); err != nil {
		t.Errorf("empty value: %v", err)
	}
}

func TestAssocEmailWithoutProfile(t *testing.T) {
	err := Variable{Name: "e", Kind: KindAssocEmail}.Check("contact@amisduvelo.fr", Association{})
	if err == nil || !strings.Contains(err.Error(), "profil") {
		t.Fatalf("got %v", err)
	}
}

func TestCheckKinds(t *testing.T) {
	tpl := Template{Prompt: "[d] [n] [x]", Variables: []Variable{
		{Name: "d", Kind: KindDate}, {Name: "n", Kind: KindNumber}, {Name: "x"}}}
	errs := tpl.CheckKinds(map[string]string{"d": "Mme Dupont, diabétique", "n": "12", "x": "Jean"}, Association{})
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "[d] : une date est attendue") {
		t.Fatalf("got %v", errs)
	}
}

// BenchmarkKindCheck checks one value of each kind, as a form of ten typed
// fields does on a keystroke.
func BenchmarkKindCheck(b *testing.B) {
	vals := map[Kind]string{KindShortText: "atelier vélo", KindDate: "samedi 14 juin 2026", KindTime: "de 14h à 16h30",
		KindNumber: "1 500 personnes", KindDuration: "deux heures par semaine", KindChoice: "plaquette",
		KindPublicPlace: "12 rue de la Paix, 75002 Paris", KindURL: "https://www.amisduvelo.fr/agenda",
		KindAssocEmail: "inscriptions@amisduvelo.fr", KindFreeText: "un texte libre"}
	b.ReportAllocs()
	for b.Loop() {
		for k, v := range vals {
			if err := (Variable{Name: "v", Kind: k, Choices: []string{"site web", "plaquette"}}).Check(v, assoc); err != nil {
				b.Fatal(err)
			}
		}
	}
}
