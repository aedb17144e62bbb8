package tui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/paginator"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library"
)

// browseModel is the first screen: the validated templates in a list with
// a filter, and a glamour preview of the selected one.
type browseModel struct {
	c       *Common
	list    list.Model
	preview viewport.Model
	cache   map[string]string // previewKey -> rendered preview
	shown   string            // previewKey currently in the viewport
	total   int
	longest int     // the width of the longest title (longestTitle)
	gen     int     // the generation of the filter's matches (filtergen.go)
	uses    usesMsg // uses per template on this laptop: the most used first
}

func newBrowse(c *Common) browseModel {
	items := make([]list.Item, len(c.Deps.Templates))
	for i, t := range c.Deps.Templates {
		items[i] = quickItem(t)
	}
	d := newItemDelegate()
	// The list starts empty and gets its items once configured: with dots
	// pagination, every setting would draw thousands of dots (10,000
	// templates took 400 ms before the first frame).
	l := list.New(nil, d, 0, 0)
	l.Paginator.Type = paginator.Arabic
	l.Title = i18n.T("Modèles", "Templates")
	l.Filter = filterTemplates
	l.FilterInput.Prompt = i18n.T("Filtrer : ", "Filter: ")
	l.FilterInput.Cursor.SetMode(cursor.CursorStatic) // a steady cursor: calmer, and reproducible screens
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)
	l.DisableQuitKeybindings()
	l.KeyMap.ShowFullHelp.SetEnabled(false)
	l.KeyMap.CloseFullHelp.SetEnabled(false)
	l.SetStatusBarItemName(i18n.T("modèle", "template"), i18n.T("modèles", "templates"))
	l.SetItems(items)
	return browseModel{c: c, list: l, preview: viewport.New(0, 0), cache: map[string]string{}, total: len(items),
		longest: longestTitle(items)}
}

// sizes splits the body between the list and the preview: the list takes
// what its longest title needs, up to half the width; under 60 columns the
// preview is dropped rather than squeezed.
func (m browseModel) sizes() (listW, prevW, h int) {
	h = m.c.Height - m.c.ruleHeight() - 2 // golden rule, status line, help bar
	if m.c.Deps.NoReferent {
		h-- // the line saying that no référent is defined
	}
	if h < 3 {
		h = 3
	}
	if m.c.Width < 60 {
		return m.c.Width, 0, h
	}
	listW = clamp(m.longest+listChrome, 24, m.c.Width/2)
	return listW, m.c.Width - listW - 1, h
}

// listChrome is what the list adds around a title: the selection bar and
// padding, and a column of margin.
const listChrome = 5

// longestTitle is the width of the longest title line of the list, counted
// in runes: measuring 10,000 titles with grapheme widths would delay the
// first frame, and titles are plain text.
func longestTitle(items []list.Item) int {
	most := 0
	for _, it := range items {
		if t, ok := it.(templateItem); ok {
			most = max(most, utf8.RuneCountInString(t.t.ID)+2+utf8.RuneCountInString(t.t.Title)) // Title(), without building it
		}
	}
	return most
}

func (m browseModel) setSize() screen {
	lw, pw, h := m.sizes()
	d := newItemDelegate()
	d.wrap = m.longest+listChrome > lw // titles on two lines rather than cut
	if d.wrap {
		d.SetHeight(3)
	}
	m.list.SetDelegate(d)
	m.list.SetSize(lw, h)
	m.preview.Width, m.preview.Height = pw, h
	return m
}

// selected returns the template under the cursor, if any.
func (m browseModel) selected() (library.Template, bool) {
	it, ok := m.list.SelectedItem().(templateItem)
	if !ok {
		return library.Template{}, false
	}
	return it.t, true
}

// target is the template enter opens while filtering: the best ranked
// match of the filter as typed, which is the highlighted first line once
// the list has its matches (the cursor stays on the first line while the
// filter is typed). The list's matches arrive in a message and may lag
// behind a fast typist: the typed filter decides.
func (m browseModel) target() (library.Template, bool) {
	return bestMatch(m.list.Items(), strings.Fields(library.Normalize(m.list.FilterValue())))
}

