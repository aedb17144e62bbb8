package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A person noun can name a kind of card rather than a person: « carte
// d'adhérent », « badge de bénévole », "member card", "volunteer badge".
// Asking for an ID photo « pour la carte d'adhérent » shows and hands
// over no one; « la carte d'adhérent de notre trésorière » still has an
// owner, its role.

// cardWords are the cards and badges a person noun can qualify.
var cardWords = lexicon.Words(lexicon.Data, "card_words")

// namesACard: the person noun at i qualifies a card: right after « de »,
// « d' » that follow a card word, or right before a card word (English).
func namesACard(toks []text.Token, i int) bool {
	if i >= 2 && (toks[i-1].Norm == "de" || toks[i-1].Norm == "d") && cardWords[toks[i-2].Norm] {
		return true
	}
	return i+1 < len(toks) && cardWords[toks[i+1].Norm]
}

// imageRight: the photo word at i is the « image » of « droit à l'image »,
// "image rights": a right and its consent form, not a picture of anyone.
// A picture in the same sentence (« la photo des parents ») is its own
// photo word and is read as one.
func imageRight(toks []text.Token, i int) bool {
	if w := toks[i].Norm; w != "image" && w != "images" {
		return false
	}
	if i+1 < len(toks) && (toks[i+1].Norm == "rights" || toks[i+1].Norm == "right") {
		return true
	}
	return i >= 3 && toks[i-1].Norm == "l" && (toks[i-2].Norm == "a" || toks[i-2].Norm == "de") &&
		(toks[i-3].Norm == "droit" || toks[i-3].Norm == "droits")
}

// documentWords name a document about a person (« extrait », « bulletin »,
// « certificat »), data/words/document_words.txt.
var documentWords = lexicon.Words(lexicon.Data, "document_words")

// documentOfAKind: the special-category term at i qualifies a document
// introduced by an indefinite article (« fournir un extrait de casier
// judiciaire », « un certificat de handicap »): a kind of document that
// anyone may be asked for, not someone's; « son extrait de casier »
// has an owner.
func documentOfAKind(toks []text.Token, i int) bool {
	return i >= 3 && (toks[i-1].Norm == "de" || toks[i-1].Norm == "d" || toks[i-1].Norm == "du") &&
		documentWords[toks[i-2].Norm] && isIndefinite(toks[i-3].Norm)
}
