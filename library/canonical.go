package library

import (
	"fmt"
	"regexp"
	"strings"

	"tamis/i18n"
)

// idRe is the id rule: PROMPT- and three or more digits.
var idRe = regexp.MustCompile(`^PROMPT-[0-9]{3,}$`)

// Canonical returns t as an export then an import would give it back, or
// why t cannot be written in the text format. It is the check for templates
// built outside Parse, such as those the référent edits in the TUI: the
// variables are recomputed from the text in first-seen order (keeping the
// metadata of those still present), spaces of the title, tags and metadata
// are collapsed, an empty status becomes validé, and every rule of Parse
// applies (forbidden characters, brackets, size). For a template that Parse
// returned, Canonical returns it unchanged.
func (t Template) Canonical() (Template, error) {
	if err := t.checkFields(); err != nil {
		return Template{}, err
	}
	t.Variables = t.currentVariables()
	ts, err := Parse(t.ID, Format(t))
	if err != nil {
		return Template{}, err
	}
	if len(ts) != 1 {
		return Template{}, t.fieldError(i18n.T("le texte contient un autre en-tête de modèle", "the text holds another template heading"))
	}
	if ts[0].Context != cleanBlock(t.Context) || ts[0].Prompt != cleanBlock(t.Prompt) {
		return Template{}, t.fieldError(i18n.T(
			"une ligne du texte serait lue comme une étiquette (PROMPT :, VARIABLES :) : reformulez-la",
			"a line of the text would be read as a label (PROMPT :, VARIABLES :): reword it"))
	}
	return ts[0], nil
}

// cleanBlock is what Parse keeps of a block written by Format: lines
// without trailing spaces, the whole trimmed.
func cleanBlock(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = trimRight(l)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// checkFields catches, with a message about the field rather than about a
// line of a text nobody wrote, what would break the line structure.
func (t Template) checkFields() error {
	switch {
	case !idRe.MatchString(t.ID):
		return t.fieldError(i18n.T("identifiant attendu : PROMPT- suivi d'au moins trois chiffres",
			"expected id: PROMPT- and at least three digits"))
	case strings.TrimSpace(t.Title) == "":
		return t.fieldError(i18n.T("titre manquant", "missing title"))
	case strings.Contains(t.Title, "\n"):
		return t.fieldError(i18n.T("le titre doit tenir sur une ligne", "the title must fit on one line"))
	}
	if t.Status != "" {
		if _, ok := parseStatus(string(t.Status)); !ok {
			return t.fieldError(fmt.Sprintf(i18n.T("statut inconnu « %s » : attendu brouillon, validé ou archivé",
				"unknown status %q: expected brouillon, validé or archivé"), t.Status))
		}
	}
	for _, tag := range t.Tags {
		if strings.ContainsAny(tag, ",;\n") {
			return t.fieldError(fmt.Sprintf(i18n.T("étiquette « %s » : ni virgule, ni point-virgule, ni retour à la ligne",
				"tag %q: no comma, semicolon or line break"), tag))
		}
	}
	for _, v := range t.Variables {
		if strings.Contains(v.Help+v.Default+strings.Join(v.Choices, ""), "\n") {
			return t.fieldError(fmt.Sprintf(i18n.T("variable [%s] : l'aide, le défaut et les choix tiennent sur une ligne",
				"variable [%s]: help, default and choices must fit on one line"), v.Name))
		}
	}
	return nil
}

func (t Template) fieldError(msg string) error {
	name := t.ID
	if name == "" {
		name = "?"
	}
	return &ParseError{File: name, Msg: msg}
}

// currentVariables lists the variables of the text with the metadata t
// holds for them; metadata of variables no longer in the text is dropped.
func (t Template) currentVariables() []Variable {
	names := appendNames(VarNames(t.Context), mustScan(t.Prompt))
	if len(names) == 0 {
		return nil
	}
	vars := make([]Variable, len(names))
	for i, name := range names {
		vars[i] = Variable{Name: name}
		for _, v := range t.Variables {
			if v.Name == name {
				vars[i] = v
				break
			}
		}
	}
	return vars
}

// mustScan is scan in lenient mode.
func mustScan(s string) []token {
	toks, _ := scan(s, false)
	return toks
}
