package tui

import "github.com/charmbracelet/bubbles/key"

// The method's screens state their keys from their help(): the footer and
// the ? help (f1) read them through help.KeyMap, like the other screens.

func (m charterModel) ShortHelp() []key.Binding     { return m.help().ShortHelp() }
func (m charterModel) FullHelp() [][]key.Binding    { return m.help().FullHelp() }
func (m decisionModel) ShortHelp() []key.Binding    { return m.help().ShortHelp() }
func (m decisionModel) FullHelp() [][]key.Binding   { return m.help().FullHelp() }
func (m trainingModel) ShortHelp() []key.Binding    { return m.help().ShortHelp() }
func (m trainingModel) FullHelp() [][]key.Binding   { return m.help().FullHelp() }
func (m indicatorsModel) ShortHelp() []key.Binding  { return m.help().ShortHelp() }
func (m indicatorsModel) FullHelp() [][]key.Binding { return m.help().FullHelp() }
func (m surveyModel) ShortHelp() []key.Binding      { return m.help().ShortHelp() }
func (m surveyModel) FullHelp() [][]key.Binding     { return m.help().FullHelp() }

func (charterModel) methodScreen()    {}
func (decisionModel) methodScreen()   {}
func (trainingModel) methodScreen()   {}
func (indicatorsModel) methodScreen() {}
func (surveyModel) methodScreen()     {}
