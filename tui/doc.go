// Package tui is the volunteer's program: pick a validated template, fill it
// in with a live check of every value, and copy the checked prompt.
//
// The root Model (model.go) holds a state and one model per screen —
// browse, fill, verdict, restore, text, help — each with a typed update
// method and a view; Update only routes messages and keys to handleX
// methods. Common carries the size, the styles, the key map and the
// dependencies (Deps), so tests run the whole program with fakes: no store,
// no X server.
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
// Privacy: what the volunteer types lives in the field models and in the
// verdict being shown, nowhere else. Events carry the template id, the
// verdict, the names of the rules that fired and the action taken.
package tui
