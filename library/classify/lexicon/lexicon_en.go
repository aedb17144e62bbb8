package lexicon

import "sync"

// About one value in seven an association writes is in English, and its
// titles and organisations capitalise common words ("Paws of Provence",
// "Welcome Desk"): without an English lexicon each of them is an unknown
// capitalised word, so a surname. The list (data/words_en.txt.gz, from
// an-array-of-english-words, see SOURCES.md) leaves out every word a kept
// name list gives as a first name or a surname (Smith, Baker, Rose), so
// that those stay persons, and every French word, which the French list
// already answers for.

// englishWords is the list of English words (data/words_en.txt.gz).
var englishWords = sync.OnceValue(loadEnglishWords)

func loadEnglishWords() sortedLines {
	data := gunzipData("data/words_en.txt.gz")
	return sortedLines{data: data, filter: newLineFilter(data, false, 8)}
}

// IsEnglishWord reports a folded word of the English lexicon: never a
// first name or a surname of the kept name lists.
func IsEnglishWord(w string) bool { return englishWords().has(w) }
