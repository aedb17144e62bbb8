package classify

import "testing"

// An incident supposed (« en cas de », a question on how to act about
// an incident) is advice; an incident with its day stays a doubt.
func TestIncidentSupposedIsAdvice(t *testing.T) {
	allPass(t,
		"Que faire en cas de dégât des eaux dans la salle qu'on loue ?",
		"En cas d'inondation du sous-sol, coupez le courant au tableau.",
		"Quelles démarches après un cambriolage dans une salle associative ?",
		"Comment rédiger un communiqué après un incident public ?",
	)
	runRuleCases(t, []ruleCase{
		{"Que faire après le cambriolage de mardi au local ?", Doubt, 0, "vague"},
		{"Le local a été cambriolé cette nuit, que faire ?", Doubt, 0, "vague"},
		{"En cas de nouvelle inondation comme samedi dernier au local, on fait quoi ?", Doubt, 0, "vague"},
		{"In case of another break-in at the clubhouse like last night's, who do we call?", Doubt, 0, "vague"},
	})
}
