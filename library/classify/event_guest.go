package classify

import "tamis/library/classify/lexicon"

// A public figure named by a title (« la romancière », « le poète », « Mme
// la députée », "the journalist") who speaks at, leads or is the guest of
// a public event (a talk, a workshop, a signing, a screening) appears in
// public in that role (issue 7, section 4): the programme is written to be
// posted on the door. The name was a doubt (rulePublicFigure); it passes
// unless the sentence ties the person to the association or to the writer
// (famous_relations.txt, event_guest_ties.txt), tells news of the person
// or a verb of now, gives contact details, or holds a special-category
// word, so that a fact about the guest is still judged with its person.

var (
	guestEvents = lexicon.Words(lexicon.Data, "guest_events")
	guestTies   = lexicon.Words(lexicon.Data, "event_guest_ties")
)

// eventGuestGuard: the classes of the words that name a public event.
var eventGuestGuard = classesOf(cPublicEvents, cEventHeads)

// eventGuest: the public figure at [i, j) appears at a public event the
// sentence announces, and nothing ties the person to anyone.
func (a *analysis) eventGuest(i, j int) bool {
	if len(a.sdirect) > 0 || a.eventTopic(i) {
		return false // a name that is the topic of the event may be anyone's (« exposition des dessins de Lucas, 8 ans »)
	}
	if !a.classBut(eventGuestGuard) && !a.anyWordBut(guestEvents) { // encounter.go: not « rencontre avec » alone
		return false
	}
	// the private words hold as in the public role (public_role.go
	// privateSaid): « l'athlète X participera au festival malgré son cancer »
	return !a.tiedOrTold() && !a.anyWordIn(guestTies) && !a.famousNow(j) && !a.privateSaid()
}
