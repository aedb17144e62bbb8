//go:build race

package classify

// raceEnabled is true when the tests run under the race detector, which
// slows the classifier about tenfold: the hostile inputs are then smaller
// (their 10 MB versions run without it, and in the benchmarks).
const raceEnabled = true
