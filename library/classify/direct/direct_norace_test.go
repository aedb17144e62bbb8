//go:build !race

package direct

// raceEnabled is false without the race detector (see direct_race_test.go).
const raceEnabled = false
