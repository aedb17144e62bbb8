package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// A choice the association has not made (issue 7, section 4, the gray
// zone): « Est-ce qu'on garde le stand crêpes ou on laisse tomber ? »,
// « La mairie nous propose le gymnase le dimanche, on accepte ou pas ? »,
// « Faut-il augmenter la cotisation l'an prochain ? », "Do we renew the
// insurance or shop around?". A question the
// association puts to itself, about one of its matters or between two
// ways, and that the value leaves without an answer, is internal until
// decided: a doubt. A question answered in the value (« Faut-il être
// adhérent ? Non, … »), a permission a public asks (« Peut-on venir avec
// son chien ? »), a request to the AI and a question about the wording
// of a text pass.

// notDeliberation are the words that make a question something else.
var notDeliberation = lexicon.Words(lexicon.Data, "question_not_deliberation")

// findOpenQuestion reports a choice of the association left open.
func (a *analysis) findOpenQuestion() {
	ps := a.sentencePending()
	choice, deliberate := ps.has(pendOpenChoice), ps.has(pendDeliberation)
	if !choice && !deliberate || !a.unanswered() {
		return
	}
	if a.anyWordIn(notDeliberation) || a.kindAsked() { // kind_asked.go: « Faut-il déclarer les recettes d'une tombola ? »
		return
	}
	if choice && a.weSpeak() || deliberate && a.ourMatter(a.sentenceCues()) {
		a.add(ruleInternal, 0, len(a.s.Toks))
	}
}

// unanswered: the sentence ends on a question mark and nothing but
// blanks follows it in the value.
func (a *analysis) unanswered() bool {
	toks := a.s.Toks
	rest := strings.TrimSpace(a.text[toks[len(toks)-1].End:])
	return strings.HasPrefix(rest, "?") && strings.TrimSpace(rest[1:]) == ""
}
