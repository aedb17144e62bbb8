package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"

	"tamis/i18n"
)

// helpView lists every key and the method's four categories.
func (m Model) helpView() string {
	s := m.c.Styles
	k := m.c.Keys
	keys := []key.Binding{k.Filter, k.Open, k.Next, k.Prev, k.Left, k.Check, k.Back, k.Help, k.Quit, k.ForceQuit,
		k.Anonymize, k.ClearClipboard, k.ClearOnQuit, k.ShowText, k.PasteAnswer}
	lines := []string{s.Title.Render(i18n.T("Aide", "Help")), ""}
	for _, b := range keys {
		h := b.Help()
		lines = append(lines, "  "+padRight(h.Key, 10)+h.Desc)
	}
	lines = append(lines, "", s.Title.Render(i18n.T("La méthode : quatre catégories", "The method: four categories")))
	lines = append(lines, categoryLines()...)
	body := strings.Join(lines, "\n")
	footer := m.c.helpBar(bindings{short: []key.Binding{k.Back, k.ForceQuit}})
	return m.c.frame(body, footer)
}

// categoryLines is the method in five lines.
func categoryLines() []string {
	return []string{
		"1 ✓ " + i18n.T("Publié par l'association sur Internet : oui, avec votre propre définition.",
			"Published by the association online: yes, with your own definition."),
		"2 ✓ " + i18n.T("Public, test de la porte (affiché sur la porte, sans danger) : oui.",
			"Public, door test (posted on the door, harmless): yes."),
		"3 ✗ " + i18n.T("Personnel (nom, e-mail, téléphone, adresse, « la bénéficiaire du lundi ») : jamais.",
			"Personal (name, e-mail, phone, address, “the Monday beneficiary”): never."),
		"4 ⛔ " + i18n.T("Sensible (santé, religion, origine…, stratégie, finances, conflits, mots de passe) : jamais.",
			"Sensitive (health, religion, origin…, strategy, finances, conflicts, passwords): never."),
		"? " + i18n.T("Zone grise : dans le doute, traitez comme sensible.", "Gray zone: when in doubt, treat as sensitive."),
	}
}

func padRight(s string, n int) string {
	if w := len([]rune(s)); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s + " "
}
