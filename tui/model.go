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
)

// Model is the root of the program: it owns the screens, routes messages to
// the active one and performs the transitions between them.
type Model struct {
	c           *Common
	state       state
	back        state // where help and the text view return
	browse      browseModel
	fill        fillModel
	verdict     verdictModel
	restore     restoreModel
	text        textModel
	clearOnQuit bool // the last copy, prompt included; on by default
	clip        clipState
	drafts      drafts  // the values typed in each template, for the session
	ask         quitAsk // « Quitter sans copier ? » on screen
	method      methodScreen
	methodBack  state // where the method's screen returns
}

// New builds the root model from its dependencies.
func New(d Deps) Model {
	if d.Tick == nil {
		d.Tick = tea.Tick
	}
	c := newCommon(d)
	return Model{c: c, browse: newBrowse(c), clearOnQuit: true, drafts: drafts{}}
}

// Init indexes the whole text of the templates for the filter, in the
// background: the first frame does not wait for it.
func (m Model) Init() tea.Cmd {
	return tea.Batch(indexCmd(m.c.Deps.Templates), usesCmd(m.c.Deps.Uses))
}

// Update routes a message; keys go to handleKey, results of commands to the
// screen that started them.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
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
	case leaveMsg:
		return m.updateMethod(msg)
	case recordedMsg:
		if msg.err != nil {
			m.c.notice = m.c.Styles.Error.Render(msg.err.Error())
		}
		return m, nil
	case previewMsg, indexMsg, usesMsg, list.FilterMatchesMsg: // the list's, whatever the screen
		var cmd tea.Cmd
		m.browse, cmd = m.browse.update(msg)
		return m, cmd
	}
	return m.forward(msg)
}

// forward passes any other message (cursor blink, filter results…) to the
// active screen.
func (m Model) forward(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.state {
	case stateBrowse:
		m.browse, cmd = m.browse.update(msg)
	case stateFill:
		m.fill, cmd = m.fill.update(msg)
	case stateRestore:
		m.restore, cmd = m.restore.update(msg)
	case stateText:
		m.text, cmd = m.text.update(msg)
	case stateMethod:
		return m.updateMethod(msg)
	}
	return m, cmd
}

func (m Model) handleResize(msg tea.WindowSizeMsg) (tea.Model, tea.Cmd) {
	m.c.Width, m.c.Height = msg.Width, msg.Height
	m.browse = m.browse.setSize()
	m.fill = m.fill.setSize()
	m.restore = m.restore.setSize()
	m.text = m.text.setSize()
	if m.method != nil {
		m.method = m.method.resized()
	}
	var cmd tea.Cmd
	m.browse, cmd = m.browse.syncPreview()
	return m, cmd
}

func (m Model) handleKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	m.c.notice = ""
	switch {
	case m.ask.open:
		return m.handleQuitAsk(msg)
	case key.Matches(msg, m.c.Keys.ForceQuit):
		return m.leave()
	case m.state != stateHelp && key.Matches(msg, m.c.Keys.HelpAnywhere),
		m.state == stateVerdict && key.Matches(msg, m.c.Keys.Help):
		return m.showHelp()
	}
	switch m.state {
	case stateBrowse:
		return m.handleBrowseKey(msg)
	case stateFill:
		return m.handleFillKey(msg)
	case stateVerdict:
		return m.handleVerdictKey(msg)
	case stateRestore:
		return m.handleRestoreKey(msg)
	case stateMethod:
		return m.updateMethod(msg)
	case stateText, stateHelp:
		if key.Matches(msg, m.c.Keys.Back, m.c.Keys.Help, m.c.Keys.HelpAnywhere, m.c.Keys.Quit) {
			m.state = m.back
			return m, nil
		}
	}
	return m.forward(msg)
}

func (m Model) showHelp() (tea.Model, tea.Cmd) {
	m.back, m.state = m.state, stateHelp
	return m, nil
}

func (m Model) handleBrowseKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.c.Keys
	if m.browse.filtering() {
		if !key.Matches(msg, k.Open) {
			return m.forward(msg)
		}
		if t, ok := m.browse.target(); ok {
			var cmd tea.Cmd
			m.browse, cmd = m.browse.update(msg) // accept the filter
			return m.openTemplate(t, cmd)
		}
		return m.forward(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.leave()
	case key.Matches(msg, k.Help, k.HelpAnywhere):
		return m.showHelp()
	case key.Matches(msg, k.Open):
		if t, ok := m.browse.selected(); ok {
			return m.openTemplate(t, nil)
		}
		return m, nil
	case key.Matches(msg, k.ScrollDown):
		m.browse.preview.HalfPageDown()
		return m, nil
	case key.Matches(msg, k.ScrollUp):
		m.browse.preview.HalfPageUp()
		return m, nil
	}
	if next, cmd, ok := m.openMethodKey(msg); ok {
		return next, cmd
	}
	return m.forward(msg)
}

// openTemplate starts filling a template, with the values typed in it
// earlier in the session if any.
func (m Model) openTemplate(t library.Template, prev tea.Cmd) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	m.fill, cmd = newFill(m.c, t, m.drafts[t.ID].values)
	m.state = stateFill
	var refresh tea.Cmd
	if m.c.Deps.Rules != nil { // badges with the current rules from the start
		refresh = refreshCmd(m.rulesRef(), false)
	}
	return m, tea.Batch(prev, cmd, refresh)
}

func (m Model) handleFillKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Back):
		return m.toBrowse()
	case key.Matches(msg, k.Check):
		return m.checkFresh()
	case key.Matches(msg, k.ClearValues):
		return m.clearValues()
	case key.Matches(msg, k.HelpAnywhere) || (key.Matches(msg, k.Help) && !m.fill.typing()):
		return m.showHelp()
	}
	return m.forward(msg)
}

// toBrowse goes back to the list; the values stay in the session's drafts,
// the checked text and the anonymisation mapping are forgotten: they are no
// longer needed in memory.
func (m Model) toBrowse() (tea.Model, tea.Cmd) {
	m.keepDraft()
	m.state = stateBrowse
	m.fill, m.verdict, m.restore, m.text = fillModel{c: m.c}, verdictModel{c: m.c}, restoreModel{}, textModel{}
	return m, nil
}

// View draws the active screen.
func (m Model) View() string {
	if m.c.Width == 0 {
		return ""
	}
	var v string
	if m.ask.open { // « Quitter sans copier ? » in place of the screen
		v = m.quitAskView()
	} else {
		v = m.screenView()
	}
	return lipgloss.NewStyle().MaxWidth(m.c.Width).MaxHeight(m.c.Height).Render(v)
}

// screenView draws the screen of the current state.
func (m Model) screenView() string {
	var v string
	switch m.state {
	case stateBrowse:
		v = m.browse.view()
	case stateFill:
		v = m.fill.view()
	case stateVerdict:
		v = m.verdict.view(m.clearOnQuit)
	case stateRestore:
		v = m.restore.view()
	case stateText:
		v = m.text.view()
	case stateHelp:
		v = m.helpView()
	case stateMethod:
		v = m.methodView()
	}
	return v
}
