package tui

import (
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"

	"tamis/i18n"
)

// KeyMap is every binding of the program. The end-to-end checks rely on the
// main ones (/, enter, tab, shift+tab, ctrl+y, esc, ?, q, ctrl+c), so they
// are defined here once and screens only enable or pick among them.
type KeyMap struct {
	Up, Down       key.Binding
	Filter         key.Binding
	Open           key.Binding
	Next, Prev     key.Binding
	Left, Right    key.Binding
	Check          key.Binding
	Back           key.Binding
	ClearValues    key.Binding // empties the form (its values are kept otherwise)
	Help           key.Binding
	HelpAnywhere   key.Binding // f1: help even while typing in a field
	Quit           key.Binding
	ForceQuit      key.Binding
	Anonymize      key.Binding
	ClearClipboard key.Binding
	ClearOnQuit    key.Binding
	ShowText       key.Binding
	PasteAnswer    key.Binding
	ScrollDown     key.Binding // the browse preview
	ScrollUp       key.Binding
	ChoicePrev     key.Binding // a field with choices
	ChoiceNext     key.Binding
	Yes, No        key.Binding // the answers to « Quitter sans copier ? »
}

// DefaultKeyMap builds the bindings with French (or English) help texts.
func DefaultKeyMap() KeyMap {
	b := func(help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], help))
	}
	k := KeyMap{
		Up:             b(i18n.T("monter", "up"), "up", "k"),
		Down:           b(i18n.T("descendre", "down"), "down", "j"),
		Filter:         b(i18n.T("filtrer", "filter"), "/"),
		Open:           b(i18n.T("ouvrir/valider", "open/confirm"), "enter"),
		Next:           b(i18n.T("suivant", "next"), "tab"),
		Prev:           b(i18n.T("précédent", "previous"), "shift+tab"),
		Left:           b(i18n.T("choix précédent", "previous choice"), "left"),
		Right:          b(i18n.T("choix suivant", "next choice"), "right"),
		Check:          b(i18n.T("vérifier et copier", "check and copy"), "ctrl+y"),
		Back:           b(i18n.T("retour", "back"), "esc"),
		ClearValues:    b(i18n.T("tout effacer", "clear all"), "ctrl+l"),
		Help:           b(i18n.T("aide", "help"), "?"),
		HelpAnywhere:   b(i18n.T("aide", "help"), "f1"),
		Quit:           b(i18n.T("quitter", "quit"), "q"),
		ForceQuit:      b(i18n.T("quitter", "quit"), "ctrl+c"),
		Anonymize:      b(i18n.T("anonymiser", "anonymise"), "a"),
		ClearClipboard: b(i18n.T("vider le presse-papiers", "clear clipboard"), "x"),
		ClearOnQuit:    b(i18n.T("vider en quittant", "clear on quit"), "c"),
		ShowText:       b(i18n.T("voir le texte", "show text"), "v"),
		PasteAnswer:    b(i18n.T("rétablir la réponse de l’IA", "restore the AI's answer"), "r"),
		ScrollDown:     b(i18n.T("faire défiler l’aperçu", "scroll the preview"), "ctrl+d"),
		ScrollUp:       b(i18n.T("remonter dans l’aperçu", "scroll the preview up"), "ctrl+u"),
		ChoicePrev:     b(i18n.T("choix précédent", "previous choice"), "left", "up", "h", "k"),
		ChoiceNext:     b(i18n.T("choix suivant", "next choice"), "right", "down", "l", "j", " "),
		Yes:            b(i18n.T("oui", "yes"), "o", "y"),
		No:             b(i18n.T("non", "no"), "n"),
	}
	// The keys as a French keyboard names them.
	k.Open.SetHelp(i18n.T("entrée", "enter"), k.Open.Help().Desc)
	k.Back.SetHelp(i18n.T("échap", "esc"), k.Back.Help().Desc)
	k.Prev.SetHelp(i18n.T("maj+tab", "shift+tab"), k.Prev.Help().Desc)
	k.Up.SetHelp("↑/k", i18n.T("monter", "up"))
	k.Down.SetHelp("↓/j", i18n.T("descendre", "down"))
	k.Left.SetHelp("←/→", i18n.T("changer de choix", "change choice"))
	return k
}

// withHelp is a binding with a description fitting the screen.
func withHelp(b key.Binding, desc string) key.Binding { return relabel(b, b.Help().Key, desc) }

// relabel is a binding shown under another key name, e.g. "↑/↓".
func relabel(b key.Binding, name, desc string) key.Binding {
	b.SetHelp(name, desc)
	return b
}

// enable is a binding switched on or off: a disabled binding matches no key
// and is left out of the footer and the help.
func enable(b key.Binding, on bool) key.Binding {
	b.SetEnabled(on)
	return b
}

// keyName is how a binding's key is written at the start of a sentence,
// from the key map (« Entrée », « a »), so that prose follows the keys.
func keyName(b key.Binding) string {
	k := b.Help().Key
	if utf8.RuneCountInString(k) < 2 { // a letter stays as typed
		return k
	}
	r, n := utf8.DecodeRuneInString(k)
	return string(unicode.ToUpper(r)) + k[n:]
}
