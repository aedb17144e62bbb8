package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/method"
)

// chartWeeks is how many weeks the bar chart shows, the latest ones: a
// quarter and a little more.
const chartWeeks = 14

// RenderIndicators draws the indicators in width columns: the safety
// figures against the method's goals, the other figures, the uses per
// template and a bar chart per week. The CLI prints it and the référent's
// screen shows it, so both read the same.
func RenderIndicators(ind method.Indicators, width int) string {
	s := DefaultStyles()
	width = max(width, 30)
	var b strings.Builder
	b.WriteString(s.Title.Render(i18n.T("Sécurité (objectifs de la méthode)", "Safety (the method's goals)")) + "\n")
	b.WriteString(goalLine(s, i18n.T("Incidents signalés", "Incidents reported"), fmt.Sprint(ind.Incidents), "0", ind.Incidents == 0, width))
	charter := "?"
	if ind.CharterPercent >= 0 {
		charter = fmt.Sprintf("%d %%", ind.CharterPercent)
	}
	b.WriteString(goalLine(s, i18n.T("Charte signée", "Charter signed"), charter, "100 %", ind.CharterPercent == 100, width))
	lw := min(labelWidth, width-12)
	for _, row := range figureRows(ind) {
		b.WriteString(figureLine(row[0], row[1], lw))
	}
	if len(ind.PerTemplate) > 0 {
		b.WriteString("\n" + s.Title.Render(i18n.T("Utilisations par modèle", "Uses per template")) + "\n")
		for _, c := range ind.PerTemplate {
			b.WriteString(figureLine(c.TemplateID, fmt.Sprint(c.Uses), lw))
		}
	}
	if len(ind.PerWeek) > 0 {
		b.WriteString("\n" + s.Title.Render(i18n.T("Utilisations par semaine", "Uses per week")) + "\n")
		b.WriteString(weekChart(s, ind.PerWeek, width))
	}
	return strings.TrimRight(b.String(), "\n")
}

// figureRows are the figures after the goals, label then value.
func figureRows(ind method.Indicators) [][2]string {
	rounds := fmt.Sprintf(i18n.T("%d (%d réussie(s), %d %% juste)", "%d (%d passed, %d %% right)"),
		ind.TrainingRounds, ind.TrainingPassed, ind.TrainingPercent)
	signed := fmt.Sprint(ind.SignedCurrent)
	if ind.TeamSize > 0 {
		signed = fmt.Sprintf(i18n.T("%d sur %d", "%d of %d"), ind.SignedCurrent, ind.TeamSize)
	}
	return [][2]string{
		{i18n.T("Signataires (version actuelle)", "Signers (current version)"), signed},
		{i18n.T("À re-signer (ancienne version)", "To sign again (older version)"), fmt.Sprint(ind.SignedOlder)},
		{i18n.T("Incidents évités (copies bloquées)", "Incidents avoided (blocked copies)"), fmt.Sprint(ind.IncidentsAvoided)},
		{"", ""},
		{i18n.T("Utilisations", "Uses"), fmt.Sprint(ind.Uses)},
		{i18n.T("Verdicts ok · doute · bloqué", "Verdicts ok · doubt · blocked"), fmt.Sprintf("%d · %d · %d", ind.VerdictOK, ind.VerdictDoubt, ind.VerdictBlocked)},
		{i18n.T("Doutes confirmés · annulés", "Doubts confirmed · cancelled"), fmt.Sprintf("%d · %d", ind.DoubtsConfirmed, ind.DoubtsCancelled)},
		{i18n.T("Anonymisations", "Anonymisations"), fmt.Sprint(ind.Anonymisations)},
		{i18n.T("Signatures de la charte", "Charter signatures"), fmt.Sprint(ind.Signatures)},
		{i18n.T("Manches d’entraînement", "Training rounds"), rounds},
		{i18n.T("Questionnaires reçus", "Surveys received"), fmt.Sprint(ind.Surveys)},
		{i18n.T("Temps gagné estimé", "Estimated time saved"), Duration(ind.MinutesSaved)},
	}
}

// Duration writes minutes as a référent reads them: « 7 h 05 », « 45 min ».
func Duration(minutes int) string {
	if minutes < 60 {
		return fmt.Sprintf("%d min", minutes)
	}
	return fmt.Sprintf("%d h %02d", minutes/60, minutes%60)
}

const labelWidth = 36

// figureLine is a label in a column of lw cells (cut with … when
// narrower), then the value.
func figureLine(label, value string, lw int) string {
	if label == "" {
		return "\n"
	}
	return lipgloss.NewStyle().Width(lw).Render(truncate(label, lw)) + " " + value + "\n"
}

// goalLine is a figure with its goal, and a word (not only a colour) for
// whether it is met.
func goalLine(s Styles, label, value, goal string, met bool, width int) string {
	mark := s.Public.Render(i18n.T("✓ atteint", "✓ met"))
	if !met {
		mark = s.Doubt.Render(i18n.T("✗ à suivre", "✗ not met"))
	}
	head := fmt.Sprintf("%s %-6s", lipgloss.NewStyle().Width(labelWidth-16).Render(label), value)
	if width < 56 { // the goal on its own line
		return fmt.Sprintf("%s\n  %s %-6s %s\n", head, i18n.T("objectif", "goal"), goal, mark)
	}
	return fmt.Sprintf("%s %s %-6s %s\n", head, i18n.T("objectif", "goal"), goal, mark)
}

// weekChart draws one bar per week, the latest chartWeeks, scaled to the
// busiest week.
func weekChart(s Styles, weeks []method.Week, width int) string {
	if len(weeks) > chartWeeks {
		weeks = weeks[len(weeks)-chartWeeks:]
	}
	top := 1
	for _, w := range weeks {
		top = max(top, w.Uses)
	}
	room := max(width-len("2026-S48 ")-len(fmt.Sprint(top))-1, 4)
	bar := lipgloss.NewStyle().Foreground(s.Title.GetForeground())
	var b strings.Builder
	for _, w := range weeks {
		n := w.Uses * room / top
		if w.Uses > 0 && n == 0 {
			n = 1 // a week with a use shows one
		}
		fmt.Fprintf(&b, "%s %s %d\n", w.Label, bar.Render(strings.Repeat("█", n)), w.Uses)
	}
	return b.String()
}
