package store

import (
	"encoding/binary"
	"time"

	"tamis/library"
)

// Records are a compact binary encoding rather than JSON: listing 10,000
// templates must stay well under 50 ms for the whole process, and decoding
// length-prefixed strings is several times faster than encoding/json.
//
// Every record starts with a format byte so that a later schema can change
// the layout and migrate. Strings are a uvarint length then the bytes; lists
// are a uvarint count then the items.
//
//	record  := format(2) saved(varint unix ns) note(str) role(str) template
//	           (format 1, before schema 3, has no role)
//	template:= id title tags(list) status context prompt nvars var*
//	var     := name help default choices(list) flags(byte) [kind(str)]
//
// flags: bit 0 multi-line, bit 1 a kind follows. Records written before
// kinds existed hold 0 or 1 there and read the same.
//
//	summary := format(1) id title tags(list) status varnames(list)
const recordFormat = 1

// recordFormatRole is the record layout since schema 3: the role of who
// saved the version follows the note. Records of format 1 stay readable,
// with no role (versions saved before tamis recorded who made them).
const recordFormatRole = 2

// record is what the templates and history buckets hold: a template with
// the time it was saved, the one-line reason of the change and the role of
// who made it.
type record struct {
	Saved time.Time
	Note  string
	Role  Role
	library.Template
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendList(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}

func encodeRecord(r record) []byte {
	b := make([]byte, 0, 64+len(r.Note)+len(r.Title)+len(r.Context)+len(r.Prompt))
	b = append(b, recordFormatRole)
	b = binary.AppendVarint(b, r.Saved.UnixNano())
	b = appendString(b, r.Note)
	b = appendString(b, string(r.Role))
	return appendTemplate(b, r.Template)
}

// appendTemplate encodes the template part of a record; comparing two
// encodings tells whether a Put changes anything.
func appendTemplate(b []byte, t library.Template) []byte {
	b = appendString(b, t.ID)
	b = appendString(b, t.Title)
	b = appendList(b, t.Tags)
	b = appendString(b, string(t.Status))
	b = appendString(b, t.Context)
	b = appendString(b, t.Prompt)
	b = binary.AppendUvarint(b, uint64(len(t.Variables)))
	for _, v := range t.Variables {
		b = appendString(b, v.Name)
		b = appendString(b, v.Help)
		b = appendString(b, v.Default)
		b = appendList(b, v.Choices)
		b = appendVarFlags(b, v)
	}
	return b
}

// The bits of a variable's flags byte.
const (
	flagMultiline = 1 << 0
	flagKind      = 1 << 1
)

// appendVarFlags writes a variable's flags byte, then its kind if any.
func appendVarFlags(b []byte, v library.Variable) []byte {
	var flags byte
	if v.Multiline {
		flags |= flagMultiline
	}
	if v.Kind == library.KindNone {
		return append(b, flags)
	}
	return appendString(append(b, flags|flagKind), string(v.Kind))
}

func encodeSummary(t library.Template) []byte {
	b := make([]byte, 0, 64+len(t.Title))
	b = append(b, recordFormat)
	b = appendString(b, t.ID)
	b = appendString(b, t.Title)
	b = appendList(b, t.Tags)
	b = appendString(b, string(t.Status))
	b = binary.AppendUvarint(b, uint64(len(t.Variables)))
	for _, v := range t.Variables {
		b = appendString(b, v.Name)
	}
	return b
}

// decoder reads a record from a string copied out of the bbolt page: every
// field is a substring of it, so a record costs one copy and no per-field
// allocation. Any overrun marks the record as corrupt.
type decoder struct {
	s   string
	i   int
	bad bool
	// Where lists come from: nil arenas allocate each list on its own.
	strs   *arena[string]
	vars   *arena[library.Variable]
	format byte // the record's layout: recordFormat or recordFormatRole
}

// newDecoder starts reading a summary (format 1 only) or, when records is
// set, a record of either format.
func newDecoder(s string, strs *arena[string], vars *arena[library.Variable], records bool) *decoder {
	d := &decoder{s: s, strs: strs, vars: vars}
	d.format = d.byte()
	if d.format != recordFormat && (!records || d.format != recordFormatRole) {
		d.bad = true
	}
	return d
}

func (d *decoder) byte() byte {
	if d.bad || d.i >= len(d.s) {
		d.bad = true
		return 0
	}
	d.i++
	return d.s[d.i-1]
}

func (d *decoder) uvarint() uint64 {
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		c := d.byte()
		if d.bad {
			return 0
		}
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x
		}
	}
	d.bad = true
	return 0
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

