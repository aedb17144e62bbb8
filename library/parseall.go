package library

import "errors"

// Source is one named input of ParseAll: a file, or "-" for stdin.
type Source struct {
	Name string
	Data []byte
}

// Located is a template with where it was read, for messages that send the
// référent back to the file.
type Located struct {
	Template
	File string
	Line int // line of its heading
}

// ParseAll parses several inputs as one library: every parse error of every
// input, and every id defined twice (inside one input or across two) as a
// *DuplicateError naming both places, joined with errors.Join. On error it
// returns no template, so that an import writes nothing.
func ParseAll(sources []Source) ([]Located, error) {
	var all []Located
	var errs []error
	for _, src := range sources {
		ls, err := parseFile(src.Name, src.Data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		all = append(all, ls...)
	}
	first := make(map[string]int, len(all))
	for i, l := range all {
		if k, dup := first[l.ID]; dup {
			errs = append(errs, &DuplicateError{ID: l.ID, File: l.File, Line: l.Line,
				FirstFile: all[k].File, FirstLine: all[k].Line})
			continue
		}
		first[l.ID] = i
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return all, nil
}
