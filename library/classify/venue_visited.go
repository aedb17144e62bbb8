package classify

import "tamis/library/classify/lexicon"

// A place that tells a special category, then a person who goes there,
// said with a pronoun for the place: « Le pasteur présidera le culte,
// notre secrétaire y va chaque dimanche », « Le CeGIDD est au 2e étage.
// Un de nos jeunes y est allé hier. », "The mosque opens at one; our
// driver goes there every Friday." The place alone is public (a time of
// worship, the address of a screening centre); the pronoun ties it to
// someone, and the fact is that person's religion, health, union or
// detention. The place may stand in an earlier sentence of the value.

var (
	visitedPlaceUses = readWordUses(lexicon.Data, "visited_places")
	visitPronouns    = visitedPlaceUses.of("there")
	visitVerbs       = visitedPlaceUses.of("verb")
	visitOthers      = visitedPlaceUses.of("other")
	visitWork        = visitedPlaceUses.of("work")
	visitedPlaces    = []struct {
		rule  RuleID
		words lexicon.WordSet
	}{
		{ruleReligion, visitedPlaceUses.of("religion")},
		{ruleHealth, visitedPlaceUses.of("health")},
		{ruleUnion, visitedPlaceUses.of("union")},
		{ruleCriminal, visitedPlaceUses.of("criminal")},
	}
)

// visitWords are the words the stage needs: a place, or the pronoun
// that may stand for a place of an earlier sentence.
func visitWords() lexicon.WordSet {
	s := unionOf(visitPronouns)
	for _, p := range visitedPlaces {
		s = unionOf(s, p.words)
	}
	return s
}

// findVenueVisited blocks a person who goes « y », "there", after a place
// of visitedPlaces in the sentence or in an earlier one, with no other
// thing brought in between.
func (a *analysis) findVenueVisited() {
	toks := a.s.Toks
	if a.anyWordIn(visitWork) {
		return // « L'église est en travaux ; le couvreur y va lundi »: a job, not a rite
	}
	for k := range toks {
		switch r := visitedPlaceRule(toks[k].Norm); {
		case r != 0 && (k+1 == len(toks) || !worshipPremises[toks[k+1].Norm]): // not "the church hall"
			a.placeSeen = r
		case a.otherThingAt(k):
			a.placeSeen = 0 // « organise une brocante, … y va »: the pronoun may stand for the brocante
		}
		if a.placeSeen == 0 || !visitPronouns[toks[k].Norm] {
			continue
		}
		if i, j, ok := a.visitorAt(k); ok {
			a.add(a.placeSeen, i, j)
		}
	}
}

// visitedPlaceRule is the category of a place word, or 0.
func visitedPlaceRule(w string) RuleID {
	for _, p := range visitedPlaces {
		if p.words[w] {
			return p.rule
		}
	}
	return 0
}

// visitorAt: the pronoun at k stands for the place of someone who goes
// there: a verb of visitVerbs right after « y » (« y va », « y est
// allé », « n'y va plus ») or right before "there" ("goes there"), and
// a person anchor just before; the tokens from the person to the verb.
func (a *analysis) visitorAt(k int) (int, int, bool) {
	toks := a.s.Toks
	verb := -1
	if toks[k].Norm == "there" {
		if k > 0 && visitVerbs[toks[k-1].Norm] {
			verb = k - 1
		}
	} else {
		for v := k + 1; v < min(len(toks), k+3); v++ {
			if visitVerbs[toks[v].Norm] {
				verb = v
				break
			}
			if isClauseSep(toks[v].Sep) {
				break
			}
		}
	}
	if verb < 0 {
		return 0, 0, false
	}
	first := min(k, verb)
	for _, an := range a.anchors {
		if an.k < first && first-an.k <= 4 && !an.share && !a.clauseBetween(an.k, first) {
			return an.k, max(k, verb) + 1, true
		}
	}
	return 0, 0, false
}

// clauseBetween: a clause separator stands between tokens i and j.
func (a *analysis) clauseBetween(i, j int) bool {
	for n := i + 1; n <= j && n < len(a.s.Toks); n++ {
		if isClauseSep(a.s.Toks[n].Sep) {
			return true
		}
	}
	return false
}

// otherThingAt: token k is an indefinite article before a thing
// (« une brocante », "a jumble sale"), not « à » folded nor the verb
// « a » (names_lexicon.go englishArticleAt), nor « un de nos jeunes »,
// "one of our volunteers".
func (a *analysis) otherThingAt(k int) bool {
	toks := a.s.Toks
	t := &toks[k]
	if !visitOthers[t.Norm] || t.Norm == "a" && !a.englishArticleAt(k) || k+1 == len(toks) {
		return false
	}
	next := &toks[k+1]
	return !visitOthers[next.Norm] && !next.IsAny(cPerson, cRole) && next.Norm != "de" && next.Norm != "d" && next.Norm != "of"
}
