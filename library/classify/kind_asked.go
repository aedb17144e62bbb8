package classify

// A question about a kind of thing asks for advice, not for the
// association's decision: « Faut-il déclarer les recettes d'une tombola
// et jusqu'à quel montant ? », « Combien de bénévoles faut-il pour tenir
// une buvette lors d'un match de rugby ? », "Should a raffle be
// declared?". The indefinite article says any tombola; a voice of ours
// (« on », « notre »), a moment (« l'an prochain »), a day, a name, an
// amount, an indefinite person (« un bénévole qui vole »), a board, a
// label before the question (« Point à discuter : »), a place or event
// of ours after « au », « à la » (« au tournoi des jeunes ») or « le »
// (« le local », « le club ») make it our case again
// (gray_open_question.go).

// kindAsked: the sentence holds an indefinite article before a noun that
// is no person, and nothing of ours, no moment, no name and no amount.
// « à » folds to "a" like the English article: only the token written
// "a" or "an" counts (« à cause du loyer » is no kind).
func (a *analysis) kindAsked() bool {
	if len(a.names) > 0 || len(a.anchors) > 0 || a.hasMoney() || a.weSpeak() || a.momentSaid() || a.anyWordIn(dayWords) {
		return false
	}
	toks := a.s.Toks
	kind := false
	for k, t := range toks {
		if ownerWords[t.Norm] || t.Is(cBoard) || t.Sep == ':' || t.Norm == "a" && k+1 < len(toks) && (toks[k+1].Norm == "la" || toks[k+1].Norm == "l") {
			return false
		}
		if k+1 < len(toks) && (isArticle(t.Norm) && !isIndefinite(t.Norm) || t.Norm == "cette") && realCase[toks[k+1].Norm] {
			return false // « le local », « le club », « cette fois »: ours, now (advice_real_case.txt)
		}
		if k+1 < len(toks) && (t.Norm == "un" || t.Norm == "une" || t.Norm == "an" || t.Norm == "a" && a.text[t.Start:t.End] != "à" && a.text[t.Start:t.End] != "À") {
			if n := &toks[k+1]; n.IsAny(cPerson, cRole, cKin, cPopulation, cOwnPeople) {
				return false
			}
			kind = true
		}
	}
	return kind
}
