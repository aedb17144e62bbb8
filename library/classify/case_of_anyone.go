package classify

// A case that may befall anyone is advice, not someone's fact: "If
// someone has a panic attack, stay calm and take them somewhere quiet",
// « Si quelqu'un fait une crise d'épilepsie, allongez-le sur le côté ».
// « si », "if" opens the case; its subject is anyone (anyone_words.txt:
// « quelqu'un », "someone"); the fact is told in that clause. A person of
// a kind (« un bénévole », "a child") is left to the advice questions
// (advice_question.go), whose reviews found that such a person is often
// a real one; « quand », "when" narrate as often as they suppose. Any
// other person in the sentence (a name, « mon père », "my son"), a time
// of now or the association's own people and places (advice_real_case.txt)
// keep the fact someone's.

// caseOfAnyone: the special word at sp is told in a clause « si », "if"
// + anyone, in a sentence that names no one and tells no real case.
func (a *analysis) caseOfAnyone(sp span) bool {
	toks := a.s.Toks
	if !a.hasAny(cAnyone) || a.has(cPastTime) || a.momentSaid() || a.has(cSoon) || a.has(cFrequency) {
		return false
	}
	for _, an := range a.anchors {
		if !toks[an.k].Is(cAnyone) {
			return false // « si quelqu'un voit mon père… », "if anyone asks my son has epilepsy": someone else is told of
		}
	}
	for k := sp.i - 1; k >= 0 && k >= sp.i-8; k-- {
		if isClauseSep(toks[k+1].Sep) && k+1 < sp.i {
			return false // the case's clause ended before the word
		}
		if n := toks[k].Norm; (n == "si" || n == "if") && k+1 < sp.i && toks[k+1].Is(cAnyone) {
			return !a.anyWordIn(realCase)
		}
	}
	return false
}

// readerCase: the special word at sp is told in a clause « si vous »,
// "if you": the reader of advice, whoever they are (« Si vous êtes
// diabétique, pensez à vérifier vos pieds chaque jour », "If you have
// diabetes, check your feet every day"). « Vous êtes diabétique, … »
// without « si » speaks to one person; a name, a relative, a role, a
// third person or a moment keeps the fact someone's (« si vous êtes
// diabétique comme mon fils »).
func (a *analysis) readerCase(sp span) bool {
	toks := a.s.Toks
	if len(a.names) > 0 || len(a.sdirect) > 0 {
		return false
	}
	opened := false
	for k := sp.i - 1; k > 0 && k >= sp.i-8; k-- {
		if isClauseSep(toks[k+1].Sep) && k+1 < sp.i {
			break // the case's clause ended before the word
		}
		if (toks[k].Norm == "vous" || toks[k].Norm == "you") && (toks[k-1].Norm == "si" || toks[k-1].Norm == "if") {
			opened = true
			break
		}
	}
	if !opened || a.oneMoment() || a.momentSaid() || a.anyWordIn(realCase) { // faith_thing.go
		return false
	}
	for k := range toks {
		w := &toks[k]
		if w.Is(cKin) || w.Is(cRole) || w.Is(cPartner) || thirdPersonWords[w.Norm] || possessives[w.Norm] || readerSelf[w.Norm] {
			return false // « comme mon fils », "like our driver", « sa fille »
		}
	}
	return true
}