func (d *decoder) str() string {
	n := d.uvarint()
	if d.bad || n > uint64(len(d.s)-d.i) {
		d.bad = true
		return ""
	}
	d.i += int(n)
	return d.s[d.i-int(n) : d.i]
}

// count reads a list length, refusing one that cannot fit in the rest of the
// record (each item takes at least one byte), so corrupt data cannot make us
// allocate a huge slice.
func (d *decoder) count() int {
	n := d.uvarint()
	if d.bad || n > uint64(len(d.s)-d.i) {
		d.bad = true
		return 0
	}
	return int(n)
}

func (d *decoder) list() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	ss := d.strs.take(n)
	for i := range ss {
		ss[i] = d.str()
	}
	return ss
}

func (d *decoder) done() error {
	if d.bad || d.i != len(d.s) {
		return ErrCorrupt
	}
	return nil
}

func decodeRecord(v []byte) (record, error) {
	return decodeRecordString(string(v), nil, nil)
}

// decodeRecordString decodes a record without copying s; lists come from
// the arenas when they are not nil.
func decodeRecordString(s string, strs *arena[string], vars *arena[library.Variable]) (record, error) {
	d := newDecoder(s, strs, vars, true)
	var r record
	r.Saved = time.Unix(0, d.varint())
	r.Note = d.str()
	if d.format == recordFormatRole {
		r.Role = Role(d.str())
	}
	t := &r.Template
	t.ID = d.str()
	t.Title = d.str()
	t.Tags = d.list()
	t.Status = library.Status(d.str())
	t.Context = d.str()
	t.Prompt = d.str()
	if n := d.count(); n > 0 {
		t.Variables = d.vars.take(n)
		for i := range t.Variables {
			v := &t.Variables[i]
			v.Name, v.Help, v.Default = d.str(), d.str(), d.str()
			v.Choices = d.list()
			flags := d.byte()
			v.Multiline = flags&flagMultiline != 0
			if flags&flagKind != 0 {
				v.Kind = library.Kind(d.str())
			}
			if flags&^(flagMultiline|flagKind) != 0 {
				d.bad = true
			}
		}
	}
	return r, d.done()
}

func decodeSummary(v []byte) (Summary, error) {
	return decodeSummaryString(string(v), nil)
}

// decodeSummaryString decodes a summary without copying s; lists come from
// arena when it is not nil.
func decodeSummaryString(s string, strs *arena[string]) (Summary, error) {
	d := newDecoder(s, strs, nil, false)
	var sum Summary
	sum.ID = d.str()
	sum.Title = d.str()
	sum.Tags = d.list()
	sum.Status = library.Status(d.str())
	sum.Variables = d.list()
	// Never nil, so that `tamis list --json` prints [] rather than null.
	if sum.Tags == nil {
		sum.Tags = []string{}
	}
	if sum.Variables == nil {
		sum.Variables = []string{}
	}
	return sum, d.done()
}

// arena hands out slices from large chunks, so that the lists of 10,000
// templates cost a few allocations instead of 20,000. Each slice has its
// capacity clipped: appending to one never overwrites its neighbour. Earlier
// chunks stay alive through the slices taken from them. A nil arena simply
// allocates.
type arena[T any] struct{ free []T }

const arenaChunk = 4096

func (a *arena[T]) take(n int) []T {
	if a == nil {
		return make([]T, n)
	}
	if len(a.free) < n {
		a.free = make([]T, max(n, arenaChunk))
	}
	ts := a.free[:n:n]
	a.free = a.free[n:]
	return ts
}

// idKey is the bucket key of a template id: its length, then the id. Ids are
// PROMPT- and digits, so the keys sort by number (PROMPT-999 before
// PROMPT-1000) and a cursor walks the templates in list order.
func idKey(id string) []byte {
	return append([]byte{byte(len(id))}, id...)
}