// filtering reports whether the volunteer is typing a filter, when letters
// must go to the filter and not trigger q or ?.
func (m browseModel) filtering() bool { return m.list.SettingFilter() }

func (m browseModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case previewMsg:
		m.cache[msg.key] = msg.content
		if msg.key == m.shown {
			m.preview.SetContent(msg.content)
		}
		return m, nil
	case indexMsg:
		m.gen++
		return m, tagMatches(m.list.SetItems(byUse(msg, m.uses)), m.gen)
	case usesMsg:
		m.uses = msg
		m.gen++
		cmd := tagMatches(m.list.SetItems(byUse(m.list.Items(), msg)), m.gen)
		m.list.Select(0)
		m, prev := m.syncPreview()
		return m, tea.Batch(cmd, prev)
	case matchesMsg:
		if msg.gen != m.gen { // the matches of a filter no longer typed
			return m, nil
		}
		m, cmd := m.updateList(msg.matches)
		m.list.SetSize(m.list.Width(), m.list.Height()) // the list counts its pages only at the next key
		return m, cmd
	case tea.MouseMsg:
		var cmd tea.Cmd
		m.preview, cmd = m.preview.Update(msg)
		return m, cmd
	case tea.KeyMsg:
		if m, cmd, ok := m.handleKey(msg); ok {
			return m, cmd
		}
	}
	return m.updateList(msg)
}

// updateList passes a message to the list and follows its selection with
// the preview.
func (m browseModel) updateList(msg tea.Msg) (browseModel, tea.Cmd) {
	var cmd, prev tea.Cmd
	before := m.list.FilterValue()
	m.list, cmd = m.list.Update(msg)
	if m.list.FilterValue() != before {
		m.gen++
	}
	cmd = tagMatches(cmd, m.gen)
	m, prev = m.syncPreview()
	return m, tea.Batch(cmd, prev)
}

// handleKey handles the screen's own keys; the others go to the list.
// While the filter is typed, enter opens the best match of the filter.
func (m browseModel) handleKey(msg tea.KeyMsg) (browseModel, tea.Cmd, bool) {
	k := m.keyMap()
	switch {
	case m.filtering() && key.Matches(msg, k.Open):
		t, ok := m.target()
		if !ok {
			return m, nil, false
		}
		m, cmd := m.updateList(msg) // accept the filter
		m.c.goTo(openMsg{t: t})
		return m, cmd, true
	case key.Matches(msg, k.Open):
		if t, ok := m.selected(); ok {
			m.c.goTo(openMsg{t: t})
		}
	case key.Matches(msg, k.Quit):
		m.c.goTo(leaveMsg{})
	case key.Matches(msg, k.Help):
		m.c.goTo(helpMsg{})
	case key.Matches(msg, k.ScrollDown):
		m.preview.HalfPageDown()
	case key.Matches(msg, k.ScrollUp):
		m.preview.HalfPageUp()
	default:
		return m, nil, false
	}
	return m, nil, true
}

// syncPreview shows the preview of the selected template, rendering it in
// the background when it is not cached yet.
func (m browseModel) syncPreview() (browseModel, tea.Cmd) {
	_, pw, _ := m.sizes()
	t, ok := m.selected()
	if !ok || pw == 0 {
		m.shown = ""
		m.preview.SetContent("")
		return m, nil
	}
	k := previewKey(t.ID, pw)
	if k == m.shown {
		return m, nil
	}
	m.shown = k
	if s, ok := m.cache[k]; ok {
		m.preview.SetContent(s)
		m.preview.GotoTop()
		return m, nil
	}
	m.preview.GotoTop()
	m.preview.SetContent(m.c.Styles.Subtle.Render(i18n.T("Aperçu en préparation…", "Preparing preview…")))
	return m, renderPreviewCmd(t, pw, m.c.Deps.Markdown)
}

