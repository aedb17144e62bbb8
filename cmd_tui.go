package main

import (
	"tamis/tui"
)

// runTUI opens the volunteer's interface on the store.
func runTUI(db string) error {
	st, err := openStore(db)
	if err != nil {
		return err
	}
	return tui.Run(st)
}
