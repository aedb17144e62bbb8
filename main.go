// Command tamis is a prompt library for French associations: volunteers pick
// a validated template, fill it in, and tamis checks every value for
// personal or sensitive data before the prompt reaches a public AI.
//
// With no argument it opens the terminal interface; the subcommands serve the
// référent and scripts. main only wires flags, the store and the screens.
package main

import (
	"fmt"
	"os"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() {
	os.Exit(run(os.Args[1:], streams{in: os.Stdin, out: os.Stdout, err: os.Stderr}))
}

// run executes one command line and returns the process exit code, so that
// tests can drive the whole CLI without starting a process. Whatever the
// command, a failed write to stdout makes it fail (exit 1).
func run(args []string, io streams) int {
	out := &checkedWriter{w: io.out}
	io.out = out
	code := dispatch(args, io)
	if err := io.flushOut(); err != nil {
		return fail(io, err)
	}
	return code
}

// dispatch runs the subcommand named by args[0].
func dispatch(args []string, io streams) int {
	if len(args) == 0 {
		return runTUI(nil, io)
	}
	name, rest := args[0], args[1:]
	if name == "-h" || name == "--help" || name == "help" || name == "aide" {
		printUsage(io.out)
		return exitOK
	}
	if len(name) > 0 && name[0] == '-' {
		// Global flags before the subcommand, such as `tamis --db x.db list`,
		// or no subcommand at all: `tamis --db x.db` opens the interface.
		return runGlobalFlags(args, io)
	}
	if canon, ok := commandAliases[name]; ok {
		name = canon
	}
	cmd, ok := commands()[name]
	if !ok {
		fmt.Fprintf(io.err, "%s\n\n", errUnknownCommand(name))
		printUsage(io.err)
		return exitUsage
	}
	return cmd.run(rest, io)
}