func (m browseModel) status() string {
	n := len(m.list.VisibleItems())
	switch {
	case m.total == 0:
		return i18n.T("Aucun modèle validé : demandez à votre référent IA.",
			"No validated template: ask your AI referent.")
	case n == 0:
		return i18n.T("Aucun modèle ne correspond au filtre.", "No template matches the filter.")
	case n == 1 && m.total == 1:
		return i18n.T("1 modèle", "1 template")
	case n == m.total:
		return fmt.Sprintf(i18n.T("%d modèles", "%d templates"), n)
	case n == 1:
		return fmt.Sprintf(i18n.T("1 modèle sur %d", "1 of %d templates"), m.total)
	}
	return fmt.Sprintf(i18n.T("%d modèles sur %d", "%d of %d templates"), n, m.total)
}

// browseKeys are the keys of the list screen.
type browseKeys struct {
	Filter, Open, ClearFilter, Up, Down, ScrollDown, ScrollUp, Help, Quit, ForceQuit key.Binding
}

// keyMap enables the keys that apply: while the filter is typed, letters
// are the filter's; esc clears a filter and does nothing without one; the
// preview scrolls only when it is shown.
func (m browseModel) keyMap() browseKeys {
	k := m.c.Keys
	typing := m.filtering()
	_, pw, _ := m.sizes()
	return browseKeys{
		Filter:      enable(k.Filter, !typing),
		Open:        withHelp(k.Open, i18n.T("ouvrir", "open")),
		ClearFilter: enable(withHelp(k.Back, i18n.T("effacer le filtre", "clear the filter")), m.list.FilterState() != list.Unfiltered),
		Up:          enable(k.Up, !typing),
		Down:        enable(k.Down, !typing),
		ScrollDown:  enable(k.ScrollDown, pw > 0 && !typing),
		ScrollUp:    enable(k.ScrollUp, pw > 0 && !typing),
		Help:        enable(k.Help, !typing),
		Quit:        enable(k.Quit, !typing),
		ForceQuit:   k.ForceQuit,
	}
}

// ShortHelp is the footer, the most useful keys first.
func (m browseModel) ShortHelp() []key.Binding {
	k := m.keyMap()
	k.ForceQuit.SetEnabled(m.filtering()) // q quits otherwise
	return []key.Binding{k.Filter, k.Open, k.ClearFilter, k.Help, k.Quit, k.ForceQuit, k.Up, k.Down}
}

// FullHelp is the ? help of the list.
func (m browseModel) FullHelp() [][]key.Binding {
	k := m.keyMap()
	return [][]key.Binding{{k.Filter, k.Open, k.ClearFilter}, {k.Up, k.Down, k.ScrollDown, k.ScrollUp},
		defaultMethodKeys().all(), {k.Help, k.Quit, k.ForceQuit}} // the method's keys: method.go
}

func (m browseModel) view() string {
	lw, pw, h := m.sizes()
	listView := m.list.View()
	if m.total == 0 { // the list would say "No modèles." in English
		listView = ""
	}
	left := lipgloss.NewStyle().Width(lw).Height(h).MaxHeight(h).Render(listView)
	body := left
	if pw > 0 {
		sep := m.c.Styles.Subtle.Render(strings.Repeat("│\n", h-1) + "│")
		body = lipgloss.JoinHorizontal(lipgloss.Top, left, sep, m.preview.View())
	}
	status := m.c.Styles.Subtle.Render(truncate(m.status(), m.c.Width))
	footer := m.c.helpBar(m)
	if m.c.Deps.NoReferent {
		note := i18n.T("Aucun référent défini : « tamis referent init » pour en définir un.",
			"No référent defined: “tamis referent init” to define one.")
		footer = lipgloss.JoinVertical(lipgloss.Left, m.c.Styles.Subtle.Render(truncate(note, m.c.Width)), footer)
	}
	return m.c.frame(lipgloss.JoinVertical(lipgloss.Left, status, body), footer)
}
