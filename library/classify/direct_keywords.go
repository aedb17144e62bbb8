package classify

import "sort"

// Keywords announce a value nearby: a password, a door code, an identity
// document number. They are matched at word starts, ignoring ASCII case,
// through a table indexed by the first byte, so that the scan costs a
// couple of comparisons per word.

type kwKind uint8

const (
	kwSecret kwKind = iota // password-like: the value after ':'/'est', or a token with a digit
	kwCode                 // door, PIN, alarm codes: a short code, separator optional
	kwWeak                 // wifi, token, secret: a value only after ':' or '='
	kwDoc                  // identity documents: a document number nearby
)

type keyword struct {
	word   string // lower case, accents kept as in the text
	kind   kwKind
	prefix bool // may be followed by more letters ("carte d'identit" + "é")
}

var keywords = []keyword{
	{"mot de passe", kwSecret, false}, {"mots de passe", kwSecret, false}, {"mot-de-passe", kwSecret, false},
	{"mdp", kwSecret, false}, {"password", kwSecret, false}, {"passwd", kwSecret, false}, {"pwd", kwSecret, false},
	{"passphrase", kwSecret, false}, {"passcode", kwSecret, false}, {"pass wifi", kwSecret, false},
	{"clé wifi", kwSecret, false}, {"cle wifi", kwSecret, false}, {"clé wpa", kwSecret, false}, {"cle wpa", kwSecret, false},
	{"clé de sécurité", kwSecret, false}, {"cle de securite", kwSecret, false}, {"wpa", kwSecret, false},
	{"api key", kwSecret, false}, {"api_key", kwSecret, false}, {"apikey", kwSecret, false}, {"clé api", kwSecret, false},
	{"cle api", kwSecret, false}, {"clé d'api", kwSecret, false}, {"secret key", kwSecret, false}, {"access token", kwSecret, false},
	{"jeton", kwSecret, false}, {"code secret", kwCode, false}, {"code confidentiel", kwCode, false},
	{"digicode", kwCode, false}, {"code porte", kwCode, false}, {"code de la porte", kwCode, false}, {"code d'acc", kwCode, true},
	{"code d\u2019acc", kwCode, true}, {"code d'entr", kwCode, true}, {"code d\u2019entr", kwCode, true},
	{"code pin", kwCode, false}, {"pin", kwCode, false}, {"code alarme", kwCode, false}, {"code de l'alarme", kwCode, false},
	{"code de l\u2019alarme", kwCode, false}, {"code du cadenas", kwCode, false}, {"code cadenas", kwCode, false},
	{"code portail", kwCode, false}, {"code du portail", kwCode, false}, {"code de la boite", kwCode, false},
	{"code de la boîte", kwCode, false}, {"code boite", kwCode, false}, {"code boîte", kwCode, false}, {"code wifi", kwCode, false},
	{"code wi-fi", kwCode, false}, {"code du wifi", kwCode, false}, {"code immeuble", kwCode, false},
	{"code de l'immeuble", kwCode, false}, {"code de l\u2019immeuble", kwCode, false}, {"code interphone", kwCode, false},
	{"door code", kwCode, false}, {"pin code", kwCode, false}, {"gate code", kwCode, false}, {"alarm code", kwCode, false},
	{"access code", kwCode, false},
	{"code du coffre", kwCode, false}, {"code coffre", kwCode, false}, {"combinaison", kwCode, false},
	{"host key", kwSecret, false}, {"key", kwWeak, false}, {"clé", kwWeak, false}, {"cle", kwWeak, false}, {"wifi", kwWeak, false}, {"wi-fi", kwWeak, false}, {"token", kwWeak, false},
	{"secret", kwWeak, false}, {"cadenas", kwWeak, false}, {"login", kwWeak, false},
	{"cni", kwDoc, false}, {"carte d'identit", kwDoc, true}, {"carte d\u2019identit", kwDoc, true},
	{"carte nationale d'identit", kwDoc, true}, {"carte nationale d\u2019identit", kwDoc, true},
	{"passeport", kwDoc, false}, {"passport", kwDoc, false}, {"permis de conduire", kwDoc, false}, {"permis n", kwDoc, true},
	{"permis b", kwDoc, true}, {"driving licen", kwDoc, true}, {"driver's licen", kwDoc, true}, {"driver licen", kwDoc, true},
	{"titre de s", kwDoc, true}, {"carte de s", kwDoc, true}, {"carte de r", kwDoc, true}, {"récépissé", kwDoc, false},
	{"recepisse", kwDoc, false}, {"agdref", kwDoc, false}, {"etranger", kwDoc, true}, {"étranger", kwDoc, true},
	{"id card", kwDoc, false}, {"identity card", kwDoc, false}, {"numéro fiscal", kwDoc, false}, {"numero fiscal", kwDoc, false},
	{"pièce d'identité", kwDoc, false}, {"piece d'identite", kwDoc, false}, {"pièce d\u2019identité", kwDoc, false},
}

// keywordIndex groups the keywords by first byte, longest first.
var keywordIndex = func() (idx [256][]keyword) {
	for _, k := range keywords {
		idx[k.word[0]] = append(idx[k.word[0]], k)
	}
	for b := range idx {
		sort.SliceStable(idx[b], func(x, y int) bool { return len(idx[b][x].word) > len(idx[b][y].word) })
	}
	return idx
}()

// keyword runs the keyword detectors at the word start i.
func (s *scanner) keyword(i int) (int, bool) {
	t := s.text
	for _, k := range keywordIndex[lower(t[i])] {
		if !hasPrefixFold(t[i:], k.word) {
			continue
		}
		end := i + len(k.word)
		if !k.prefix && isAlnum(k.word[len(k.word)-1]) && !wordEndsAt(t, end) {
			continue
		}
		if k.kind == kwDoc {
			return s.document(end), true
		}
		return s.credential(i, end, k.kind), true
	}
	return 0, false
}
