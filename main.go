// Command tamis is a prompt library for French associations: volunteers pick
// a validated template, fill it in, and tamis checks every value for
// personal or sensitive data before the prompt reaches a public AI.
//
// With no argument it opens the terminal interface; the subcommands serve the
// référent and scripts. main only wires flags, the store and the screens.
package main

import (
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
	// A nil slice would make cobra read os.Args: the test binary's flags.
	a := &app{io: io, args: append([]string{}, args...)}
	cmd, err := newRoot(a).ExecuteC()
	code := exitCodeFor(io, cmd, err)
	if err := io.flushOut(); err != nil {
		return fail(io, err)
	}
	return code
}
