package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/method"
)

// decisionKeys are the decision tree's keys: a reply to the question,
// one step back, start again, leave.
type decisionKeys struct {
	Yes, No, DontKnow, Undo, Restart, Back key.Binding
}

func defaultDecisionKeys() decisionKeys {
	return decisionKeys{
		Yes:      key.NewBinding(key.WithKeys("o", "y"), key.WithHelp("o", i18n.T("oui", "yes"))),
		No:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", i18n.T("non", "no"))),
		DontKnow: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", i18n.T("je ne sais pas", "not sure"))),
		Undo:     key.NewBinding(key.WithKeys("backspace"), key.WithHelp("⌫", i18n.T("étape précédente", "previous step"))),
		Restart:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", i18n.T("recommencer", "start again"))),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("retour", "back"))),
	}
}

// decisionModel walks the method's decision tree one question at a time.
// value is the text in doubt when it was opened from a doubt verdict: it
// stays in memory, shown above the questions, and goes nowhere else.
type decisionModel struct {
	c     *Common
	keys  decisionKeys
	tree  method.Tree
	value string
	path  []string // the steps answered, to go back
	at    string   // a step or an end id
}

func newDecision(c *Common, value string) methodScreen {
	t := method.DecisionTree()
	return decisionModel{c: c, keys: defaultDecisionKeys(), tree: t, value: oneLine(value), at: t.Start}
}

func (m decisionModel) setSize() screen { return m }

func (m decisionModel) update(msg tea.Msg) (screen, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	_, atStep := m.tree.Steps[m.at]
	switch {
	case key.Matches(k, m.keys.Back):
		done(m.c)
		return m, nil
	case key.Matches(k, m.keys.Undo) && len(m.path) > 0:
		m.at, m.path = m.path[len(m.path)-1], m.path[:len(m.path)-1]
	case key.Matches(k, m.keys.Restart):
		m.at, m.path = m.tree.Start, nil
	case atStep && key.Matches(k, m.keys.Yes):
		m = m.reply(method.Yes)
	case atStep && key.Matches(k, m.keys.No):
		m = m.reply(method.No)
	case atStep && key.Matches(k, m.keys.DontKnow):
		m = m.reply(method.DontKnow)
	}
	return m, nil
}

func (m decisionModel) reply(r method.Reply) decisionModel {
	m.path = append(m.path[:len(m.path):len(m.path)], m.at)
	m.at = m.tree.Next(m.at, r)
	return m
}

func (m decisionModel) view() string {
	s := m.c.Styles
	w := max(m.c.Width-2, 10)
	lines := []string{s.Title.Render(truncate(i18n.T("Arbre de décision", "Decision tree"), m.c.Width))}
	if m.value != "" {
		lines = append(lines, wrapText(fmt.Sprintf(i18n.T("Valeur en question : « %s »", "Value in question: “%s”"), m.value), w))
	}
	if step, ok := m.tree.Steps[m.at]; ok {
		lines = append(lines, "", s.LabelFocus.Render(wrapText(fmt.Sprintf(i18n.T("Question %d · ", "Question %d · "), len(m.path)+1)+step.Question, w)),
			wrapText(step.Explain, w))
		for _, ex := range step.Examples {
			lines = append(lines, wrapText("  • "+ex, w))
		}
	} else {
		lines = append(lines, m.endLines(w)...)
	}
	return m.c.frame(strings.Join(lines, "\n"), m.c.helpBar(m.help()))
}

func (m decisionModel) endLines(w int) []string {
	s := m.c.Styles
	end := m.tree.Ends[m.at]
	style := s.Public
	switch end.Answer {
	case method.Personal:
		style = s.Personal
	case method.Sensitive:
		style = s.Sensitive
	case method.Doubt:
		style = s.Doubt
	}
	lines := []string{"", style.Render(wrapText(end.Title, w)), i18n.T("Que faire :", "What to do:")}
	for _, d := range end.Do {
		lines = append(lines, wrapText("  • "+d, w))
	}
	return lines
}

func (m decisionModel) help() bindings {
	if _, atStep := m.tree.Steps[m.at]; atStep {
		short := []key.Binding{m.keys.Yes, m.keys.No, m.keys.DontKnow}
		if len(m.path) > 0 {
			short = append(short, m.keys.Undo)
		}
		return bindings{short: append(short, m.keys.Back)}
	}
	return bindings{short: []key.Binding{m.keys.Undo, m.keys.Restart, m.keys.Back}}
}
