package classify

import "tamis/library/classify/lexicon"

// « Citation » is also a summons to court (« citation à comparaître »,
// « la citation de X devant le tribunal »): a person's own legal matter,
// not a quotation of an author. A sentence that names a court keeps the
// name after « citation de » a person (cultural_topic.go).

// courtWords name a court and its acts (data/words/court_words.txt).
var courtWords = lexicon.Words(lexicon.Data, "court_words")

// courtSummons: the sentence speaks of a court.
func (a *analysis) courtSummons() bool { return a.anyWordIn(courtWords) }
