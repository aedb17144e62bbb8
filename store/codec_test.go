package store

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"tamis/library"
)

func TestRecordRoundTrip(t *testing.T) {
	tests := map[string]record{
		"full":  {Saved: time.Unix(1700000000, 123), Note: "relu", Template: sample(1, library.StatusValidated)},
		"empty": {Saved: time.Unix(0, 0), Template: library.Template{ID: "PROMPT-001"}},
		"old":   {Saved: time.Unix(-5, 0), Template: library.Template{ID: "PROMPT-002", Tags: []string{""}}},
	}
	for name, want := range tests {
		got, err := decodeRecord(encodeRecord(want))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !got.Saved.Equal(want.Saved) || got.Note != want.Note || !reflect.DeepEqual(got.Template, want.Template) {
			t.Errorf("%s: got %+v, want %+v", name, got, want)
		}
		sum, err := decodeSummary(encodeSummary(want.Template))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(sum, summaryOf(want.Template)) {
			t.Errorf("%s: summary %+v", name, sum)
		}
	}
}

// Every truncation of a record must be reported, never panic or pass.
func TestDecodeTruncated(t *testing.T) {
	rec := encodeRecord(record{Saved: time.Now(), Note: "n", Template: sample(1, library.StatusValidated)})
	sum := encodeSummary(sample(1, library.StatusValidated))
	for i := range rec {
		if _, err := decodeRecord(rec[:i]); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("record cut at %d: err = %v", i, err)
		}
	}
	for i := range sum {
		if _, err := decodeSummary(sum[:i]); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("summary cut at %d: err = %v", i, err)
		}
	}
	if _, err := decodeRecord(append(rec, 0)); !errors.Is(err, ErrCorrupt) {
		t.Errorf("trailing byte: err = %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(encodeRecord(record{Saved: time.Unix(1, 0), Template: sample(1, library.StatusValidated)}))
	f.Add(encodeSummary(sample(2, library.StatusDraft)))
	f.Add([]byte{recordFormat, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		if r, err := decodeRecord(b); err == nil {
			if again, err := decodeRecord(encodeRecord(r)); err != nil || !reflect.DeepEqual(again.Template, r.Template) {
				t.Errorf("re-encoding changed the record: %v", err)
			}
		}
		_, _ = decodeSummary(b)
	})
}

// A variable's kind survives the store, and a record written before kinds
// existed (flags byte 0 or 1, no kind string) still reads the same.
func TestRecordKinds(t *testing.T) {
	want := record{Saved: time.Unix(1700000000, 0), Template: library.Template{ID: "PROMPT-001", Prompt: "[d] [m] [l]",
		Variables: []library.Variable{
			{Name: "d", Kind: library.KindDate},
			{Name: "m", Help: "h", Multiline: true, Kind: library.KindFreeText},
			{Name: "l", Multiline: true},
		}}}
	got, err := decodeRecord(encodeRecord(want))
	if err != nil || !reflect.DeepEqual(got.Template, want.Template) {
		t.Fatalf("got %+v, %v", got.Template, err)
	}
	// The layout before kinds: name help default choices multiline(0|1).
	old := []byte{recordFormat, 0, 0}
	for _, s := range []string{"PROMPT-002", "T"} {
		old = appendString(old, s)
	}
	old = appendList(old, nil)
	for _, s := range []string{"validé", "", "[a] [b]"} {
		old = appendString(old, s)
	}
	old = append(old, 2)
	old = append(appendList(appendString(appendString(appendString(old, "a"), ""), ""), nil), 1)
	old = append(appendList(appendString(appendString(appendString(old, "b"), "aide"), ""), nil), 0)
	r, err := decodeRecord(old)
	if err != nil {
		t.Fatal(err)
	}
	if v := r.Variables; len(v) != 2 || !v[0].Multiline || v[0].Kind != "" || v[1].Multiline || v[1].Help != "aide" {
		t.Fatalf("old record read as %+v", v)
	}
	bad := encodeRecord(record{Template: library.Template{ID: "PROMPT-003", Variables: []library.Variable{{Name: "a"}}}})
	bad[len(bad)-1] = 4 // an unknown flag
	if _, err := decodeRecord(bad); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("unknown flag: %v", err)
	}
}
