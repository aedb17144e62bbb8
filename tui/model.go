package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/library"
)

// state is the screen on display.
type state int

const (
	stateBrowse state = iota
	stateFill
	stateVerdict
	stateRestore
	stateText
	stateHelp
	stateMethod // one of the method's screens (method.go)
	numStates
)

// Model is the root of the program: it holds one screen per state, routes
// messages to the active one and performs the transitions the screens ask
// for (screen.go). What outlives a screen lives here: the drafts of the
// session, the clipboard's state and the quit question.
type Model struct {
	c       *Common
	state   state
	back    state // where help and the text view return
	browse  browseModel
	fill    fillModel
	verdict verdictModel
	restore restoreModel
	text    textModel
	help    helpModel
	clip    clipState
	drafts  drafts  // the values typed in each template, for the session
	ask     quitAsk // « Quitter sans copier ? » on screen
	method  methodScreen
	// methodBack is where the method's screen returns: the list, or the
	// doubt it was opened from.
	methodBack state
}

// New builds the root model from its dependencies.
func New(d Deps) Model {
	if d.Tick == nil {
		d.Tick = tea.Tick
	}
	c := newCommon(d)
	return Model{c: c, browse: newBrowse(c), fill: fillModel{c: c}, verdict: verdictModel{c: c},
		restore: restoreModel{c: c}, text: textModel{c: c}, help: helpModel{c: c}, drafts: drafts{}}
}

// Init indexes the whole text of the templates for the filter, in the
// background: the first frame does not wait for it.
func (m Model) Init() tea.Cmd {
	return tea.Batch(indexCmd(m.c.Deps.Templates), usesCmd(m.c.Deps.Uses), remindSurveyCmd(m.c.Deps.RemindSurvey))
}

// screenOf is the screen of a state; put stores a screen back in its
// place. They are the only switch over the screens.
func (m Model) screenOf(s state) screen {
	switch s {
	case stateFill:
		return m.fill
	case stateVerdict:
		return m.verdict
	case stateRestore:
		return m.restore
	case stateText:
		return m.text
	case stateHelp:
		return m.help
	case stateMethod:
		if m.method != nil {
			return m.method
		}
	}
	return m.browse
}

func (m Model) put(s screen) Model {
	switch s := s.(type) {
	case browseModel:
		m.browse = s
	case fillModel:
		m.fill = s
	case verdictModel:
		m.verdict = s
	case restoreModel:
		m.restore = s
	case textModel:
		m.text = s
	case helpModel:
		m.help = s
	case methodScreen:
		m.method = s
	}
	return m
}

// route passes a message to the screen of a state, then applies the
// transition it asked for, if any.
func (m Model) route(st state, msg tea.Msg) (Model, tea.Cmd) {
	s, cmd := m.screenOf(st).update(msg)
	m = m.put(s)
	if next := m.c.takeNext(); next != nil {
		mm, cmd2 := m.Update(next)
		return mm.(Model), tea.Batch(cmd, cmd2)
	}
	return m, cmd
}

// Update routes a message: keys and anything else to the active screen,
// the transitions and the results of background work to their handler.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if mm, cmd, ok := m.idleUpdate(msg); ok { // the référent's session (idlelock.go)
		return mm, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.handleResize(msg)
	case tea.KeyMsg:
		return m.handleKey(msg)
	case copyDoneMsg:
		return m.handleCopyDone(msg)
	case clearDoneMsg:
		return m.handleClearDone(msg)
	case wipeTickMsg:
		return m.handleWipeTick(msg)
	case rulesMsg:
		return m.handleRules(msg)
	case templatesMsg: // the référent changed a template: reload.go
		return m.reloadTemplates(msg)
	case surveyReminderMsg:
		m.c.notice = m.c.Styles.Notice.Render(surveyReminder())
		return m, nil
	case recordedMsg:
		if msg.err != nil {
			m.c.notice = m.c.Styles.Error.Render(msg.err.Error())
		}
		return m, nil
	case previewMsg, indexMsg, usesMsg, matchesMsg, list.FilterMatchesMsg: // the list's, whatever the screen
		return m.route(stateBrowse, msg)
	}
	if mm, cmd, ok := m.transition(msg); ok {
		return mm, cmd
	}
	return m.route(m.state, msg)
}

