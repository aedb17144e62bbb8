package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/store"
)

// surveyKeys are the survey's keys.
type surveyKeys struct {
	Up, Down, Toggle, Next, Back key.Binding
}

func defaultSurveyKeys() surveyKeys {
	return surveyKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", i18n.T("choisir", "choose"))),
		Down:   key.NewBinding(key.WithKeys("down", "j")),
		Toggle: key.NewBinding(key.WithKeys(" ", "x"), key.WithHelp(i18n.T("espace", "space"), i18n.T("cocher", "tick"))),
		Next:   key.NewBinding(key.WithKeys("enter"), key.WithHelp(i18n.T("entrée", "enter"), i18n.T("suivant", "next"))),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("abandonner", "give up"))),
	}
}

// choice is one answer offered: the key the store keeps, the label shown.
type choice struct{ key, label string }

// question is one of the survey's six questions.
type question struct {
	title   string
	choices []choice
	multi   bool
}

// surveyQuestions are the method's quarterly questions: frequency, task
// types, time saved, satisfaction, difficulties, training needs. Every
// answer is a choice, so that nothing typed is kept.
func surveyQuestions() []question {
	c := func(k, fr, en string) choice { return choice{k, i18n.T(fr, en)} }
	sat := make([]choice, 10)
	for i := range sat {
		sat[i] = choice{strconv.Itoa(i + 1), strconv.Itoa(i + 1)}
	}
	return []question{
		{i18n.T("À quelle fréquence utilisez-vous l’IA pour l’association ?", "How often do you use AI for the association?"), []choice{
			c("quotidien", "tous les jours", "every day"), c("hebdomadaire", "chaque semaine", "every week"),
			c("mensuel", "chaque mois", "every month"), c("rarement", "rarement", "rarely"), c("jamais", "jamais", "never")}, false},
		{i18n.T("Pour quelles tâches ? (plusieurs choix)", "For which tasks? (several choices)"), []choice{
			c("presentation", "présentations", "presentations"), c("reseaux-sociaux", "réseaux sociaux", "social networks"),
			c("courriels", "courriels", "e-mails"), c("planning", "plannings", "schedules"), c("traduction", "traductions", "translations"),
			c("supports", "supports et fiches", "handouts"), c("autre", "autre", "other")}, true},
		{i18n.T("Combien de temps gagnez-vous par semaine ?", "How much time do you save per week?"), []choice{
			c("0", "aucun", "none"), c("15", "un quart d’heure", "a quarter of an hour"), c("30", "une demi-heure", "half an hour"),
			c("60", "une heure", "an hour"), c("120", "deux heures", "two hours"), c("240", "une demi-journée", "half a day")}, false},
		{i18n.T("Votre satisfaction, de 1 à 10 ?", "Your satisfaction, from 1 to 10?"), sat, false},
		{i18n.T("Quelles difficultés ? (plusieurs choix)", "Which difficulties? (several choices)"), []choice{
			c("aucune", "aucune", "none"), c("trouver-modele", "trouver le bon modèle", "finding the right template"),
			c("remplir", "remplir les variables", "filling the variables"), c("doutes", "trancher les doutes", "settling doubts"),
			c("resultats-ia", "la qualité des réponses de l’IA", "the quality of the AI's answers"), c("temps", "le temps", "time")}, true},
		{i18n.T("Quels besoins de formation ? (plusieurs choix)", "Which training needs? (several choices)"), []choice{
			c("aucun", "aucun", "none"), c("classification", "classer les informations", "classifying information"),
			c("prompts", "écrire des prompts", "writing prompts"), c("verification", "vérifier les réponses", "checking answers"),
			c("anonymisation", "anonymiser", "anonymising")}, true},
	}
}

// surveyModel asks the quarterly survey, one question at a time, and keeps
// the answers without a name.
type surveyModel struct {
	c       *Common
	keys    surveyKeys
	qs      []question
	i       int
	cursor  int
	ticked  map[int]bool
	answers [][]string
	done    string
}

// surveyMsg: the answers were kept (or not).
type surveyMsg struct{ err error }

func newSurvey(c *Common) methodScreen {
	return surveyModel{c: c, keys: defaultSurveyKeys(), qs: surveyQuestions(), ticked: map[int]bool{}}
}

func (m surveyModel) setSize() screen { return m }

