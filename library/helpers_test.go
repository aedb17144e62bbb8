package library

import (
	"errors"
	"strconv"
	"testing"
)

func itoa(n int) string { return strconv.Itoa(n) }

// onlyParseError requires err to hold exactly one *ParseError and returns it.
func onlyParseError(t *testing.T, err error) *ParseError {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	leaves := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		leaves = j.Unwrap()
	}
	if len(leaves) != 1 {
		t.Fatalf("want one error, got %d: %v", len(leaves), err)
	}
	var pe *ParseError
	if !errors.As(leaves[0], &pe) {
		t.Fatalf("not a ParseError: %#v", leaves[0])
	}
	return pe
}