// transition applies a transition asked for by a screen.
func (m Model) transition(msg tea.Msg) (Model, tea.Cmd, bool) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case openMsg:
		m, cmd = m.openTemplate(msg.t)
	case browseMsg:
		m = m.toBrowse()
	case fillMsg:
		m.state = stateFill
		if msg.refused {
			m.fill = m.fill.noteWider(msg.blocked)
		}
		if msg.field != "" {
			m.fill, cmd = m.fill.focusName(msg.field)
		}
	case checkMsg:
		m, cmd = m.checkFresh()
	case clearValuesMsg:
		m, cmd = m.clearValues()
	case verdictMsg:
		m.state = stateVerdict
	case restoreMsg:
		m.restore, m.state = newRestore(m.c, msg.restore), stateRestore
	case textMsg:
		m = m.showText(msg)
	case helpMsg:
		m = m.showHelp()
	case backMsg:
		m.state = m.back
	case leaveMsg:
		m, cmd = m.leave()
	case openMethodMsg, methodDoneMsg:
		m, cmd = m.methodTransition(msg)
	case copyGateMsg: // back from the charter to the copy it held
		m.state, m.method = m.methodBack, nil
		m, cmd = m.route(stateVerdict, msg)
	default:
		return m, nil, false
	}
	return m, cmd, true
}

func (m Model) handleResize(msg tea.WindowSizeMsg) (tea.Model, tea.Cmd) {
	m.c.Width, m.c.Height = msg.Width, msg.Height
	for s := range numStates {
		m = m.put(m.screenOf(s).setSize())
	}
	var cmd tea.Cmd
	m.browse, cmd = m.browse.syncPreview()
	return m, cmd
}

// handleKey: the quit question first, then the keys that work on every
// screen (ctrl+c, f1), then the active screen.
func (m Model) handleKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	m.c.notice = ""
	switch {
	case m.ask.open:
		return m.handleQuitAsk(msg)
	case key.Matches(msg, m.c.Keys.ForceQuit):
		return m.leave()
	case m.state != stateHelp && key.Matches(msg, m.c.Keys.HelpAnywhere):
		return m.showHelp(), nil
	case m.state == stateBrowse && !m.browse.filtering():
		if open, cmd := openMethodKey(m.c, msg); open != nil {
			return m.Update(openMethodMsg{open, cmd})
		}
	}
	return m.route(m.state, msg)
}

// showHelp opens the help of the active screen, from its key map.
func (m Model) showHelp() Model {
	if m.state == stateHelp {
		return m
	}
	m.help = newHelp(m.c, m.screenOf(m.state))
	m.back, m.state = m.state, stateHelp
	return m
}

// showText opens the text view; esc comes back to the current screen.
func (m Model) showText(msg textMsg) Model {
	m.text = newText(m.c, msg)
	m.back, m.state = m.state, stateText
	return m
}

// openTemplate starts filling a template, with the values typed in it
// earlier in the session if any.
func (m Model) openTemplate(t library.Template) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.fill, cmd = newFill(m.c, t, m.drafts[t.ID].values)
	m.state = stateFill
	var refresh tea.Cmd
	if m.c.Deps.Rules != nil { // badges with the current rules from the start
		refresh = refreshCmd(m.c.rulesRef(), false)
	}
	return m, tea.Batch(cmd, refresh)
}

// toBrowse goes back to the list; the values stay in the session's drafts,
// the checked text and the anonymisation mapping are forgotten: they are no
// longer needed in memory.
func (m Model) toBrowse() Model {
	m.keepDraft()
	m.state = stateBrowse
	m.fill, m.verdict, m.restore, m.text = fillModel{c: m.c}, verdictModel{c: m.c}, restoreModel{c: m.c}, textModel{c: m.c}
	return m
}

// View draws the active screen.
func (m Model) View() string {
	if m.c.Width == 0 {
		return ""
	}
	var v string
	if m.ask.open { // « Quitter sans copier ? » in place of the screen
		v = m.quitAskView()
	} else if m.c.idle.locked { // the référent's screen hidden (idlelock.go)
		v = m.idleView()
	} else {
		v = m.screenOf(m.state).view()
	}
	return lipgloss.NewStyle().MaxWidth(m.c.Width).MaxHeight(m.c.Height).Render(v)
}
