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
	for _, p := range lexicon.Pairs(lexicon.Data, "chat_abbreviations") {
		if strings.Contains(p[1], " ") {
			panic(fmt.Sprintf("classify: vocabulary chat_abbreviations.txt: %q stands for more than one word", p[0]))
		}
		words[p[0]] = p[1]
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
