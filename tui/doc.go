// Package tui is the volunteer's program: pick a validated template, fill it
// in with a live check of every value, and copy the checked prompt.
//
// # Screens
//
// The root Model (model.go) holds one screen per state — browse, fill,
// verdict, restore, text, help — and what outlives them: the drafts of the
// session (drafts.go), the clipboard's state (wipe.go) and the quit
// question (quitask.go). A screen implements the screen interface
// (screen.go), the shape of soft-serve's common.Component:
//
//	help.KeyMap                          // ShortHelp: the footer; FullHelp: the ? help
//	update(tea.Msg) (screen, tea.Cmd)    // its keys and messages
//	view() string                        // at Common's size, in Common.frame
//	setSize() screen                     // after a resize
//
// Each screen builds its key map from Common.Keys (keys.go), in a struct of
// key.Binding with a keyMap method that disables what does not apply at the
// moment (enable): a disabled binding matches no key and is shown nowhere,
// so the footer and the help always say what the keys do. Prose never
// spells a key: it asks the binding (keyName).
//
// A screen never touches another screen nor the root: it asks for a
// transition with a message through Common.goTo (openMsg, fillMsg,
// checkMsg, helpMsg…), which the root applies in the same Update. Work
// that outlives the screen (a copy, a clearing) comes back as a message to
// the root, which routes it.
//
// To add a screen (a référent, charter or training screen):
//
//  1. write xModel in its own file with update, view, setSize, a keys
//     struct with keyMap, ShortHelp and FullHelp (text.go is the smallest
//     example; browse.go one with a list);
//  2. add a state, a field in Model, and one line in screenOf and in put;
//  3. add the message that opens it in screen.go and its case in
//     Model.transition; leave it with backMsg or another transition;
//  4. add its goldens (golden_test.go) at the three sizes.
//
// # Speed and privacy
//
// Work that may be slow runs in commands, never in Update: glamour
// rendering (preview.go), the full-text index for the filter (filter.go),
// the clipboard (clipboard.go) and the usage events (check.go). Checking a
// field is done in Update, on that field only, because it takes well under
// a millisecond and the badge must follow each keystroke. The fill screen's
// preview (fillpreview.go) is also built in Update, only when a value or
// the width changed: View runs on every frame, cursor blinks included, and
// only assembles what is ready.
//
// What the volunteer types lives in the field models, the drafts of the
// session and the verdict being shown, in memory only. Events
// (store.NewEvent) carry the template id, the verdict, the names of the
// rules that fired and the action taken.
package tui
