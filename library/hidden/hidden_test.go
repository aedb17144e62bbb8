package hidden

import "testing"

func TestAt(t *testing.T) {
	cases := []struct {
		s    string
		i    int
		kind Kind
		size int
	}{
		{"a", 0, Shown, 1},
		{"\t\n\r", 1, Shown, 1},
		{"é", 0, Shown, 2},
		{"\xff", 0, Shown, 1},
		{"\x00", 0, Control, 1},
		{"\x7f", 0, Control, 1},
		{"\x1b[31mrouge", 0, Control, 5},
		{"\x1b[?25l", 0, Control, 6},
		{"\x1b]0;titre\x07", 0, Control, 2}, // the title stays text to judge
		{"\x1b(B", 0, Control, 3},
		{"\x1bc", 0, Control, 2},
		{"\x1b", 0, Control, 1},
		{"\x1b[", 0, Control, 2},
		{"\u009b2J", 0, Control, 4},
		{"\u0085", 0, Control, 2},
		{"a\u200bb", 1, Invisible, 3},
		{"\U000E0041", 0, Invisible, 4},
		{"\u00ad", 0, Invisible, 2},
		{"\u202e", 0, Invisible, 3},
		{"\u2066", 0, Invisible, 3},
		{"\ufeffx", 0, Shown, 3},
		{"x\ufeff", 1, Invisible, 3},
		{"👨\u200d👩", 4, Shown, 3},
		{"a\u200d👩", 1, Invisible, 3},
		{"👨\u200da", 4, Invisible, 3},
		{"❤\ufe0f", 3, Shown, 3},
		{"1\ufe0f", 1, Shown, 3},
		{"a\ufe0f", 1, Invisible, 3},
		{"\u00a0", 0, Shown, 2}, // a space, not hidden: classify normalises it
	}
	for _, c := range cases {
		k, n := At(c.s, c.i)
		if k != c.kind || n != c.size {
			t.Errorf("At(%q, %d) = %d, %d; want %d, %d", c.s, c.i, k, n, c.kind, c.size)
		}
	}
}
