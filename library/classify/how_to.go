package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

var tutorialWords = lexicon.Words(lexicon.Data, "tutorial_words")

// teachesHow: the sentence is a tutorial's title or step (« Tuto :
// comment taguer ses photos », "How to blur faces in a video", « Comment
// flouter un visage ») or a question about a procedure: it says how
// things are done to anyone's pictures, and shows no one.
func (a *analysis) teachesHow() bool {
	toks := a.s.Toks
	if len(toks) == 0 {
		return false
	}
	if tutorialWords[toks[0].Norm] || a.howToQuestion() {
		return true
	}
	if len(toks) > 1 && toks[0].Norm == "how" && toks[1].Norm == "to" {
		return true
	}
	return toks[0].Norm == "comment" && len(toks) > 1 && infinitiveLike(toks[1].Norm)
}

// infinitiveLike: a French infinitive's ending (« taguer », « choisir »,
// « mettre »), enough after « comment » opening a sentence.
func infinitiveLike(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re"))
}
