// Command devmain is a throwaway stand-in for tamis while main.go is written.
package main

import (
	"fmt"
	"os"

	"tamis/library"
	"tamis/store"
	"tamis/tui"
)

func main() {
	st, err := store.Open(os.Getenv("TAMIS_DB"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if len(os.Args) == 3 && os.Args[1] == "import" {
		data, err := os.ReadFile(os.Args[2])
		if err == nil {
			var ts []library.Template
			if ts, err = library.Parse(os.Args[2], data); err == nil {
				_, _, err = st.Import(ts)
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if err := tui.Run(st); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
