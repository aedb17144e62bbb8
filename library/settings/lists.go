package settings

import (
	"fmt"
	"strings"

	"tamis/i18n"
	"tamis/library"
)

// NotInLists is returned when an entry to remove is in neither list, so a
// typo is said rather than silently ignored.
type NotInLists struct{ Entry string }

func (e NotInLists) Error() string {
	return fmt.Sprintf(i18n.T("« %s » n’est ni dans la liste autorisée ni dans la liste interdite : rien n’a été modifié",
		"%q is in neither the allowlist nor the denylist: nothing was changed"), e.Entry)
}

// key is how entries compare: case, accents and surrounding spaces
// ignored, so that « Projet Horizon » and « projet horizon » are one.
func key(e string) string { return library.Normalize(strings.TrimSpace(e)) }

// CheckRemovals refuses to remove an entry that is in neither list.
func CheckRemovals(allow, deny, remove []string) error {
	present := map[string]bool{}
	for _, e := range append(append([]string{}, allow...), deny...) {
		present[key(e)] = true
	}
	for _, r := range remove {
		if !present[key(r)] {
			return NotInLists{r}
		}
	}
	return nil
}

// EditList adds the new entries absent from list (ignoring case and
// accents) and drops those to remove, keeping the order.
func EditList(list, add, remove []string) []string {
	drop := map[string]bool{}
	for _, r := range remove {
		drop[key(r)] = true
	}
	seen := map[string]bool{}
	var out []string
	for _, e := range append(append([]string{}, list...), add...) {
		e = strings.TrimSpace(e)
		k := library.Normalize(e)
		if e == "" || drop[k] || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}
