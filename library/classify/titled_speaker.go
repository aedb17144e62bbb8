package classify

import "tamis/library/classify/lexicon"

// A doctor or a professor announced as the speaker of a public talk
// speaks in a public role (issue 7, section 4): « Le Dr Mathieu Kervella,
// cardiologue au CHU, animera la conférence », « conférence animée par
// le Pr Haddad », "Talk by Dr Anna Hughes". The title says an expert
// invited for what they know, as « le maire » says an office; the
// sentence must announce a talk (talk_words.txt: « conférence »,
// « débat », "talk"). Every other guard of the public role holds
// (public_role.go): anything found beside the name (a health word, an
// address), a tie to the association, a private fact or news keep it.

// expertTitles are the civilities of an expert (data/words/expert_titles.txt).
var expertTitles = lexicon.Words(lexicon.Data, "expert_titles")

// titledSpeaker: the name at [i, j) carries an expert's title (in it or
// just before it) in a sentence that announces a talk.
func (a *analysis) titledSpeaker(i, j int) bool {
	toks := a.s.Toks
	titled := false
	for k := max(0, i-1); k < min(j, i+1); k++ {
		titled = titled || expertTitles[toks[k].Norm]
	}
	return titled && a.anyWordIn(talkWords)
}
