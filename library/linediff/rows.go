package linediff

// Row is one line of a side-by-side view: the old text's line on the
// left, the new text's on the right. A kept line is on both sides; a
// removed line has no right side and an added one no left side, except
// that a run of removed lines and the run of added lines after it are
// paired, so that a changed line sits beside what replaced it.
type Row struct {
	Left, Right         string
	LeftKind, RightKind byte // ' ', '-', '+', or 0 for no line on that side
}

// Rows lays an edit script out side by side.
func Rows(ops []Op) []Row {
	rows := make([]Row, 0, len(ops))
	for i := 0; i < len(ops); {
		if ops[i].Kind == ' ' {
			rows = append(rows, Row{Left: ops[i].Line, Right: ops[i].Line, LeftKind: ' ', RightKind: ' '})
			i++
			continue
		}
		del := i
		for del < len(ops) && ops[del].Kind == '-' {
			del++
		}
		add := del
		for add < len(ops) && ops[add].Kind == '+' {
			add++
		}
		rows = append(rows, pair(ops[i:del], ops[del:add])...)
		i = add
	}
	return rows
}

// pair puts removed lines beside added ones, line by line; the longer run
// goes on alone.
func pair(removed, added []Op) []Row {
	out := make([]Row, max(len(removed), len(added)))
	for k := range out {
		if k < len(removed) {
			out[k].Left, out[k].LeftKind = removed[k].Line, '-'
		}
		if k < len(added) {
			out[k].Right, out[k].RightKind = added[k].Line, '+'
		}
	}
	return out
}
