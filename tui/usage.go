package tui

import (
	"slices"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/store"
)

// eventSource is a library that can list its usage events (the store).
// The events hold template ids, verdicts and actions: no typed value.
type eventSource interface {
	Events() ([]store.Event, error)
}

// usesFrom counts the events by template, from the library when it keeps
// events; nil otherwise.
func usesFrom(lib Library) func() (map[string]int, error) {
	src, ok := lib.(eventSource)
	if !ok {
		return nil
	}
	return func() (map[string]int, error) {
		events, err := src.Events()
		if err != nil {
			return nil, err
		}
		uses := make(map[string]int)
		for _, e := range events {
			uses[e.TemplateID]++
		}
		return uses, nil
	}
}

// usesMsg carries the number of uses of each template on this laptop.
type usesMsg map[string]int

// usesCmd reads the events off the UI loop: the first frame does not wait.
// A failure to read them only leaves the list in id order.
func usesCmd(uses func() (map[string]int, error)) tea.Cmd {
	if uses == nil {
		return nil
	}
	return func() tea.Msg {
		u, err := uses()
		if err != nil || len(u) == 0 {
			return nil
		}
		return usesMsg(u)
	}
}

// byUse orders the items most used first, the others in id order; the
// filter's ties keep this order too.
func byUse(items []list.Item, uses map[string]int) []list.Item {
	if len(uses) == 0 {
		return items
	}
	out := slices.Clone(items)
	slices.SortStableFunc(out, func(a, b list.Item) int {
		return uses[itemID(b)] - uses[itemID(a)]
	})
	return out
}

func itemID(i list.Item) string {
	if t, ok := i.(templateItem); ok {
		return t.t.ID
	}
	return ""
}
