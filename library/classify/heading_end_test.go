package classify

import (
	"testing"

	"tamis/library/classify/text"
)

// Where a heading ends, for each reading's marks: the first colon or
// spaced dash after the first word, within reach; a colon first when it
// wins; a quotation mark when it counts; a colon behind a bracket only
// when the gap is read whole.
func TestHeadingEnd(t *testing.T) {
	cases := []struct {
		value string
		marks headingMarks
		end   int
		mark  byte
	}{
		{"Exercice FLE : vous êtes Paul", teachingMarks, 2, ':'},
		{"Niveau A2 – Lisez : le texte", teachingMarks, 3, ':'},                 // the colon wins over the dash before it
		{"Niveau A2 – lisez le texte et répondez", teachingMarks, 2, '-'},       // no colon: the dash
		{"Un deux trois quatre cinq six sept huit : neuf", teachingMarks, 0, 0}, // the colon is too far
		{"Jeu de rôle sans marque", teachingMarks, 0, 0},
		{"Club lecture – « Tartuffe » : Orgon accueille", workMarks, 2, '-'}, // the first mark of either
		{"« Tartuffe » : Orgon accueille un dévot", workMarks, 1, ':'},       // a colon after the closing quote
		{"Un deux trois quatre cinq six sept huit neuf dix : onze", workMarks, 10, ':'},
		{"Un deux trois quatre cinq six sept huit neuf dix onze : douze", workMarks, 0, 0},
		{"Texte de l'affiche : la fête a lieu samedi", publicMarks, 4, ':'},
		{"Communiqué « La mairie ouvre »", publicMarks, 1, '"'},
		{"Rapport moral 2025 (version publiée) : le bilan – les comptes", publicMarks, 7, '-'}, // « ) : » reads as a bracket
		{"Rapport moral 2025 (version publiée) : le bilan", headingMarks{}, 5, ':'},
		{"Une phrase sans marque aucune", publicMarks, 0, 0},
		{"", publicMarks, 0, 0},
	}
	for _, c := range cases {
		var sc text.Scanner
		sc.Reset(c.value, nil)
		var s text.Sentence
		sc.Next(&s)
		if end, mark := headingEnd(c.value, s.Toks, c.marks); end != c.end || mark != c.mark {
			t.Errorf("headingEnd(%q, %+v) = %d %q, want %d %q", c.value, c.marks, end, mark, c.end, c.mark)
		}
	}
}

// A public heading's brackets: the first opening one and the first
// closing one after it, before the heading's end.
func TestBracketIn(t *testing.T) {
	cases := []struct {
		value      string
		end        int
		open, shut int
	}{
		{"Rapport moral (version publiée) suite", 5, 2, 4},
		{"Rapport moral (version publiée suite", 5, 2, -1},
		{"Rapport) moral (version) publiée", 4, 2, 3},       // a closing bracket before the opening one is not its pair
		{"Rapport moral (version publiée) suite", 3, 2, -1}, // the closing bracket is past the end
		{"Rapport moral", 2, -1, -1},
	}
	for _, c := range cases {
		var sc text.Scanner
		sc.Reset(c.value, nil)
		var s text.Sentence
		sc.Next(&s)
		if open, shut := bracketIn(s.Toks, c.end); open != c.open || shut != c.shut {
			t.Errorf("bracketIn(%q, %d) = %d %d, want %d %d", c.value, c.end, open, shut, c.open, c.shut)
		}
	}
}
