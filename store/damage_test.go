package store

import (
	"testing"

	"tamis/store/faulttest"
)

// markLiveFree damages the freelist of a file, see faulttest.MarkLiveFree.
func markLiveFree(t testing.TB, path string) int {
	t.Helper()
	n, err := faulttest.MarkLiveFree(path)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func boltCheck(_ testing.TB, path string) []error { return faulttest.BoltCheck(path) }
