package classify

// offsetMap maps byte offsets in a prepared text (prepare.go) back to the
// original. For each prepared byte it keeps, in one byte each, how many
// original bytes were taken out just before it (pre) and how many it
// stands for (width: 2 for a no-break space, 3 for a full-width digit,
// more for a collapsed run of spaces); a value of 255 or more lives in a
// map. Every checkEvery bytes a checkpoint holds the original offset, so
// that a lookup adds at most checkEvery pairs. The map weighs about two
// bytes a prepared byte whatever the text, where a list of the places that
// shift weighed twelve on a text made of them (1 MB of "1\u00a0").
type offsetMap struct {
	pre, width []uint8
	bigPre     map[int]int
	bigWidth   map[int]int
	check      []int // original offset of the region of byte k*checkEvery
	total      int   // original offset after the last byte's region
}

const checkEvery = 64

func newOffsetMap(size int) *offsetMap {
	return &offsetMap{pre: make([]uint8, 0, size), width: make([]uint8, 0, size)}
}

// add records the next prepared byte: pre original bytes taken out, then
// width bytes it stands for.
func (m *offsetMap) add(pre, width int) {
	x := len(m.pre)
	if x%checkEvery == 0 {
		m.check = append(m.check, m.total)
	}
	m.pre = append(m.pre, 0)
	m.width = append(m.width, 0)
	m.set(m.pre, &m.bigPre, x, pre)
	m.set(m.width, &m.bigWidth, x, width)
	m.total += pre + width
}

// same records n prepared bytes that are the original's, one for one.
func (m *offsetMap) same(n int) {
	for n > 0 {
		x := len(m.pre)
		if x%checkEvery == 0 {
			m.check = append(m.check, m.total)
		}
		k := min(n, checkEvery-x%checkEvery)
		m.pre = append(m.pre, zeros[:k]...)
		m.width = append(m.width, ones[:k]...)
		m.total += k
		n -= k
	}
}

var zeros, ones = [checkEvery]uint8{}, func() (b [checkEvery]uint8) {
	for k := range b {
		b[k] = 1
	}
	return b
}()

// widen makes the last prepared byte stand for n more original bytes.
func (m *offsetMap) widen(n int) {
	x := len(m.width) - 1
	m.set(m.width, &m.bigWidth, x, m.get(m.width, m.bigWidth, x)+n)
	m.total += n
}

func (m *offsetMap) set(b []uint8, big *map[int]int, x, v int) {
	if v < 255 {
		b[x] = uint8(v)
		return
	}
	b[x] = 255
	if *big == nil {
		*big = make(map[int]int)
	}
	(*big)[x] = v
}

func (m *offsetMap) get(b []uint8, big map[int]int, x int) int {
	if b[x] == 255 {
		return big[x]
	}
	return int(b[x])
}

// base returns the original offset where the region of prepared byte x
// begins, before what was taken out ahead of it.
func (m *offsetMap) base(x int) int {
	if x >= len(m.pre) {
		return m.total
	}
	k := x / checkEvery
	o := m.check[k]
	for y := k * checkEvery; y < x; y++ {
		o += m.get(m.pre, m.bigPre, y) + m.get(m.width, m.bigWidth, y)
	}
	return o
}

// start maps the prepared offset where a span starts: after what was
// taken out there.
func (m *offsetMap) start(x int) int {
	if x >= len(m.pre) {
		return m.total
	}
	return m.base(x) + m.get(m.pre, m.bigPre, x)
}

// end maps the prepared offset where a span ends: before what was taken
// out there.
func (m *offsetMap) end(x int) int { return m.base(x) }
