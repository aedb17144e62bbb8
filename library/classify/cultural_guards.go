package classify

import "tamis/library/classify/text"

// What keeps a name beside a cultural event a person of today
// (cultural_topic.go): the guards are read on the whole sentence, since an
// event's programme is short and a tie anywhere in it is enough doubt.

// culturalGuarded: the sentence ties the name ending at j to the
// association or to someone, tells a private fact, an action of now or
// soon, or an age.
func (a *analysis) culturalGuarded(j int) bool {
	fl := famousLists()
	for k, t := range a.s.Toks {
		if fl.relations[t.Norm] && !a.quotedAt(k) {
			return true // « notre bénévole »
		}
	}
	if a.tellsNews() {
		return true // « depuis lundi »
	}
	if a.hasAny(cKin, cResidenceVerbs, cPersonMoney) || a.ageGiven() {
		return true // « avec ses trois enfants », « qui vit », « 8 ans »
	}
	if a.dictHits&dictsOf(dSpecial) != 0 && !a.publicDeed(j) {
		return true // « qui sort d'une dépression », « hospitalisé »
	}
	return a.actsNow(j) || a.roleNamed()
}

// roleNamed: the sentence names a role or a person noun that is no public
// title (« ancien président de l'association », « élève de CM2 »,
// « habitante du quartier », "former treasurer"): someone the association
// knows.
func (a *analysis) roleNamed() bool {
	for k, t := range a.s.Toks {
		if !t.IsAny(cPerson, cRole, cTopicPossessives) {
			continue
		}
		if _, v := a.at(dTitles, k); v == 0 {
			return true
		}
	}
	return false
}

// actsNow: a lowercase word after the name is a verb of now or soon
// (« est », « viendra », « a appelé », "will", "phoned").
func (a *analysis) actsNow(j int) bool {
	fl := famousLists()
	for k := j; k < len(a.s.Toks); k++ {
		t := a.s.Toks[k]
		if fl.copulas[t.Norm] || culturalNowVerbs[t.Norm] || !t.Has(text.Cap) && a.futureAt(k) {
			return true
		}
	}
	return false
}

// publicDeed: the name is followed by « qui a » or "who" and a verb of a
// public life's deeds (« qui a aboli la peine de mort »): the special
// words after it tell the deed, not a fact about the person.
func (a *analysis) publicDeed(j int) bool {
	toks := a.s.Toks
	for k := j; k+1 < len(toks); k++ {
		switch toks[k].Norm {
		case "qui":
			return k+2 < len(toks) && (toks[k+1].Norm == "a" || toks[k+1].Norm == "avait") && culturalDeeds[toks[k+2].Norm]
		case "who":
			return culturalDeeds[toks[k+1].Norm]
		}
	}
	return false
}
