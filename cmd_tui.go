package main

import (
	"tamis/tui"
)

// runTUI opens the volunteer's interface on the store.
func runTUI(db *string, io streams) int {
	path := ""
	if db != nil {
		path = *db
	}
	st, err := openStore(path)
	if err != nil {
		return fail(io, err)
	}
	if err := tui.Run(st); err != nil {
		return fail(io, err)
	}
	return exitOK
}
