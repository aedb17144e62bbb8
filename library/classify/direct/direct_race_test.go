//go:build race

package direct

// raceEnabled is true when the tests run under the race detector, which
// slows the scan about tenfold: the hostile inputs are then smaller (their
// 10 MB versions run without it, and in BenchmarkHostile).
const raceEnabled = true
