package classify

import (
	"fmt"
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Chat shortens words (« pr », « pb », « tjs »): a short form typed in
// lower case is read as the word it stands for, before any rule looks at
// the sentence, so that « en foyer pr femmes battues » is « en foyer
// pour femmes battues » for the tables. The token's place in the text
// does not change: a finding still shows what was typed.

// chatWords map a folded short form to the folded word
// (data/words/chat_abbreviations.txt).
var chatWords = func() map[string]string {
	words := map[string]string{}
	for _, line := range lexicon.MustList(lexicon.Data, "data/words/chat_abbreviations.txt") {
		short, word, ok := strings.Cut(line, " ")
		if !ok || strings.Contains(word, " ") {
			panic(fmt.Sprintf("classify: vocabulary chat_abbreviations.txt: %q is no pair of words", line))
		}
		words[text.Fold(short)] = text.Fold(word)
	}
	return words
}()

// maxChatShort is the length of the longest short form: longer tokens
// are not looked up.
const maxChatShort = 4

// expandChatWord reads token t as the word its short form stands for.
func expandChatWord(t *text.Token) {
	if len(t.Norm) > maxChatShort || t.Has(text.Cap) {
		return
	}
	if word, ok := chatWords[t.Norm]; ok {
		t.Norm = word
	}
}
