package store

import (
	"path/filepath"
	"testing"
	"time"
)

// The option is off by default; on, the charter is due once a day, until
// acknowledged, and the file keeps the choice and the day across opens.
func TestCharterBeforeCopy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tamis.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	day1 := time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)
	if due, _, err := st.CharterDue(day1); err != nil || due {
		t.Fatalf("off by default: due=%v err=%v", due, err)
	}
	if err := st.SetCharterBeforeCopy(true); err != nil {
		t.Fatal(err)
	}
	if due, signed, err := st.CharterDue(day1); err != nil || !due || signed {
		t.Fatalf("on, nobody signed: due=%v signed=%v err=%v", due, signed, err)
	}
	if _, err := st.Sign("Awa", day1); err != nil {
		t.Fatal(err)
	}
	if err := st.AcknowledgeCharter(day1); err != nil {
		t.Fatal(err)
	}
	st, err = Open(path) // a new session on the same laptop
	if err != nil {
		t.Fatal(err)
	}
	if on, err := st.CharterBeforeCopy(); err != nil || !on {
		t.Fatalf("option lost: %v %v", on, err)
	}
	if due, _, _ := st.CharterDue(day1.Add(8 * time.Hour)); due {
		t.Error("asked twice the same day")
	}
	if due, signed, _ := st.CharterDue(day1.Add(24 * time.Hour)); !due || !signed {
		t.Errorf("next day: due=%v signed=%v, want both", due, signed)
	}
	if err := st.SetCharterBeforeCopy(false); err != nil {
		t.Fatal(err)
	}
	if due, _, _ := st.CharterDue(day1.Add(24 * time.Hour)); due {
		t.Error("due with the option off")
	}
}

// BenchmarkCharterDue is the cost the gate adds to each copy: one read of
// the file, off the UI loop.
func BenchmarkCharterDue(b *testing.B) {
	st, err := Open(filepath.Join(b.TempDir(), "tamis.db"))
	if err != nil {
		b.Fatal(err)
	}
	if err := st.SetCharterBeforeCopy(true); err != nil {
		b.Fatal(err)
	}
	now := time.Now()
	if err := st.AcknowledgeCharter(now); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if due, _, err := st.CharterDue(now); err != nil || due {
			b.Fatal(due, err)
		}
	}
}
