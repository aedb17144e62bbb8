package store

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"tamis/library"
)

// testTimeout keeps the lock tests fast; production uses lockTimeout.
const testTimeout = 100 * time.Millisecond

// seedFS is a small default library in the text format.
func seedFS() fstest.MapFS {
	return fstest.MapFS{
		"PROMPT-001.md": {Data: []byte("[PROMPT-001] Présentation courte\nTags : communication\nStatut : validé\n\nCONTEXTE :\n« [Nom asso] est une association. »\n\nPROMPT :\n« Rédige une présentation. »\n")},
		"PROMPT-002.md": {Data: []byte("[PROMPT-002] Publication d'événement\n\nCONTEXTE :\n« Atelier ouvert à tous. »\n\nPROMPT :\n« Rédige un message pour [réseau]. »\n")},
		"README.txt":    {Data: []byte("not a template")},
	}
}

// newStore opens a fresh store in a temporary folder.
func newStore(t testing.TB, seed fs.FS) *Store {
	t.Helper()
	s, err := open(filepath.Join(t.TempDir(), "tamis.db"), seed, testTimeout)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// sample builds a valid template with every field set.
func sample(n int, status library.Status) library.Template {
	return library.Template{
		ID:      fmt.Sprintf("PROMPT-%03d", n),
		Title:   fmt.Sprintf("Modèle numéro %d", n),
		Tags:    []string{"communication", "réseaux sociaux"},
		Status:  status,
		Context: "« [Nom asso] est une association loi 1901 créée en [année]. »",
		Prompt:  fmt.Sprintf("« Rédige une présentation %d de [X mots] pour [usage]. »", n),
		Variables: []library.Variable{
			{Name: "Nom asso", Help: "nom dans les statuts"},
			{Name: "année", Default: "2010"},
			{Name: "X mots"},
			{Name: "usage", Choices: []string{"site web", "plaquette"}, Multiline: true},
		},
	}
}
