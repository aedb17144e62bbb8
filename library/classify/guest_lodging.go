package classify

import "tamis/library/classify/lexicon"

// A public figure named by a title is a doubt, and a guest of a public
// event passes (event_guest.go); but where the guest sleeps (« la
// chanteuse invitée, X, dort à l'hôtel du Commerce, chambre 12 », "is
// staying at the Ibis") is no part of the public role: it tells where to
// find a person, as an address does. The name then blocks as any name.

var lodgingWords = lexicon.Words(lexicon.Data, "lodging_words")

// lodgingSaid: the sentence tells where someone sleeps.
func (a *analysis) lodgingSaid() bool { return a.anyWordIn(lodgingWords) }