func (m surveyModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case surveyMsg:
		m.done = i18n.T("Merci ! Vos réponses sont enregistrées, sans votre nom.", "Thank you! Your answers are saved, without your name.")
		if msg.err != nil {
			m.done = msg.err.Error()
		}
		return m, nil
	case tea.KeyMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

func (m surveyModel) handleKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	if key.Matches(msg, m.keys.Back) || m.i >= len(m.qs) {
		if key.Matches(msg, m.keys.Back, m.keys.Next) {
			done(m.c)
			return m, nil
		}
		return m, nil
	}
	q := m.qs[m.i]
	switch {
	case key.Matches(msg, m.keys.Up):
		m.cursor = clamp(m.cursor-1, 0, len(q.choices)-1)
	case key.Matches(msg, m.keys.Down):
		m.cursor = clamp(m.cursor+1, 0, len(q.choices)-1)
	case q.multi && key.Matches(msg, m.keys.Toggle):
		m.ticked[m.cursor] = !m.ticked[m.cursor]
	case key.Matches(msg, m.keys.Next):
		return m.next()
	}
	return m, nil
}

// next records the answer to the current question and moves on; after
// the last one, the answers are saved.
func (m surveyModel) next() (screen, tea.Cmd) {
	q := m.qs[m.i]
	var got []string
	for i, ch := range q.choices {
		if (q.multi && m.ticked[i]) || (!q.multi && i == m.cursor) {
			got = append(got, ch.key)
		}
	}
	m.answers = append(m.answers[:m.i:m.i], got)
	m.i, m.cursor, m.ticked = m.i+1, 0, map[int]bool{}
	if m.i < len(m.qs) {
		return m, nil
	}
	return m, saveSurveyCmd(m.c.Deps.Method, m.answer())
}

// answer is the survey as the store keeps it.
func (m surveyModel) answer() store.SurveyAnswer {
	first := func(l []string) string {
		if len(l) == 0 {
			return ""
		}
		return l[0]
	}
	minutes, _ := strconv.Atoi(first(m.answers[2]))
	sat, _ := strconv.Atoi(first(m.answers[3]))
	return store.SurveyAnswer{Frequency: first(m.answers[0]), Tasks: m.answers[1], MinutesWeek: minutes,
		Satisfaction: sat, Difficulties: m.answers[4], Needs: m.answers[5]}
}

func saveSurveyCmd(st MethodStore, a store.SurveyAnswer) tea.Cmd {
	return func() tea.Msg {
		if st == nil {
			return surveyMsg{fmt.Errorf("%s", unavailable())}
		}
		return surveyMsg{st.AddSurvey(a, time.Now())}
	}
}

func (m surveyModel) view() string {
	s := m.c.Styles
	w := max(m.c.Width-2, 10)
	lines := []string{s.Title.Render(truncate(i18n.T("Questionnaire du trimestre (5 minutes, sans nom)", "Quarterly survey (5 minutes, no name)"), m.c.Width))}
	if m.i >= len(m.qs) {
		lines = append(lines, "", wrapText(m.done, w))
		return m.c.frame(strings.Join(lines, "\n"), m.c.helpBar(m.help()))
	}
	q := m.qs[m.i]
	lines = append(lines, s.LabelFocus.Render(wrapText(fmt.Sprintf("%d/%d · %s", m.i+1, len(m.qs), q.title), w)))
	for i, ch := range q.choices {
		mark := "  "
		if i == m.cursor {
			mark = "▸ "
		}
		if q.multi {
			box := "[ ] "
			if m.ticked[i] {
				box = "[x] "
			}
			mark += box
		}
		lines = append(lines, truncate(mark+ch.label, w))
	}
	return m.c.frame(strings.Join(lines, "\n"), m.c.helpBar(m.help()))
}

func (m surveyModel) help() bindings {
	switch {
	case m.i >= len(m.qs):
		return bindings{short: []key.Binding{withHelp(m.keys.Next, i18n.T("retour", "back"))}}
	case m.qs[m.i].multi:
		return bindings{short: []key.Binding{m.keys.Up, m.keys.Toggle, m.keys.Next, m.keys.Back}}
	}
	return bindings{short: []key.Binding{m.keys.Up, m.keys.Next, m.keys.Back}}
}

// surveyReminderMsg: the quarterly survey is to be reminded; the notice
// line says it until the next key.
type surveyReminderMsg struct{}

// remindSurveyCmd asks the store, off the UI loop, whether to remind the
// survey; a failure only leaves the reminder out.
func remindSurveyCmd(remind func() (bool, error)) tea.Cmd {
	if remind == nil {
		return nil
	}
	return func() tea.Msg {
		if due, err := remind(); err == nil && due {
			return surveyReminderMsg{}
		}
		return nil
	}
}

func surveyReminder() string {
	return i18n.T("Questionnaire du trimestre : 5 minutes, sans nom — touche s depuis la liste.",
		"Quarterly survey: 5 minutes, no name — key s from the list.")
}

// remindSurveyOf is the store's reminder, now; nil for a library without.
func remindSurveyOf(lib Library) func() (bool, error) {
	st, ok := lib.(interface{ RemindSurvey(time.Time) (bool, error) })
	if !ok {
		return nil
	}
	return func() (bool, error) { return st.RemindSurvey(time.Now()) }
}
