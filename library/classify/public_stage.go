package classify

import "tamis/library/classify/lexicon"

// A name that did something on a stage only public figures reach is a
// public figure acting in public (issue 7, section 4): « X a remporté le
// titre olympique », « le prix Goncourt a été attribué à X », « X a été
// nommé Premier ministre », "X won the Booker Prize", "X presents
// Springwatch on Radio 4". The stage (public_stages.txt: a world or
// Olympic competition, a national prize, a national office;
// stage_institutions.txt: an assembly or a national broadcaster, for an
// election or a programme only) is what a neighbour never reaches; the deed (stage_deeds.txt)
// makes the name its performer, not a spectator or a correspondent (« a
// gagné des places pour les JO », « a reçu une lettre du Premier
// ministre »: stage_gap_stops.txt). Every guard of the public role still
// holds (public_role.go): anything else found beside the name, a tie to
// the association, news or a private fact keep the person.

var (
	publicStages = phraseSet("public_stages")
	stageDeeds   = lexicon.Words(lexicon.Data, "stage_deeds")
	stageAwards  = lexicon.Words(lexicon.Data, "stage_awards")
	// stageBroadcasts count only right after the name: folded, « présente » is « présenté »
	stageBroadcasts = lexicon.Words(lexicon.Data, "stage_broadcasts")
	stageGapStops   = lexicon.Words(lexicon.Data, "stage_gap_stops")
	// publicInstitutions are a stage only for an election or a broadcast:
	// staff are appointed there too
	publicInstitutions = phraseSet("stage_institutions")
	stageElections     = lexicon.Words(lexicon.Data, "stage_elections")
	// deedAuxiliaries stand between a subject and its deed (« a été »,
	// "has been", « est »).
	deedAuxiliaries = unionOf(auxiliaryUses.of("subject"), lexicon.Words(lexicon.Data, "past_auxiliaries"))
)

// stageDeed: the name at [i, j) performs a deed on a public stage: it is
// the subject of a deed whose object names the stage, or the winner a
// stage's prize is given to.
func (a *analysis) stageDeed(i, j int) bool {
	toks := a.s.Toks
	if i >= 2 && (toks[i-1].Norm == "a" || toks[i-1].Norm == "par" || toks[i-1].Norm == "to" || toks[i-1].Norm == "by") &&
		stageAwards[toks[i-2].Norm] {
		return a.stageIn(0, i-2)
	}
	k := j
	for n := 0; n < 2 && k < len(toks) && deedAuxiliaries[toks[k].Norm]; n++ {
		k++
	}
	if k >= len(toks) || k == j && toks[k].Sep != 0 {
		return false
	}
	broadcast := k == j && stageBroadcasts[toks[k].Norm]
	deed, elected := stageDeeds[toks[k].Norm], stageElections[toks[k].Norm]
	if !deed && !broadcast && !elected {
		return false
	}
	for n := k + 1; n < min(len(toks), k+9); n++ {
		if stageBreaks[toks[n].Sep] || stageGapStops[toks[n].Norm] {
			return false
		}
		if deed && a.stageAt(n) > 0 || (broadcast || elected) && a.phraseAt(publicInstitutions, n) > 0 {
			return true
		}
	}
	return false
}

// stageBreaks end the object of a deed: a clause break, but not the
// quotation marks of a title (« présente « Cash Investigation » sur
// France 2 »).
var stageBreaks = [256]bool{',': true, ';': true, ':': true, '(': true, ')': true}

// stageIn: a public stage starts at a token of [from, to).
func (a *analysis) stageIn(from, to int) bool {
	for n := from; n < to; n++ {
		if a.stageAt(n) > 0 {
			return true
		}
	}
	return false
}

// stageAt returns the end of the public stage starting at token s, or 0.
// A stage qualified within four words after it by an amateur's or a
// child's level (amateur_qualifiers.txt: « la coupe du monde de belote »,
// « le championnat du monde des vétérans de pétanque ») is none.
func (a *analysis) stageAt(s int) int {
	e := a.phraseAt(publicStages, s)
	if e == 0 {
		return 0
	}
	toks := a.s.Toks
	for k := e; k < min(len(toks), e+4); k++ {
		if isClauseSep(toks[k].Sep) {
			break
		}
		if amateurQualifiers[toks[k].Norm] {
			a.heldName = true // learned_release.go: an amateur's feat is no public figure's
			return 0
		}
	}
	return e
}

// amateurQualifiers make a stage an amateur's (data/words/amateur_qualifiers.txt).
var amateurQualifiers = lexicon.Words(lexicon.Data, "amateur_qualifiers")

// phraseAt returns the end of the phrase of set starting at token s, or 0.
func (a *analysis) phraseAt(set lexicon.WordSet, s int) int {
	toks := a.s.Toks
	var buf [64]byte
	key := buf[:0]
	end := 0
	for e := s; e < min(len(toks), s+4); e++ {
		if e > s {
			if toks[e].Sep != 0 && toks[e].Sep != '\'' && toks[e].Sep != '-' {
				break
			}
			key = append(key, ' ')
		}
		key = append(key, toks[e].Norm...)
		if set[string(key)] {
			end = e + 1
		}
	}
	return end
}

// stageNamed: the sentence names a public stage or institution: it tells
// a result, an election, a session or a broadcast, a public frame
// (public_role.go publicFrame).
func (a *analysis) stageNamed() bool {
	for n := range a.s.Toks {
		if a.stageAt(n) > 0 || a.phraseAt(publicInstitutions, n) > 0 {
			return true
		}
	}
	return false
}
