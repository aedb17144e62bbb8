package tui

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library/classify"
	"tamis/method"
	"tamis/store"
)

// trainingKeys are the training screen's keys: the five answers, next,
// leave.
type trainingKeys struct {
	Answer, Next, Back key.Binding
}

func defaultTrainingKeys() trainingKeys {
	return trainingKeys{
		Answer: key.NewBinding(key.WithKeys("1", "2", "3", "4", "d"), key.WithHelp("1-4/d", i18n.T("répondre (d : doute)", "answer (d: doubt)"))),
		Next:   key.NewBinding(key.WithKeys("enter", " "), key.WithHelp(i18n.T("entrée", "enter"), i18n.T("suivant", "next"))),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("retour", "back"))),
	}
}

// trainingModel plays a round of classification exercises: a statement,
// an answer, the method's answer and reason beside the classifier's, and a
// score at the end. The round is recorded as counts only.
type trainingModel struct {
	c        *Common
	keys     trainingKeys
	round    []method.Statement
	i        int
	given    method.Answer // the answer to round[i], 0 while asking
	score    method.Score
	recorded string // said once the round is kept
}

// roundMsg: the round was recorded (or could not be).
type roundMsg struct{ err error }

func newTraining(c *Common) methodScreen {
	all := c.Deps.Statements
	if len(all) == 0 {
		all = method.DefaultStatements()
	}
	seed := c.Deps.Seed
	if seed == 0 {
		seed = rand.Uint64()
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return trainingModel{c: c, keys: defaultTrainingKeys(), round: method.Draw(all, method.RoundSize, r)}
}

func (m trainingModel) setSize() screen { return m }

func (m trainingModel) done() bool { return m.i >= len(m.round) }

func (m trainingModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case roundMsg:
		m.recorded = i18n.T("Manche enregistrée (le score seul, sans nom).", "Round recorded (the score only, no name).")
		if msg.err != nil {
			m.recorded = msg.err.Error()
		}
		return m, nil
	case tea.KeyMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

func (m trainingModel) handleKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		done(m.c)
		return m, nil
	case m.done() && key.Matches(msg, m.keys.Next):
		next := newTraining(m.c).(trainingModel)
		return next, nil
	case m.done():
		return m, nil
	case m.given == 0 && key.Matches(msg, m.keys.Answer):
		a, _ := method.ParseAnswer(msg.String())
		m.given = a
		m.score.Add(method.Judge(m.round[m.i].Answer, a))
	case m.given != 0 && key.Matches(msg, m.keys.Next):
		m.i, m.given = m.i+1, 0
		if m.done() {
			return m, recordRoundCmd(m.c.Deps.Method, m.score)
		}
	}
	return m, nil
}

func recordRoundCmd(st MethodStore, s method.Score) tea.Cmd {
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		return roundMsg{st.RecordRound(store.TrainingRound{Time: time.Now(), Total: s.Total, Right: s.Right, Risky: s.Risky})}
	}
}

func (m trainingModel) view() string {
	w := max(m.c.Width-2, 10)
	var body string
	switch {
	case m.done():
		body = m.scoreView(w)
	default:
		body = m.statementView(w)
	}
	return m.c.frame(body, m.c.helpBar(m.help()))
}

func (m trainingModel) statementView(w int) string {
	s := m.c.Styles
	st := m.round[m.i]
	gap := "" // a blank line where there is room for it
	if m.c.Height < 20 {
		gap = "\x00"
	}
	lines := []string{s.Title.Render(truncate(fmt.Sprintf(i18n.T("Entraînement · %d/%d", "Training · %d/%d"), m.i+1, len(m.round)), m.c.Width)),
		gap, wrapText("« "+st.Text+" »", w), gap}
	lines = slices.DeleteFunc(lines, func(l string) bool { return l == "\x00" })
	if m.given == 0 {
		lines = append(lines, i18n.T("Dans quelle catégorie ?", "Which category?"))
		for _, a := range []method.Answer{method.Published, method.Public, method.Personal, method.Sensitive, method.Doubt} {
			lines = append(lines, truncate("  "+a.Label(), w))
		}
		return strings.Join(lines, "\n")
	}
	return strings.Join(append(lines, m.feedbackLines(st, w)...), "\n")
}

// feedbackLines judge the answer, give the method's reason, and put the
// classifier's verdict beside it: when they differ, it says so, since the
// tool is an aid and not the authority.
func (m trainingModel) feedbackLines(st method.Statement, w int) []string {
	s := m.c.Styles
	var head string
	switch method.Judge(st.Answer, m.given) {
	case method.Right:
		head = s.Public.Render("✓ " + i18n.T("Juste.", "Right."))
	case method.Safe:
		head = s.Doubt.Render("✗ " + i18n.T("Pas tout à fait (rien ne serait parti).", "Not quite (nothing would have left)."))
	default:
		head = s.Personal.Render("⛔ " + i18n.T("Attention : jamais dans une IA publique.", "Careful: never into a public AI."))
	}
	lines := []string{head, wrapText(i18n.T("La méthode : ", "The method: ")+st.Answer.Label()+". "+st.Reason, w)}
	if m.c.Deps.Checker != nil {
		tool := toolAnswer(m.c.Deps.Checker.Classify(st.Text))
		line := i18n.T("tamis classerait : ", "tamis would say: ") + tool.Label()
		if tool != st.Answer {
			line += i18n.T(" — avis différent : l’outil aide, il ne décide pas.", " — a different view: the tool helps, it does not decide.")
		}
		lines = append(lines, s.Subtle.Render(wrapText(line, w)))
	}
	return lines
}

// toolAnswer is the classifier's verdict as a training answer.
func toolAnswer(r classify.Result) method.Answer {
	if r.Verdict == classify.Doubt {
		return method.Doubt
	}
	return method.Answer(r.Category)
}

func (m trainingModel) scoreView(w int) string {
	s := m.c.Styles
	lines := []string{s.Title.Render(i18n.T("Fin de la manche", "End of the round")), "",
		fmt.Sprintf(i18n.T("Score : %d / %d (%d %%)", "Score: %d / %d (%d %%)"), m.score.Right, m.score.Total, m.score.Percent())}
	if m.score.Risky > 0 {
		lines = append(lines, s.Personal.Render(wrapText(fmt.Sprintf(i18n.T("%d réponse(s) auraient laissé partir une donnée à protéger.", "%d answer(s) would have let protected data leave."), m.score.Risky), w)))
	}
	if m.score.Passed() {
		lines = append(lines, s.Public.Render(wrapText(i18n.T("Bravo : vous appliquez la méthode.", "Well done: you apply the method."), w)))
	} else {
		lines = append(lines, wrapText(i18n.T("Encore une manche ? Relisez les raisons : elles sont la méthode.", "Another round? Reread the reasons: they are the method."), w))
	}
	if m.recorded != "" {
		lines = append(lines, "", s.Subtle.Render(wrapText(m.recorded, w)))
	}
	return strings.Join(lines, "\n")
}

func (m trainingModel) help() bindings {
	switch {
	case m.done():
		return bindings{short: []key.Binding{withHelp(m.keys.Next, i18n.T("nouvelle manche", "new round")), m.keys.Back}}
	case m.given == 0:
		return bindings{short: []key.Binding{m.keys.Answer, m.keys.Back}}
	}
	return bindings{short: []key.Binding{m.keys.Next, m.keys.Back}}
}
