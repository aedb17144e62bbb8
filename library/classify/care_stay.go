package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A stay in a place of care is told by the place more often than by the
// illness (issue 7, section 4): « la maman de Léo est à la clinique du
// Parc », « Jules est entré en Ehpad », "Tom's in the Royal Infirmary",
// "she was rushed to A&E", « sorti des urgences mardi ». A person as subject (police_path.go
// personSubject), a verb that puts them somewhere (care_stay_verbs.txt)
// or brings them out (care_exit_verbs.txt), a preposition, then within two words a place of care
// (care_stay_places.txt) is a health fact, category 4. « Julie travaille
// à l'hôpital » has no such verb, « la clinique vétérinaire » is an
// animal's, and a place without a person (« la fête de l'hôpital ») is
// only a place.

// careStayVerbs put a person in a place (data/words/care_stay_verbs.txt);
// careExitVerbs bring them out of it (care_exit_verbs.txt).
var (
	careStayVerbs = lexicon.Words(lexicon.Data, "care_stay_verbs")
	careExitVerbs = lexicon.Words(lexicon.Data, "care_exit_verbs")
	// careSpentVerbs spend a length of time there (care_spent_verbs.txt):
	// only with that length told.
	careSpentVerbs = lexicon.Words(lexicon.Data, "care_spent_verbs")
	// careStayNouns name a stay after a singular possessive
	// (care_stay_nouns.txt: « son séjour à la clinique »).
	careStayNouns = lexicon.Words(lexicon.Data, "care_stay_nouns")
	// anyOwnerDets make a possessive anyone's (any_owner_dets.txt).
	anyOwnerDets = lexicon.Words(lexicon.Data, "any_owner_dets")
)

// findCareStay reports the first stay of a person in a place of care.
func (a *analysis) findCareStay() {
	toks := a.s.Toks
	for k := range toks {
		if !toks[k].Is(cCareStay) || k+1 < len(toks) && animalCare[toks[k+1].Norm] {
			continue
		}
		v := a.stayVerbBefore(k)
		if v < 0 || modifierPlace(toks, v+1, k) || a.sentenceGeneric() || a.hypotheticalBefore(v) || a.occasionAfter(k) {
			continue
		}
		if ownedStay(toks, v) {
			if !a.sentenceGeneric() && !a.hypotheticalBefore(v) && !a.anyOwnerOrWork() { // the possessive says whose, as surgery_done.go ownedPart
				a.add(ruleHealth, v-1, k+1)
				return
			}
			continue
		}
		s := auxiliariesBefore(toks, v)
		if s > 0 && isPossessive(toks[s-1].Norm) {
			s = auxiliariesBefore(toks, s-1) // « a son rendez-vous à la clinique », "has her appointments at"
		}
		if a.personSubject(s) || a.namedOpenerJoined(s) {
			a.add(ruleHealth, v, k+1)
			return
		}
	}
}

// namedOpenerJoined: the verb at s follows a joiner (« et », « puis »,
// "and then") and the sentence opens on a name, the subject the joined
// verb shares: "Sue Barker opened the cake stall and then went to
// hospital".
func (a *analysis) namedOpenerJoined(s int) bool {
	toks := a.s.Toks
	k := s - 1
	if k >= 0 && (toks[k].Norm == "then" || toks[k].Norm == "ensuite") {
		k-- // "and then went"
	}
	return k > 0 && toks[k].Is(cClauseJoiner) && len(a.names) > 0 && a.names[0].i == 0 // "who then went", "the children then went" join no verb to the name
}

// officialOccasions are the occasions of a public visit
// (data/words/official_occasions.txt).
var officialOccasions = lexicon.Words(lexicon.Data, "official_occasions")

// occasionAfter: the clause after the place at k names the occasion of a
// public visit (« … à l'hôpital ce matin pour inaugurer le service »).
func (a *analysis) occasionAfter(k int) bool {
	toks := a.s.Toks
	for m := k + 1; m < len(toks) && !isClauseSep(toks[m].Sep); m++ {
		if officialOccasions[toks[m].Norm] || publicActs[toks[m].Norm] {
			return true
		}
	}
	return false
}

