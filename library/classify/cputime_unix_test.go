//go:build unix

package classify

import "syscall"

// processCPU returns the processor time used by the process so far, in
// nanoseconds (user and system, every thread: the collector's work is
// part of the cost).
func processCPU() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
