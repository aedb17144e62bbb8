package lint

import (
	"errors"
	"fmt"
	"strings"

	"tamis/i18n"
	"tamis/library"
)

// place is a line and a rune column of the file.
type place struct{ line, col int }

// variables checks each variable of a template: described, helped,
// inviting personal data, with a default and choices that fit its type.
func (r *Report) variables(ol library.Outline, assoc library.Association) {
	uses := firstUses(ol.Text)
	for _, v := range ol.Variables {
		at, described := place{line: ol.VarLines[v.Name]}, ol.VarLines[v.Name] > 0
		switch {
		case !described:
			at = uses[v.Name]
			r.add(at.line, at.col, Error, RuleUndescribed, ol.ID, v.Name, fmt.Sprintf(i18n.T(
				"[%s] est utilisée mais n’est décrite nulle part : ajoutez sous VARIABLES une ligne « - [%s] : aide pour la remplir »",
				"[%s] is used but described nowhere: add under VARIABLES a line \"- [%s] : help to fill it\""), v.Name, v.Name))
		case v.Help == "":
			r.add(at.line, 0, Warning, RuleNoHelp, ol.ID, v.Name, fmt.Sprintf(i18n.T(
				"[%s] n'a pas de texte d'aide : dites au ou à la bénévole quoi écrire, avec un exemple",
				"[%s] has no help text: tell the volunteer what to write, with an example"), v.Name))
		}
		if why, ok := invitesPersonal(v.Name, v.Help); ok {
			r.add(at.line, at.col, Warning, RuleInvites, ol.ID, v.Name, invitesMessage(v.Name, why))
		}
		r.defaults(ol.ID, v, at, assoc)
	}
}

// defaults checks that the default and the choices of v fit its type. An
// association's e-mail is judged only when the profile says what it is.
func (r *Report) defaults(id string, v library.Variable, at place, assoc library.Association) {
	if v.Kind == library.KindAssocEmail && len(assoc.Emails)+len(assoc.Domains) == 0 {
		return
	}
	values := []string{v.Default}
	if v.Kind != library.KindChoice {
		values = append(values, v.Choices...)
	}
	for _, val := range values {
		if err := v.Check(val, assoc); err != nil {
			var ke *library.KindError
			reason := err.Error()
			if errors.As(err, &ke) {
				reason = ke.Reason
			}
			r.add(at.line, 0, Error, RuleDefaultKind, id, v.Name, fmt.Sprintf(i18n.T(
				"[%s] : la valeur proposée « %s » ne correspond pas à son type : %s",
				"[%s]: the proposed value %q does not fit its type: %s"), v.Name, val, reason))
		}
	}
}

// firstUses finds where each variable is first used in the text.
func firstUses(lines []library.SourceLine) map[string]place {
	uses := map[string]place{}
	for _, l := range lines {
		for _, s := range library.VarSpans(l.Text) {
			if _, ok := uses[s.Name]; !ok {
				uses[s.Name] = place{l.Line, l.Col(s.Start)}
			}
		}
	}
	return uses
}

// variablesFound lists the variables of a template, with their types.
func variablesFound(vs []library.Variable) string {
	if len(vs) == 0 {
		return i18n.T("aucune variable : le modèle se copie tel quel", "no variable: the template is copied as it is")
	}
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = "[" + v.Name + "]"
		if v.Kind != library.KindNone {
			parts[i] += " (" + string(v.Kind) + ")"
		}
	}
	return fmt.Sprintf(i18n.T("%d variable(s) : %s", "%d variable(s): %s"), len(vs), strings.Join(parts, ", "))
}
