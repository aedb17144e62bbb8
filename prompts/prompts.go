// Package prompts holds the default template library of tamis, one template
// per Markdown file, embedded in the binary so that a fresh database can be
// seeded without any file next to the executable.
package prompts

import "embed"

// FS holds every prompts/*.md file. store.Open parses it with
// library.ParseAll and seeds a new database with it, once.
//
//go:embed *.md
var FS embed.FS
