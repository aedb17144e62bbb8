package classify

import "tamis/library/classify/lexicon"

// A question that asks what a notion is — « Qu'est-ce qu'un sursis
// probatoire ? », « Explique ce qu'est une garde à vue », « ce que sont
// les soins palliatifs », « ce que veut dire RQTH » — names the notion to
// have it defined: a topic, as « Comment obtenir la RQTH ? » is. The
// other guards of a general question (general_question.go: no name, no
// date, no news, no definite person) still apply: « Qu'est-ce qu'une
// OQTF ? Samir en a reçu une » is someone's.

// notionCopulas follow « ce que » when it asks what a notion is (data/words/notion_copulas.txt).
var notionCopulas = lexicon.Words(lexicon.Data, "notion_copulas")

// opensOnWhatIs: the question opens at q on « qu'est-ce » (« Qu'est-ce
// qu'un sursis ? », « Qu'est-ce que la RQTH ? »).
func (a *analysis) opensOnWhatIs(q int) bool {
	toks := a.s.Toks
	return q+2 < len(toks) && toks[q].Norm == "qu" && toks[q+1].Norm == "est" && toks[q+2].Norm == "ce"
}

// queAsksWhatItIs: the « que » at k asks what a notion is: « ce qu'est
// une… », « ce que sont les… », « ce que veut dire… », or the second
// « que » of « qu'est-ce que ».
func (a *analysis) queAsksWhatItIs(k int) bool {
	toks := a.s.Toks
	if k < 1 || toks[k-1].Norm != "ce" || toks[k].Norm != "que" && toks[k].Norm != "qu" {
		return false
	}
	if k >= 3 && toks[k-2].Norm == "est" && toks[k-3].Norm == "qu" {
		return true // « qu'est-ce qu'un »
	}
	return k+1 < len(toks) && notionCopulas[toks[k+1].Norm]
}

// askerAfterImperative: the « moi » at k is glued to the request before
// it (« Explique-moi »), and no other word of the asker's stands in the
// sentence: the one who asks, not a person the question tells of.
func (a *analysis) askerAfterImperative(k int) bool {
	toks := a.s.Toks
	if k == 0 || toks[k].Sep != '-' || toks[k].Norm != "moi" {
		return false
	}
	for n := range toks {
		if n != k && askerWords[toks[n].Norm] {
			return false // « …, on vient de me la diagnostiquer »: the asker speaks of themselves
		}
	}
	return true
}

// askerWords are the asker's own (data/words/asker_words.txt).
var askerWords = lexicon.Words(lexicon.Data, "asker_words")

// teachingVerbs explain a topic to others (data/words/teaching_verbs.txt).
var teachingVerbs = lexicon.Words(lexicon.Data, "teaching_verbs")

// askerOfHowTo: the « I » at i asks how to explain a topic to others
// ("How do I explain Ramadan to children?", "How can I present
// dementia to the volunteers?"): the topic is what is explained, not the
// asker's fact. "How do I manage diabetes at work?" keeps its « I ».
func (a *analysis) askerOfHowTo(i int) bool {
	toks := a.s.Toks
	return i >= 2 && i+1 < len(toks) && toks[i-2].Norm == "how" && englishAuxiliaries[toks[i-1].Norm] && teachingVerbs[toks[i+1].Norm]
}
