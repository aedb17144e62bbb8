package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library/classify"
)

// verdictMode is the step of the check-and-copy screen.
type verdictMode int

const (
	modeCopying verdictMode = iota // ok: the copy runs in the background
	modeCopied                     // done: confirmation and reminder
	modeDoubt                      // gray zone: questions, explicit confirmation
	modeBlocked                    // nothing copied: findings and ways out
)

// verdictModel shows the verdict on the whole filled prompt.
type verdictModel struct {
	c          *Common
	form       fillModel // the form checked, to place a refused copy's findings
	templateID string
	values     map[string]string // by variable, to name the field of a finding
	places     []namedSpan       // where each value lies in text, while text is the filled prompt
	located    []located         // the findings of result with their fields, when merged (see merge)
	text       string            // what is (or would be) copied
	result     classify.Result
	anonymised bool
	restore    func(string) string
	codes      []CodePair
	before     classify.Result // the verdict before anonymisation, for the event
	mode       verdictMode
	method     CopyMethod
	cursor     int    // blocked: the selected finding; doubt: 1 = copy
	note       string // one line about the last action
	cleared    bool   // the volunteer emptied the clipboard after the copy
}

// located is a finding with the field it comes from.
type located struct {
	classify.Finding
	field string   // "" when the span is in the template's own text
	combo []string // the fields of a finding that only their combination reveals
	text  string
	// wider marks a blocked finding that only the whole prompt reveals on
	// one value: its badge alone did not say it (see assembledOnly).
	wider bool
}

// findings lists the findings with the variable whose value holds them.
func (m verdictModel) findings() []located {
	if m.located != nil {
		return m.located
	}
	out := make([]located, 0, len(m.result.Findings))
	for _, f := range m.result.Findings {
		l := located{Finding: f, text: span(m.text, f), field: fieldOf(m.places, f)}
		if l.field == "" && m.places == nil { // an anonymised text: values moved
			l.field = fieldHolding(m.values, l.text)
		}
		out = append(out, l)
	}
	return out
}

// namedSpan is where the value of a variable lies in the filled prompt.
type namedSpan struct {
	name       string
	start, end int
}

// fieldOf names the variable whose value overlaps the finding the most: a
// finding may start in the template's words ("Notre mission : …") and still
// be about the value that follows them.
func fieldOf(places []namedSpan, f classify.Finding) string {
	best, most := "", 0
	for _, p := range places {
		if overlap := min(p.end, f.End) - max(p.start, f.Start); overlap > most {
			best, most = p.name, overlap
		}
	}
	return best
}

// fieldHolding names a variable whose value contains text, the first in
// name order so that the answer does not depend on map order.
func fieldHolding(values map[string]string, text string) string {
	if text == "" {
		return ""
	}
	best := ""
	for name, v := range values {
		if strings.Contains(v, text) && (best == "" || name < best) {
			best = name
		}
	}
	return best
}

// hasPersonal reports whether anonymisation can help: it only replaces
// category-3 identifiers and descriptions of a person, not a sentence the
// learned check blocks nor a photo.
func (m verdictModel) hasPersonal() bool {
	for _, f := range m.result.Findings {
		if f.Verdict == classify.Blocked && classify.Replaced(f) {
			return true
		}
	}
	return false
}

// canAnonymise: anonymisation is offered only when it can make the text
// shareable. With a sensitive finding it cannot: pseudonymised data is
// still personal data, and "Personne_001, qui est diabétique" is still
// category 4, whatever the check of the anonymised text alone says.
func (m verdictModel) canAnonymise() bool {
	return m.hasPersonal() && !m.anonymised && m.result.Category < classify.Sensitive
}

// verdictKeys are the keys of the verdict screen; which apply depends on
// its step (doubt, blocked, copied).
type verdictKeys struct {
	Choose, Confirm, Up, Down, GoToField, Anonymize, Back     key.Binding
	Other, ShowText, ClearClipboard, ClearOnQuit, PasteAnswer key.Binding
	Help, Quit, ForceQuit                                     key.Binding
	Tree                                                      key.Binding // the decision tree, from a doubt
}

