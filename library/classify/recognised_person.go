package classify

import "tamis/library/classify/lexicon"

// A text that says its reader will know who is meant (« le prof de maths
// retraité du foyer, vous voyez qui c'est », « tout le quartier la
// reconnaîtra », "you know who I mean") tells, in the writer's own words,
// that the description points at one person: identifiable, blocked, not
// a doubt (indirect.go findIndirect). A question about who comes (« tu
// sais qui vient samedi ? ») names no one: the clause after « qui » must
// be about the person meant (« c'est », « je parle », "I mean").
// Likewise « celui du 5e », "the one at number 12": a pronoun and a door
// point at one person as « celui qui a cassé la vitre » does
// (pointed_pronoun.go).

var recognitionVerbs = lexicon.Words(lexicon.Data, "recognition_verbs")

// saysRecognisable: the sentence says its reader knows or will recognise
// the person described.
func (a *analysis) saysRecognisable() bool {
	if !a.has(cRecognitionVerbs) {
		return false // the class is one test (set_classes.go)
	}
	toks := a.s.Toks
	for i := range toks {
		if !toks[i].Is(cRecognitionVerbs) {
			continue
		}
		if i > 0 && objectPronoun(toks[i-1].Norm) {
			return true // « tout le quartier la reconnaîtra », but "know" needs "who"
		}
		if a.whoIsMeant(i + 1) {
			return true
		}
	}
	return false
}

// whoIsMeant: « qui c'est », « de qui je parle », "who I mean", "who it
// is" from token k.
func (a *analysis) whoIsMeant(k int) bool {
	toks := a.s.Toks
	if k < len(toks) && (toks[k].Norm == "de" || toks[k].Norm == "d") {
		k++
	}
	if k+1 >= len(toks) || toks[k].Norm != "qui" && toks[k].Norm != "who" {
		return false
	}
	for i := k + 1; i < min(len(toks), k+4); i++ {
		switch toks[i].Norm {
		case "est", "parle", "parlais", "parlons", "mean", "meant", "is", "it":
			return true
		}
	}
	return false
}

// objectPronoun: a pronoun object before a verb (« la », « le », « l' »).
func objectPronoun(w string) bool {
	return w == "la" || w == "le" || w == "l" // not « les »: « vous les reconnaîtrez à leur gilet »
}

// pronounAtDoor: after « celui », « celle » or "the one" at k-1, set in
// apposition to a person, a floor, a house number or a nearby place
// (« victor, celui du 5e », « la dame, celle d'en face », "Mo, the one at
// number 12").
func (a *analysis) pronounAtDoor(k int) bool {
	toks := a.s.Toks
	if k+1 >= len(toks) || k < 2 || toks[k-1].Sep != ',' || !toks[k-2].IsAny(cFirst, cAmbig, cPerson) && !a.named(k-2) {
		return false // in apposition to a person only: « deux salles : celle du 1er étage… »
	}
	switch toks[k].Norm {
	case "du", "au", "de", "d", "on", "at", "from", "in":
	default:
		return false
	}
	if isFloor(toks[k+1].Norm) || a.floorAt(k+1) || a.flatNumberAt(k) || a.nearbyAfter(k) {
		return true // floor_words.go, flat_number.go, described_person.go
	}
	return a.placeAfter(k) // « celui de la rue Carnot », "the one at number 12"
}
