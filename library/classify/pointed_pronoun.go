package classify

// A person pointed at by a demonstrative pronoun and what they did or
// have (« le coach des U9, tu sais, celui qui a la moto rouge », « celle
// qui nous prête son garage », "the one who runs the chip shop"): the
// description picks out one person, as « le papa qui a gagné la tombola »
// does (indirect.go pointedPerson). Blocked, not a doubt.

// pointedByPronoun: « celui », « celle » or "the one" followed by a
// relative clause of a deed (relativeDeed), in a sentence with no modal
// or future (« le gagnant sera celui qui a le plus de points » is a rule
// for whoever fits it).
func (a *analysis) pointedByPronoun() bool {
	toks := a.s.Toks
	if a.hypothetical(0) {
		return false
	}
	for i := 0; i+2 < len(toks); i++ {
		switch {
		case toks[i].Norm == "celui" || toks[i].Norm == "celle":
		case toks[i].Norm == "one" && i > 0 && toks[i-1].Norm == "the":
		default:
			continue
		}
		if a.relativeDeed(i+1) || a.pronounAtDoor(i+1) { // recognised_person.go: « celui du 5e »
			return true
		}
	}
	return false
}
