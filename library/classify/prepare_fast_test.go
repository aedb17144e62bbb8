package classify

import "testing"

// keptCommon is a shortcut of actionAt: wherever it answers, actionAt
// keeps the same bytes. Every lead byte is tried before every second
// byte, and at the end of the text.
func TestKeptCommonAgreesWithActionAt(t *testing.T) {
	for c := 0; c < 256; c++ {
		for d := -1; d < 256; d++ {
			s := string([]byte{byte(c)})
			if d >= 0 {
				s += string([]byte{byte(d)})
			}
			n := keptCommon(s, 0, s[0])
			if n == 0 {
				continue
			}
			if act, _, size := actionAt(s, 0); act != keep || size != n {
				t.Fatalf("%q: keptCommon keeps %d bytes, actionAt says %d over %d", s, n, act, size)
			}
		}
	}
}
