package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
)

// CharterGate is the référent's option « the charter before the first copy
// of the day » (the store). tamis cannot know who sits at a shared laptop:
// it keeps only the day the charter was last signed or confirmed here.
type CharterGate interface {
	// CharterDue: the option is on and today is not acknowledged yet;
	// signed says whether the register holds any signature at all.
	CharterDue(now time.Time) (due, signed bool, err error)
	// AcknowledgeCharter records today, a date only.
	AcknowledgeCharter(now time.Time) error
}

// charterGateOf is the library's gate; nil for a library without (a fake).
func charterGateOf(lib Library) CharterGate {
	g, _ := lib.(CharterGate)
	return g
}

// The gate's messages.
type (
	// charterFirstMsg: the charter is due before this copy.
	charterFirstMsg struct{ signed bool }
	// charterAckedMsg: today is recorded (or could not be: err).
	charterAckedMsg struct{ err error }
	// copyGateMsg leaves the charter for the copy it held: on with it
	// (proceed), or cancelled.
	copyGateMsg struct{ proceed bool }
)

// gatedCopyCmd is copy, unless the charter is due first: then it says so
// instead, and copy is not run. The gate is asked off the UI loop; when it
// cannot answer, the copy goes on — the charter is a reminder, the final
// check of copy is what keeps data safe, and it still runs.
func gatedCopyCmd(g CharterGate, copy tea.Cmd) tea.Cmd {
	if g == nil {
		return copy
	}
	return func() tea.Msg {
		due, signed, err := g.CharterDue(time.Now())
		if err != nil || !due {
			return copy()
		}
		return charterFirstMsg{signed: signed}
	}
}

func ackCharterCmd(g CharterGate) tea.Cmd {
	return func() tea.Msg {
		if g == nil {
			return charterAckedMsg{}
		}
		return charterAckedMsg{err: g.AcknowledgeCharter(time.Now())}
	}
}

// newCharterBeforeCopy is the charter screen opened by a copy: it says why
// above the charter, and leaves with copyGateMsg.
func newCharterBeforeCopy(c *Common, signed bool) openMethodMsg {
	s, cmd := newCharter(c)
	m := s.(charterModel)
	m.gate = &beforeCopy{signed: signed}
	return openMethodMsg{s: m, cmd: cmd}
}

// beforeCopy is the state of a charter screen opened before a copy.
type beforeCopy struct{ signed bool }

func (g beforeCopy) line() string {
	if !g.signed {
		return i18n.T("Avant la première copie du jour : lisez la charte, puis signez-la (s) — personne ne l’a encore signée sur ce poste.",
			"Before the first copy of the day: read the charter, then sign it (s) — nobody has signed it on this laptop yet.")
	}
	return i18n.T("Avant la première copie du jour : lisez la charte, puis signez-la (s) ou confirmez que vous l’avez déjà signée (o).",
		"Before the first copy of the day: read the charter, then sign it (s) or confirm you have signed it already (o).")
}

// alreadySigned is the key that confirms a signature given before; only
// offered when the register holds one.
func alreadySigned() key.Binding {
	return key.NewBinding(key.WithKeys("o"), key.WithHelp("o", i18n.T("déjà signée", "signed already")))
}

// gateKey handles the keys proper to the charter before a copy; handled
// is false for the others.
func (m charterModel) gateKey(msg tea.KeyMsg) (charterModel, tea.Cmd, bool) {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.c.goTo(copyGateMsg{})
		return m, nil, true
	case m.gate.signed && key.Matches(msg, alreadySigned()):
		return m, ackCharterCmd(m.c.Deps.CharterGate), true
	}
	return m, nil, false
}

// acked goes on with the copy once today is recorded; a failure to record
// is said, and the copy still goes on (the question will come again).
func (m charterModel) acked(msg charterAckedMsg) charterModel {
	switch {
	case msg.err != nil:
		m.c.notice = m.c.Styles.Error.Render(msg.err.Error())
	case m.done != "":
		m.c.notice = m.c.Styles.Notice.Render(m.done)
	}
	m.c.goTo(copyGateMsg{proceed: true})
	return m
}

func (m charterModel) gateHelp() bindings {
	short := []key.Binding{m.keys.Up, m.keys.Sign}
	if m.gate.signed {
		short = append(short, alreadySigned())
	}
	return bindings{short: append(short, withHelp(m.keys.Back, i18n.T("annuler la copie", "cancel the copy")))}
}

// afterCharter goes on with the copy the charter held, through the final
// check as ever, or cancels it: the values stay on the form.
func (m verdictModel) afterCharter(msg copyGateMsg) (screen, tea.Cmd) {
	if msg.proceed {
		return m, m.copyChecked()
	}
	m.c.notice = i18n.T("Copie annulée : rien n’a été copié.", "Copy cancelled: nothing was copied.")
	m.c.goTo(fillMsg{})
	return m, nil
}