func (m verdictModel) keyMap() verdictKeys {
	k := m.c.Keys
	doubt, blocked, copied := m.mode == modeDoubt, m.mode == modeBlocked, m.mode == modeCopied
	back := i18n.T("retour au formulaire", "back to the form")
	if doubt {
		back = i18n.T("annuler", "cancel")
	}
	return verdictKeys{
		Choose:         enable(relabel(keyAlso(k.Left, k.Right, k.Next, k.Prev), "←/→", i18n.T("choisir", "choose")), doubt),
		Confirm:        enable(withHelp(k.Open, i18n.T("valider", "confirm")), doubt),
		Up:             enable(relabel(k.Up, "↑/↓", i18n.T("choisir", "choose")), blocked),
		Down:           enable(relabel(k.Down, "↑/↓", i18n.T("choisir", "choose")), blocked),
		GoToField:      enable(withHelp(k.Open, i18n.T("corriger le champ", "fix the field")), blocked),
		Anonymize:      enable(k.Anonymize, blocked && m.canAnonymise()),
		Back:           enable(withHelp(k.Back, back), m.mode != modeCopying),
		Other:          enable(withHelp(k.Open, i18n.T("autre modèle", "other template")), copied),
		ShowText:       enable(withHelp(k.ShowText, i18n.T("voir le texte copié", "show the copied text")), copied),
		ClearClipboard: enable(withHelp(k.ClearClipboard, i18n.T("vider le presse-papiers", "clear the clipboard")), copied),
		ClearOnQuit:    enable(k.ClearOnQuit, copied),
		PasteAnswer:    enable(k.PasteAnswer, copied && m.anonymised),
		Help:           enable(k.Help, m.mode != modeCopying),
		Tree:           enable(defaultMethodKeys().Tree, doubt),
		Quit:           enable(k.Quit, copied),
		ForceQuit:      enable(k.ForceQuit, !copied), // q quits once copied: ctrl+c still does (model.go)
	}
}

// keyAlso is a binding that also answers to the keys of others.
func keyAlso(b key.Binding, others ...key.Binding) key.Binding {
	keys := b.Keys()
	for _, o := range others {
		keys = append(keys, o.Keys()...)
	}
	b.SetKeys(keys...)
	return b
}

// ShortHelp is the footer of the step on screen.
func (m verdictModel) ShortHelp() []key.Binding {
	k := m.keyMap()
	return []key.Binding{k.Choose, k.Confirm, k.Up, k.GoToField, k.Anonymize, k.Other, k.PasteAnswer,
		k.ShowText, k.ClearClipboard, k.Back, k.Tree, k.Help, k.Quit, k.ForceQuit}
}

// FullHelp is the ? help of the step on screen.
func (m verdictModel) FullHelp() [][]key.Binding {
	k := m.keyMap()
	return [][]key.Binding{{k.Choose, k.Confirm, k.Up, k.Down, k.GoToField, k.Anonymize, k.Tree},
		{k.Other, k.ShowText, k.ClearClipboard, k.ClearOnQuit, k.PasteAnswer},
		{k.Back, k.Help, k.Quit, k.ForceQuit}}
}

func (m verdictModel) setSize() screen { return m }

func (m verdictModel) view() string {
	var body string
	switch m.mode {
	case modeCopying:
		body = m.c.Styles.Subtle.Render(i18n.T("Copie en cours…", "Copying…"))
	case modeCopied:
		body = m.copiedView(m.c.clearOnQuit)
	case modeDoubt:
		body = m.doubtView()
	case modeBlocked:
		body = m.blockedView()
	}
	return m.c.frame(body, m.c.helpBar(m))
}

func (m verdictModel) copiedView(clearOnQuit bool) string {
	s, k := m.c.Styles, m.keyMap()
	var lines []string
	switch {
	case m.cleared:
		lines = append(lines, s.Public.Render("✓ "+i18n.T("Vérifié. Le presse-papiers a été vidé depuis : le texte n’y est plus.",
			"Checked. Clipboard cleared since: the text is no longer there.")))
	case m.method == CopySystem:
		lines = append(lines, s.Public.Render("✓ "+i18n.T("Vérifié et copié dans le presse-papiers.",
			"Checked and copied to the clipboard.")))
	case m.method == CopyTerminal:
		lines = append(lines, s.Public.Render("✓ "+i18n.T(
			"Vérifié et copié par le terminal.",
			"Checked and copied by the terminal.")),
			fmt.Sprintf(i18n.T("Si le collage ne donne rien, appuyez sur %s pour afficher le texte et le sélectionner.",
				"If pasting gives nothing, press %s to show the text and select it."), keyName(k.ShowText)))
	}
	if m.anonymised {
		lines = append(lines, "", fmt.Sprintf(i18n.T(
			"Le texte copié est anonymisé. Collez ensuite la réponse de l’IA avec %s : tamis y remettra les vraies valeurs, ici, sur cet ordinateur.",
			"The copied text is anonymised. Then paste the AI's answer with %s: tamis will put the real values back, here, on this computer."), keyName(k.PasteAnswer)))
		lines = append(lines, m.codeLines()...)
	}
	lines = append(lines, "", s.Doubt.Render("! "+i18n.T(
		"Relisez et vérifiez la réponse de l’IA avant de l’utiliser : vous en restez responsable.",
		"Read and check the AI's answer before using it: you remain responsible for it.")))
	onQuit := i18n.T("non", "no")
	if clearOnQuit {
		onQuit = i18n.T("oui", "yes")
	}
	lines = append(lines, "", fmt.Sprintf(i18n.T("Vider le presse-papiers en quittant : %s (%s pour changer)",
		"Clear the clipboard on quit: %s (%s to change)"), onQuit, k.ClearOnQuit.Help().Key))
	if m.note != "" {
		lines = append(lines, s.Notice.Render(m.note))
	}
	return wrapText(strings.Join(lines, "\n"), m.c.Width-2)
}

