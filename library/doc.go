// Package library is the domain of tamis: prompt templates, their text
// format, their variables and how they are filled. It imports no UI and no
// storage; store/ and tui/ build on it.
//
// # The text format
//
// It is the one associations already keep in a shared document, so that
// they can paste their library as it is:
//
//	[PROMPT-001] Présentation de l'association (courte)
//	Tags : communication, présentation
//	Statut : validé
//
//	CONTEXTE :
//	« [Nom asso] est une association loi 1901 créée en [année]. »
//
//	PROMPT :
//	« Rédige une présentation de [X mots] pour [usage]. »
//
//	VARIABLES :
//	- [année] : année de création ; défaut : 2010
//	- [usage] : support visé ; choix : site web | plaquette | réseaux sociaux
//	- [date] : jour de l'atelier ; type : date
//
// A variable's type (kind.go) narrows what a value may be; a value that
// does not fit it is refused before any classification (kindcheck.go).
//
// What Parse tolerates (and Format writes canonically):
//   - A heading "[PROMPT-NNN] Title" (3 or more digits, "prompt" in any
//     case, optionally after Markdown "#") starts each template; a file may
//     hold several, separated by anything blank or by "---" lines.
//   - Labels CONTEXTE, PROMPT, VARIABLES, Tags, Statut in any case, with or
//     without accents, with spaces (or nothing) around ":", optionally as a
//     Markdown heading or in bold; English labels are accepted too. Text may
//     start on the label line ("PROMPT : « … »").
//   - Tags and Statut come before CONTEXTE; both are optional; the status is
//     brouillon, validé or archivé (valide, validée, archive… also read) and
//     validé when absent. CONTEXTE is optional, PROMPT is required.
//   - A block ends only at the label that may follow it (CONTEXTE at PROMPT,
//     PROMPT at a VARIABLES line with nothing after the ":"), or at the next
//     heading; any other line, even "Statut : …", is text of the block.
//   - One pair of « » around a block is removed, as are blank lines and
//     spaces around it and trailing spaces of its lines; inner lines,
//     indentation and blank lines are kept.
//   - Text before the first heading (a document title, an introduction) is
//     ignored, unless it looks like a template that lost its heading: a
//     CONTEXTE/PROMPT/VARIABLES label or a malformed heading ("[PROMPT-01]")
//     is then an error, since ignoring it would silently drop a template.
//
// Canonical text (Format): heading, Tags only when there are tags, Statut
// always (an export says it), CONTEXTE only when not empty, blocks between
// « », VARIABLES only for variables that have metadata, in the variables'
// order. Parse(Format(t)) == t for any template Parse returned, and Format
// then Parse is a fixed point byte for byte.
//
// Variables, their syntax and what is not a variable: see variables.go;
// VARIABLES lines and their escapes: see varblock.go; hostile input: see
// hostile.go.
package library
