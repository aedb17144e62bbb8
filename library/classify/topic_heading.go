package classify

import "tamis/library/classify/lexicon"

// A matter's word may be the subject of public information rather than a
// matter of the association: a heading (« Harcèlement scolaire : le
// 3018, numéro gratuit et anonyme », "Workplace harassment: know your
// rights") or a campaign's slogan (« Non au harcèlement scolaire ! »).
// The heading holds the word, a slogan's opener before it and words that
// say which kind of the matter it is; a name, a person, or the
// association's own word anywhere in the sentence (« notre », « au
// bureau » is no kind) keeps the matter the association's, and so does
// an amount (« Licenciement : 12 000 € d'indemnités »). The money of the
// association is never a heading's topic: strategy.go asks this of
// human resources and litigation only.

var (
	headingQualifiers = lexicon.Words(lexicon.Data, "heading_qualifiers") // scolaire, en ligne, workplace
	sloganOpeners     = lexicon.Words(lexicon.Data, "slogan_openers")     // non au, stop, say no to
	headingOwners     = lexicon.Words(lexicon.Data, "topic_possessives")  // notre, nos, son…
)

// headingWriters are the association speaking of itself after the
// heading (« on a reçu un signalement », "we have a case").
var headingWriters = map[string]bool{"on": true, "nous": true, "we": true, "us": true}

// maxHeadingWords bounds the words of a heading around the matter's word.
const maxHeadingWords = 4

// topicHeading: the matter's word at [i, j) opens the sentence as a
// heading or a slogan of public information.
func (a *analysis) topicHeading(i, j int) bool {
	if len(a.names) > 0 || len(a.anchors) > 0 || i > maxHeadingWords || a.hasMoney() {
		return false
	}
	toks := a.s.Toks
	for k := range i {
		if !sloganOpeners[toks[k].Norm] {
			return false
		}
	}
	end := j
	for end < len(toks) && toks[end].Sep != ':' {
		if end-j >= maxHeadingWords || !headingQualifiers[toks[end].Norm] {
			return false
		}
		end++
	}
	for k := end; k < len(toks); k++ {
		if headingOwners[toks[k].Norm] || headingWriters[toks[k].Norm] || toks[k].IsAny(cPerson, cRole, cKin) {
			return false // « Harcèlement : notre coordinatrice se plaint du trésorier », « on a reçu un signalement »
		}
	}
	return true
}
