package classify

// The lists of the association's unsettled affairs (gray_affairs.go,
// gray_share.go): each is an embedded text file under data/cues/, one word
// or phrase a line, like the cues of cues.go; they join the combined trie
// as their own dictionary (dAffair), so that the rule grows without taking
// the cue set's room.

// affair names one list of the rule.
type affair uint8

const (
	affNone       affair = iota
	affSubject           // on, nous, notre, we, our: the association speaks of itself
	affOpen              // pas encore, toujours pas, on attend, not yet: left open
	affModal             // peut-être, probablement, might: perhaps, unless a condition says when
	affPermission        // may: perhaps, or allowed: only right before a change (« may cut »)
	affShare             // la moitié, un quart, most: a share of a group
	affFeeling           // inquiets, à bout, fed up: how people of the association feel
	affStalled           // mis entre parenthèses, en sursis, n'est pas arrivée, on hold: stuck or not come
	affMoney             // à sec, dans le rouge, mois de retard, at a loss: money short or overspent
	affMishap            // s'est blessé, a été agressé, matériel manquant, broke into: a mishap of ours
	numAffairs
)

// affairFiles maps each list to its file.
var affairFiles = [numAffairs]string{
	affSubject:    "data/cues/affair_subjects.txt",
	affOpen:       "data/cues/affair_open.txt",
	affModal:      "data/cues/affair_modal.txt",
	affPermission: "data/cues/affair_permission.txt",
	affShare:      "data/cues/affair_share.txt",
	affFeeling:    "data/cues/affair_feeling.txt",
	affStalled:    "data/cues/affair_stalled.txt",
	affMoney:      "data/cues/affair_money.txt",
	affMishap:     "data/cues/affair_mishap.txt",
}

// affairSet is the set of lists found in a sentence.
type affairSet = listSet[affair]

var _ [64 - numAffairs]struct{} // the set has room for every list
