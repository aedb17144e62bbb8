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
// training, indicators, survey): a screen like the others, with its own
// keys. It leaves by asking for methodDoneMsg; the root model then goes
// back to the screen it was opened from.
type methodScreen interface {
	screen
	methodScreen() // marks the method's screens among the others
}

// The method's transitions.
type (
	// openMethodMsg shows a method screen; cmd is its first work (a read).
	openMethodMsg struct {
		s   methodScreen
		cmd tea.Cmd
	}
	// methodDoneMsg: the method's screen on display is done.
	methodDoneMsg struct{}
)

// bindings is a list of keys as a help.KeyMap, for the method's screens.
type bindings struct{ short []key.Binding }

func (b bindings) ShortHelp() []key.Binding  { return b.short }
func (b bindings) FullHelp() [][]key.Binding { return [][]key.Binding{b.short} }

// methodKeys open the method's screens from the list (and the decision
// tree from a doubt).
type methodKeys struct {
	Charter, Tree, Training, Indicators, Survey, Referent key.Binding
	Propose                                               key.Binding // editor.go
}

func defaultMethodKeys() methodKeys {
	b := func(k, help string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, help)) }
	return methodKeys{
		Charter:    b("c", i18n.T("charte", "charter")),
		Tree:       b("a", i18n.T("arbre de décision", "decision tree")),
		Training:   b("e", i18n.T("entraînement", "training")),
		Indicators: b("i", i18n.T("indicateurs", "indicators")),
		Survey:     b("s", i18n.T("questionnaire du trimestre", "quarterly survey")),
		Referent:   b("r", i18n.T("référent : tous les modèles", "référent: all templates")),
		Propose:    b("n", i18n.T("proposer un modèle", "propose a template")),
	}
}

func (k methodKeys) all() []key.Binding {
	return []key.Binding{k.Charter, k.Tree, k.Training, k.Indicators, k.Survey, k.Referent, k.Propose}
}

// openMethodKey builds the screen of a method key of the list; nil when
// msg is none.
func openMethodKey(c *Common, msg tea.KeyMsg) (methodScreen, tea.Cmd) {
	k := defaultMethodKeys()
	switch {
	case key.Matches(msg, k.Charter):
		return newCharter(c)
	case key.Matches(msg, k.Tree):
		return newDecision(c, ""), nil
	case key.Matches(msg, k.Training):
		return newTraining(c), nil
	case key.Matches(msg, k.Indicators):
		return newIndicators(c)
	case key.Matches(msg, k.Survey):
		return newSurvey(c), nil
	case key.Matches(msg, k.Referent):
		return newReferentScreen(c)
	case key.Matches(msg, k.Propose):
		return newEditor(c, modePropose, "", nil)
	}
	return nil, nil
}

// methodTransition opens a method screen or leaves it.
func (m Model) methodTransition(msg tea.Msg) (Model, tea.Cmd) {
	if open, ok := msg.(openMethodMsg); ok {
		if m.state != stateMethod {
			m.methodBack = m.state
		}
		m.state, m.method = stateMethod, open.s.setSize().(methodScreen)
		return m, open.cmd
	}
	m.state, m.method = m.methodBack, nil
	return m, nil
}

// done asks to leave the method's screen.
func done(c *Common) { c.goTo(methodDoneMsg{}) }

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