// stayVerbBefore returns the verb of staying before the place at k: a
// preposition within three words before the place (« à la clinique du »,
// "in the Royal"), the verb right before it, an adverb allowed; or -1.
// A bare "a" is the English article ("was a hospital porter"), not « à ».
func (a *analysis) stayVerbBefore(k int) int {
	toks := a.s.Toks
	p := k - 1
	for p >= 0 && p >= k-3 && !exitPrepositions[toks[p].Norm] && !(stayPrepositions[toks[p].Norm] && (toks[p].Norm != "a" || a.text[toks[p].Start:toks[p].End] != "a")) {
		if isClauseSep(toks[p+1].Sep) {
			return -1
		}
		p--
	}
	if p < 1 || p < k-3 || isClauseSep(toks[p+1].Sep) {
		return -1
	}
	v := p - 1
	spent := false
	if d := countedDurationBefore(toks, p); d > 0 {
		v, spent = d-1, true // « a passé un mois en clinique », "spent three weeks in a clinic"
	}
	if stayAdverbs[toks[v].Norm] && v > 0 {
		v--
	}
	if exitPrepositions[toks[p].Norm] {
		if !careExitVerbs[toks[v].Norm] {
			return -1 // « elle est du CHU » works there
		}
	} else if !careStayVerbs[toks[v].Norm] && !(spent && careSpentVerbs[toks[v].Norm]) && !ownedStay(toks, v) {
		return -1
	}
	return v
}

// ownedStay: a noun of a stay right after a singular possessive at v
// (« son séjour », "her stay"): someone's stay.
// After an infinitive the possessive is anyone's (« préparer son séjour
// à la maternité »).
func ownedStay(toks []text.Token, v int) bool {
	if v < 1 || !careStayNouns[toks[v].Norm] || !singularOwners[toks[v-1].Norm] {
		return false
	}
	return v < 2 || !isInfinitive(toks[v-2].Norm) // names_lexicon.go
}

// countedDurationBefore returns the first token of a length of time
// counted right before token p (« un mois », « trois semaines », "a
// month", "six weeks"), or -1.
func countedDurationBefore(toks []text.Token, p int) int {
	u := p - 1
	if u < 1 || !durationUnits[toks[u].Norm] {
		return -1
	}
	if c := toks[u-1]; c.Flags&text.Letter == 0 || c.Is(cNumberWords) || isIndefinite(c.Norm) {
		return u - 1
	}
	return -1
}

// modifierPlace: in English a place of care before a lowercase noun
// qualifies it ("in the clinic garden", "at the hospital shop"): the
// person is in the garden. A word of time or a preposition after the
// place ends it ("in hospital till Friday", "at the clinic on Fridays").
func modifierPlace(toks []text.Token, p, k int) bool {
	if !englishStay[toks[p].Norm] || k+1 >= len(toks) || isClauseSep(toks[k+1].Sep) {
		return false
	}
	next := toks[k+1]
	return next.Has(text.Letter) && !next.Has(text.Cap) && !stayFollowers[next.Norm]
}

// auxiliariesBefore steps back from the verb at v over the auxiliaries
// of a compound tense (« est entré », « a été transporté », "has been
// taken") and returns the first of them, or v.
func auxiliariesBefore(toks []text.Token, v int) int {
	for v > 0 && stayAuxiliaries[toks[v-1].Norm] {
		v--
	}
	return v
}

// The closed words around a stay.
var (
	stayPrepositions = prepositionUses.of("stay")
	stayAdverbs      = lexicon.Words(lexicon.Data, "stay_adverbs") // encore, still: before the place of a stay
	stayAuxiliaries  = auxiliaryUses.of("stay")
	animalCare       = lexicon.Words(lexicon.Data, "animal_care") // vétérinaire, vet: an animal's care
	englishStay      = prepositionUses.of("stay-en")
	exitPrepositions = prepositionUses.of("from")
	stayFollowers    = lexicon.Words(lexicon.Data, "stay_followers") // till, overnight: after an English place of care
)

// anyOwnerOrWork: the sentence says « chaque », "each" (any_owner_dets.txt)
// or speaks of a work (« raconté dans La Montagne magique », « le prix
// Goncourt », « ce drame italien »): « son séjour » is anyone's, or a
// character's.
func (a *analysis) anyOwnerOrWork() bool {
	if a.has(cWork) {
		return true
	}
	for _, t := range a.s.Toks {
		if anyOwnerDets[t.Norm] {
			return true
		}
	}
	return false
}
