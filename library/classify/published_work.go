package classify

import "tamis/library/classify/lexicon"

// A work whose title the sentence quotes and that it says published or
// awarded (« Le prix des lecteurs revient à « Les Échappées » de Claire
// Fontan », "\"The Long Field\" by Anna Kerrigan, published in the
// anthology") is public, and so is its author's name as its author:
// quotedWorkAuthor takes that frame as it takes a word of works. Its
// guards still keep a member or a child (an age, a relation, news).

// publishedWorkWords say a work is published or awarded (data/words/published_work_words.txt).
var publishedWorkWords = lexicon.Words(lexicon.Data, "published_work_words")

// publishedWork: a word of the sentence says a work is published or awarded.
func (a *analysis) publishedWork() bool { return a.anyWordIn(publishedWorkWords) }
