package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library/classify"
	"tamis/method"
	"tamis/referent"
	"tamis/store"
)

// MethodStore is what the method's screens need from the store: the
// charter and its register, the training rounds, the indicators' sources.
// Nothing typed in a template goes through it; the only typed thing it
// keeps is the name a volunteer chooses to sign the charter with.
type MethodStore interface {
	method.Source
	Charter() (string, error)
	Sign(name string, now time.Time) (store.Signature, error)
	RecordRound(store.TrainingRound) error
	AddSurvey(a store.SurveyAnswer, now time.Time) error
}

// methodScreen is one of the method's screens (charter, decision tree,
// training, indicators): a self-contained model with its own keys. It
// leaves by sending leaveMsg; the root model then goes back to the screen
// it came from.
type methodScreen interface {
	update(tea.Msg) (methodScreen, tea.Cmd)
	view() string
	resized() methodScreen
}

// leaveMsg: the method's screen on display is done.
type leaveMsg struct{}

func leave() tea.Msg { return leaveMsg{} }

// methodKeys open the method's screens from the list (and the decision
// tree from a doubt).
type methodKeys struct {
	Charter, Tree, Training, Indicators, Survey key.Binding
}

func defaultMethodKeys() methodKeys {
	b := func(k, help string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, help)) }
	return methodKeys{
		Charter:    b("c", i18n.T("charte", "charter")),
		Tree:       b("a", i18n.T("arbre de décision", "decision tree")),
		Training:   b("e", i18n.T("entraînement", "training")),
		Indicators: b("i", i18n.T("indicateurs", "indicators")),
		Survey:     b("s", i18n.T("questionnaire du trimestre", "quarterly survey")),
	}
}

func (k methodKeys) all() []key.Binding {
	return []key.Binding{k.Charter, k.Tree, k.Training, k.Indicators, k.Survey}
}

// openMethodKey opens the screen of a method key, if msg is one.
func (m Model) openMethodKey(msg tea.KeyMsg) (tea.Model, tea.Cmd, bool) {
	k := defaultMethodKeys()
	var s methodScreen
	var cmd tea.Cmd
	switch {
	case key.Matches(msg, k.Charter):
		s, cmd = newCharter(m.c)
	case key.Matches(msg, k.Tree):
		s = newDecision(m.c, "")
	case key.Matches(msg, k.Training):
		s = newTraining(m.c)
	case key.Matches(msg, k.Indicators):
		s, cmd = newIndicators(m.c)
	case key.Matches(msg, k.Survey):
		s = newSurvey(m.c)
	default:
		return m, nil, false
	}
	next, cmd2 := m.openMethod(s)
	return next, tea.Batch(cmd, cmd2), true
}

// openMethod shows a method screen; leaving it comes back to this state.
func (m Model) openMethod(s methodScreen) (tea.Model, tea.Cmd) {
	m.methodBack, m.state, m.method = m.state, stateMethod, s.resized()
	return m, nil
}

// updateMethod passes a message to the method screen, or leaves it.
func (m Model) updateMethod(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(leaveMsg); ok {
		m.state, m.method = m.methodBack, nil
		return m, nil
	}
	if m.method == nil {
		return m, nil
	}
	var cmd tea.Cmd
	m.method, cmd = m.method.update(msg)
	return m, cmd
}

// methodView draws the method screen.
func (m Model) methodView() string {
	if m.method == nil {
		return ""
	}
	return m.method.view()
}

// unavailable is said by a screen that needs the store when there is none.
func unavailable() string {
	return i18n.T("Indisponible : tamis n’a pas de base ouverte.", "Unavailable: tamis has no open database.")
}

// methodStore is the library as the method's screens need it, if it is
// one (the store); nil for a test fake without it.
func methodStore(lib Library) MethodStore {
	st, _ := lib.(MethodStore)
	return st
}

// statementsOf are the shipped training statements and the référent's;
// the référent's are left out if they no longer parse.
func statementsOf(lib Library) []method.Statement {
	all := method.DefaultStatements()
	src, ok := lib.(interface{ TrainingStatements() (string, error) })
	if !ok {
		return all
	}
	text, err := src.TrainingStatements()
	if err != nil || text == "" {
		return all
	}
	if own, err := method.ParseStatements(text); err == nil {
		all = append(all, own...)
	}
	return all
}

// doubtValue is the text of the first doubtful finding, to show on the
// decision tree opened from a doubt: in memory only.
func (m verdictModel) doubtValue() string {
	for _, f := range m.findings() {
		if f.Verdict == classify.Doubt {
			return f.text
		}
	}
	return ""
}

// unlockOf checks the référent's passphrase of a store that has one set;
// nil otherwise (a fake, or no référent yet: the screens stay open, as the
// command line's référent actions do).
func unlockOf(lib Library) func(string) error {
	st, ok := lib.(*store.Store)
	if !ok || noReferent(lib) {
		return nil
	}
	return referent.NewGate(st).Unlock
}
