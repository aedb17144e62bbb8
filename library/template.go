package library

// Status is the life-cycle state of a template. Volunteers only see
// validated templates; the référent sees them all.
type Status string

// The statuses, spelled as the référent writes them in a template file.
const (
	StatusDraft     Status = "brouillon"
	StatusValidated Status = "validé"
	StatusArchived  Status = "archivé"
)

// Variable is one [bracketed] name of a template, with the optional
// metadata that helps a volunteer fill it.
type Variable struct {
	Name      string   `json:"name"`
	Help      string   `json:"help,omitempty"`
	Kind      Kind     `json:"kind,omitempty"` // none: free text
	Default   string   `json:"default,omitempty"`
	Choices   []string `json:"choices,omitempty"`
	Multiline bool     `json:"multiline,omitempty"`
}

// Template is one validated prompt of the association's library.
type Template struct {
	ID      string   `json:"id"`     // "PROMPT-001": PROMPT- and three or more digits
	Title   string   `json:"title"`  // the rest of the heading line
	Tags    []string `json:"tags"`   // free words, for the filter
	Status  Status   `json:"status"` // validé when the file says nothing
	Context string   `json:"context"`
	Prompt  string   `json:"prompt"`
	// Variables lists every variable of Context then Prompt in first-seen
	// order, each once, with its metadata.
	Variables []Variable `json:"variables"`
}
