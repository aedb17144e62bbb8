package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
)

// helpView lists every key, in two columns, and the method's four
// categories in five lines.
func (m Model) helpView() string {
	s := m.c.Styles
	k := m.c.Keys
	keys := []key.Binding{k.Filter, k.Open,
		withHelp(k.Next, i18n.T("champ suivant", "next field")), withHelp(k.Prev, i18n.T("champ précédent", "previous field")), k.Left, k.Check, k.Back,
		withHelp(k.ClearValues, i18n.T("effacer le formulaire", "clear the form")), relabel(k.Help, "?/f1", k.Help.Help().Desc),
		k.Quit, k.ForceQuit, k.Anonymize, k.ClearClipboard, k.ClearOnQuit, k.ShowText, k.PasteAnswer,
		relabel(k.Up, "↑/↓", i18n.T("se déplacer", "move")),
		relabel(k.ScrollDown, "ctrl+d/u", i18n.T("faire défiler l'aperçu", "scroll the preview"))}
	for _, b := range defaultMethodKeys().all() { // a and c mean otherwise after a check
		keys = append(keys, withHelp(b, b.Help().Desc+i18n.T(" (liste)", " (list)")))
	}
	half := (len(keys) + 1) / 2
	colW := m.c.Width / 2
	var rows []string
	for i := 0; i < half; i++ {
		row := truncate(keyLine(keys[i]), colW-1)
		if j := i + half; j < len(keys) {
			row = lipgloss.NewStyle().Width(colW).Render(row) + truncate(keyLine(keys[j]), colW-1)
		}
		rows = append(rows, row)
	}
	lines := append([]string{s.Title.Render(i18n.T("Aide : les touches", "Help: the keys"))}, rows...)
	lines = append(lines, "", s.Title.Render(i18n.T("La méthode : quatre catégories", "The method: four categories")))
	for _, c := range categoryLines() {
		lines = append(lines, wrapText(c, m.c.Width-1))
	}
	footer := m.c.helpBar(bindings{short: []key.Binding{k.Back, k.ForceQuit}})
	return m.c.frame(strings.Join(lines, "\n"), footer)
}

func keyLine(b key.Binding) string {
	h := b.Help()
	return " " + padRight(h.Key, 10) + h.Desc
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
		"4 ⛔ " + i18n.T("Sensible (santé, religion, origine, stratégie, finances, conflits, mots de passe) : jamais.",
			"Sensitive (health, religion, origin, strategy, finances, conflicts, passwords): never."),
		"? " + i18n.T("Zone grise : dans le doute, traitez comme sensible et ne copiez pas.",
			"Gray zone: when in doubt, treat it as sensitive and do not copy."),
	}
}

func padRight(s string, n int) string {
	if w := lipgloss.Width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s + " "
}
