package classify

import (
	"io/fs"

	"tamis/library/classify/lexicon"
)

// Cues are the vocabulary of the rules for text that carries no keyword
// (issue 7, section 4): each list is an embedded text file under
// data/cues/, one word or phrase a line ('*' ends a stem), '#' starting a
// comment that says which rule reads it. A référent or a contributor adds
// a word to a rule by editing its file. The entries join the combined
// trie (tags.go), so a sentence is still walked once.

// cue names one list.
type cue uint8

const (
	cueNone         cue = iota
	cueUncertain        // toujours pas, en retard, dépasse: news not settled yet
	cueModal            // pourrait, might: a conditional, news only with a change
	cueOurMatter        // budget, séjour, local: a matter of the association
	cueRumour           // on nous a dit que, we heard: hearsay
	cueIncident         // forcé, smashed: damage done
	cueDamageNoun       // tags, graffitis: damage named by a noun
	cueDiscovered       // découverts, ce matin: damage found
	cueCondition        // si, if: a condition for all
	cuePremises         // local, façade, serrure: what the damage is done to
	cueJoin             // a rejoint, adhère à, joined: membership
	cueUnionName        // CFDT, GMB, Unite: a union by its name
	cueStrikeVote       // vote la grève, balloting: a strike ballot
	cueFasting          // coucher du soleil, sunset: when a fast ends
	cueEating           // mange, repas, eat: with a fast's end, a fast
	cueBiometric        // empreinte du pouce, scan du visage
	cueMember           // bénévole, adhérent, volunteer: the association's people
	cueMargin           // on peut aller à, prix plancher: a negotiation's limit
	cueHush             // ne surtout pas le dire, c'est faux: kept from the other side
	cueOffBooks         // pas déclarées, never hits the accounts
	cueCash             // espèces, liquide, cash
	cueLure             // proposer aux bénévoles de … de nous rejoindre
	cueOust             // écarter, replace, sans le lui dire
	cueMisdeed          // falsifier, forging: what an officer is suspected of
	cueSuspicion        // on pense que, we suspect
	cueHidden           // on ne le montre pas, not the ones we send
	cueLie              // ce qui est faux, which isn't true
	cueTell             // dire, annoncer, tell: how a lie is told
	cuePublicSource     // notre bilan public, published on: a figure already out
	cueNoFaces          // sans visages, no faces: a photo with nobody in it
	cueGoodNews         // bonne nouvelle, venez nous voir: an announcement
	cueCredential       // identifiants, login, accès admin: a login follows
	cueUnofficial       // rien d'officiel, not approved yet: internal until settled
	cueAllusion         // qui tu sais, rough patch: a person's trouble hinted at
	numCues
)

// cueFiles maps each cue to its file.
var cueFiles = [numCues]string{
	cueUncertain:    "data/cues/uncertain.txt",
	cueModal:        "data/cues/modal.txt",
	cueOurMatter:    "data/cues/our_matter.txt",
	cueRumour:       "data/cues/rumour.txt",
	cueIncident:     "data/cues/incident.txt",
	cueDamageNoun:   "data/cues/damage_noun.txt",
	cueDiscovered:   "data/cues/discovered.txt",
	cueCondition:    "data/cues/condition.txt",
	cuePremises:     "data/cues/premises.txt",
	cueJoin:         "data/cues/join.txt",
	cueUnionName:    "data/cues/union_name.txt",
	cueStrikeVote:   "data/cues/strike_vote.txt",
	cueFasting:      "data/cues/fasting.txt",
	cueEating:       "data/cues/eating.txt",
	cueBiometric:    "data/cues/biometric.txt",
	cueMember:       "data/cues/member.txt",
	cueMargin:       "data/cues/margin.txt",
	cueHush:         "data/cues/hush.txt",
	cueOffBooks:     "data/cues/off_books.txt",
	cueCash:         "data/cues/cash.txt",
	cueLure:         "data/cues/lure.txt",
	cueOust:         "data/cues/oust.txt",
	cueMisdeed:      "data/cues/misdeed.txt",
	cueSuspicion:    "data/cues/suspicion.txt",
	cueHidden:       "data/cues/hidden.txt",
	cueLie:          "data/cues/lie.txt",
	cueTell:         "data/cues/tell.txt",
	cuePublicSource: "data/cues/public_source.txt",
	cueNoFaces:      "data/cues/no_faces.txt",
	cueGoodNews:     "data/cues/good_news.txt",
	cueCredential:   "data/cues/credential.txt",
	cueUnofficial:   "data/cues/unofficial.txt",
	cueAllusion:     "data/cues/allusion.txt",
}

// cueEntries feeds every cue file to the combined trie, the value of an
// entry being its cue.
func cueEntries(fsys fs.FS) func(func(string, int)) {
	return func(add func(string, int)) {
		for c, path := range cueFiles {
			if path == "" {
				continue
			}
			for _, line := range lexicon.MustList(fsys, path) {
				add(line, c)
			}
		}
	}
}

// cueSet is the set of cues found in a sentence.
type cueSet uint64

func (s cueSet) has(cs ...cue) bool {
	for _, c := range cs {
		if s&(1<<c) == 0 {
			return false
		}
	}
	return true
}

// sentenceCues collects the cues of the sentence from the trie's hits.
func (a *analysis) sentenceCues() cueSet {
	var s cueSet
	for _, h := range a.hits {
		if h.dict == dCue {
			s |= 1 << h.val
		}
	}
	return s
}

// cueAt returns the first entry of cue c, or (-1, -1).
func (a *analysis) cueAt(c cue) (i, j int) {
	for _, h := range a.hits {
		if h.dict == dCue && h.val == int(c) {
			return h.i, h.j
		}
	}
	return -1, -1
}
