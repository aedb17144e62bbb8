package store

// The method's events: a charter signed, a training round played, an
// incident the référent records, a survey answered. They hold the action
// and the time only — never the name of a signer nor an answer — and feed
// the indicators. They are not uses of a template.
const (
	ActionCharterSigned = "charter-signed"
	ActionTrainingRound = "training-round"
	ActionIncident      = "incident-reported"
	ActionSurvey        = "survey-answered"
)

var methodActions = map[string]bool{
	ActionCharterSigned: true, ActionTrainingRound: true,
	ActionIncident: true, ActionSurvey: true,
}

// Use reports whether e records a use of a template (a copy, a refusal…),
// rather than a référent action or one of the method's events.
func (e Event) Use() bool {
	return !e.Referent() && !methodActions[e.Action]
}