// doubtQuestions are the method's four questions for the gray zone.
func doubtQuestions() []string {
	return []string{
		i18n.T("Qui pourrait être lésé si cette information devenait publique ?", "Who could be harmed if this became public?"),
		i18n.T("À quel point ?", "How badly?"),
		i18n.T("Avons-nous le consentement des personnes concernées ?", "Do we have the consent of the people concerned?"),
		i18n.T("Cela pourrait-il être utilisé contre nous ou nos bénéficiaires ?", "Could it be used against us or our beneficiaries?"),
	}
}

func (m verdictModel) doubtView() string {
	s := m.c.Styles
	lines := []string{s.Doubt.Render("? " + i18n.T("Doute : zone grise. Dans le doute, on s’abstient.",
		"Doubt: gray zone. When in doubt, don't."))}
	lines = append(lines, m.findingLines(-1)...)
	lines = append(lines, "", i18n.T("Avant de copier, répondez honnêtement :", "Before copying, answer honestly:"))
	for _, q := range doubtQuestions() {
		lines = append(lines, "  • "+q)
	}
	cancel := i18n.T("Annuler", "Cancel")
	copyB := i18n.T("Copier quand même", "Copy anyway")
	bc, bk := s.ButtonOn.Render("▸ "+cancel), s.Button.Render(copyB)
	if m.cursor == 1 {
		bc, bk = s.Button.Render(cancel), s.ButtonOn.Render("▸ "+copyB)
	}
	buttons := lipgloss.JoinHorizontal(lipgloss.Top, bc, " ", bk)
	body := cutLines(wrapText(strings.Join(lines, "\n"), m.c.Width-2), m.c.bodyHeight()-lipgloss.Height(buttons)) // the buttons stay in view
	return lipgloss.JoinVertical(lipgloss.Left, body, buttons)
}

func (m verdictModel) blockedView() string {
	s := m.c.Styles
	lvl := levelOf(m.result)
	lines := []string{lvl.style(s).Render(lvl.symbol() + " " + i18n.T("Bloqué : rien n’a été copié.", "Blocked: nothing was copied."))}
	lines = append(lines, m.findingLines(m.cursor)...)
	lines = append(lines, "")
	k := m.keyMap()
	fix := fmt.Sprintf(i18n.T("%s : corriger le champ.", "%s: fix the field."), keyName(k.GoToField))
	switch {
	case m.canAnonymise():
		lines = append(lines, fix, fmt.Sprintf(i18n.T(
			"%s : anonymiser, chaque donnée personnelle sera remplacée par un code.",
			"%s: anonymise, each piece of personal data will be replaced by a code."), keyName(k.Anonymize)))
	case m.result.Category >= classify.Sensitive:
		lines = append(lines, fix+" "+i18n.T("Une donnée sensible ne se partage pas, même anonymisée.",
			"Sensitive data is not shared, even anonymised."))
	default:
		lines = append(lines, fix)
	}
	if m.note != "" {
		lines = append(lines, s.Error.Render(m.note))
	}
	return wrapText(strings.Join(lines, "\n"), m.c.Width-2)
}

// findingLines lists the findings, one line each, the selected one marked.
func (m verdictModel) findingLines(selected int) []string {
	s := m.c.Styles
	var lines []string
	for i, f := range m.findings() {
		lvl := levelOf(classify.Result{Category: f.Category, Verdict: f.Verdict})
		where := i18n.T("texte du modèle", "template text")
		switch {
		case len(f.combo) > 1:
			where = i18n.T("combinaison de champs", "combination of fields") + " [" + strings.Join(f.combo, "] + [") + "]"
		case f.field != "":
			where = "[" + f.field + "]"
		}
		if f.wider {
			where += i18n.T(", lu avec le texte qui l’entoure", ", read with the text around it")
		}
		marker := "  "
		if i == selected {
			marker = "▸ "
		}
		head := fmt.Sprintf("%s%s %s — %s", marker, lvl.symbol(), lvl.word(), where)
		why := "    " + apostrophes(f.Reason) + colon() + quote(s.Offending.Render(oneLine(f.text)))
		st := lvl.style(s)
		if i == selected {
			st = st.Underline(true)
		}
		lines = append(lines, st.Render(truncate(head, m.c.Width-2)), truncate(why, m.c.Width-2))
	}
	return lines
}

// codeLines lists the codes of an anonymisation, a few at most.
func (m verdictModel) codeLines() []string {
	const most = 5
	var lines []string
	for i, c := range m.codes {
		if i == most {
			lines = append(lines, fmt.Sprintf(i18n.T("  … et %d autres", "  … and %d more"), len(m.codes)-most))
			break
		}
		lines = append(lines, truncate("  "+c.Code+" ← "+oneLine(c.Original), m.c.Width-2))
	}
	return lines
}
