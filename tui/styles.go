package tui

import "github.com/charmbracelet/lipgloss"

// Styles holds every lipgloss style of the program in one place, so that a
// screen never invents its own colours and NO_COLOR (an Ascii colour
// profile) strips them all consistently. Meaning is never carried by colour
// alone: every verdict also has a word and a symbol (see badge.go).
type Styles struct {
	GoldenRule lipgloss.Style
	Title      lipgloss.Style
	Subtle     lipgloss.Style
	Error      lipgloss.Style
	Notice     lipgloss.Style
	Label      lipgloss.Style
	LabelFocus lipgloss.Style
	Offending  lipgloss.Style
	Selected   lipgloss.Style
	Button     lipgloss.Style
	ButtonOn   lipgloss.Style

	Public    lipgloss.Style
	Doubt     lipgloss.Style
	Personal  lipgloss.Style
	Sensitive lipgloss.Style
}

// DefaultStyles returns the palette. Adaptive colours keep it readable on
// light and dark terminals.
func DefaultStyles() Styles {
	red := lipgloss.AdaptiveColor{Light: "#B00020", Dark: "#FF5F5F"}
	orange := lipgloss.AdaptiveColor{Light: "#9A5B00", Dark: "#FFAF00"}
	green := lipgloss.AdaptiveColor{Light: "#006B3C", Dark: "#5FD787"}
	purple := lipgloss.AdaptiveColor{Light: "#6A1B9A", Dark: "#D787FF"}
	subtle := lipgloss.AdaptiveColor{Light: "#6C6C6C", Dark: "#8A8A8A"}
	accent := lipgloss.AdaptiveColor{Light: "#005F87", Dark: "#5FAFFF"}
	return Styles{
		GoldenRule: lipgloss.NewStyle().Bold(true).Foreground(red),
		Title:      lipgloss.NewStyle().Bold(true).Foreground(accent),
		Subtle:     lipgloss.NewStyle().Foreground(subtle),
		Error:      lipgloss.NewStyle().Bold(true).Foreground(red),
		Notice:     lipgloss.NewStyle().Foreground(green),
		Label:      lipgloss.NewStyle(),
		LabelFocus: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Offending:  lipgloss.NewStyle().Reverse(true).Underline(true).Foreground(red),
		Selected:   lipgloss.NewStyle().Bold(true).Foreground(accent),
		Button:     lipgloss.NewStyle().Padding(0, 1).Border(lipgloss.NormalBorder()),
		ButtonOn:   lipgloss.NewStyle().Padding(0, 1).Border(lipgloss.ThickBorder()).Bold(true),
		Public:     lipgloss.NewStyle().Foreground(green),
		Doubt:      lipgloss.NewStyle().Bold(true).Foreground(orange),
		Personal:   lipgloss.NewStyle().Bold(true).Foreground(red),
		Sensitive:  lipgloss.NewStyle().Bold(true).Foreground(purple),
	}
}
