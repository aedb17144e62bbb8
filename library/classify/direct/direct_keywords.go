package direct

import (
	"sort"
	"strings"
)

// Keywords announce a value nearby: a password, a door code, an identity
// document number. They are matched at word starts, ignoring ASCII case,
// through a table indexed by the first byte, so that the scan costs a
// couple of comparisons per word.

type kwKind uint8

const (
	kwSecret   kwKind = iota // password-like: the value after ':'/'est', or a token with a digit
	kwCode                   // door, PIN, alarm codes: a short code, separator optional
	kwWeak                   // wifi, token, secret: a value only after ':' or '='
	kwDoc                    // identity documents: a document number nearby
	kwLogin                  // login, identifiant: a password after the login ("jdupont / S0leil!")
	kwTight                  // short words ("pass", "pw"): a value only right after ':' or '='
	kwNone                   // a longer phrase that is not a keyword ("permis de construire")
	kwDwelling               // a flat: a home when the line places it (direct_dwelling.go)
	kwSortCode               // a British sort code: an account with its number nearby (direct_sort_code.go)
	kwMailbox                // a mail provider: the address's local part after it (direct_mailbox.go)
)

type keyword struct {
	word   string // lower case, accents kept as in the text
	kind   kwKind
	prefix bool // may be followed by more letters ("carte d'identit" + "é")
}

var keywords = []keyword{
	{"mot de passe", kwSecret, false}, {"mots de passe", kwSecret, false}, {"mot-de-passe", kwSecret, false}, {"motdepasse", kwSecret, false},
	{"pass", kwTight, false}, {"pw:", kwTight, false}, {"pw=", kwTight, false}, {"pw :", kwTight, false},
	{"pw =", kwTight, false}, {"pswd", kwSecret, false}, {"passwort", kwSecret, false}, {"mdp", kwSecret, false}, {"password", kwSecret, false}, {"passwd", kwSecret, false}, {"pwd", kwSecret, false},
	{"passphrase", kwSecret, false}, {"phrase de passe", kwSecret, false}, {"phrases de passe", kwSecret, false}, {"phrase secrète", kwSecret, false}, {"phrase secrete", kwSecret, false}, {"passcode", kwSecret, false}, {"pass wifi", kwSecret, false},
	{"clé wifi", kwSecret, false}, {"wifi key", kwSecret, false}, {"wi-fi key", kwSecret, false}, {"cle wifi", kwSecret, false}, {"clé wpa", kwSecret, false}, {"cle wpa", kwSecret, false},
	{"clé de sécurité", kwSecret, false}, {"cle de securite", kwSecret, false}, {"wpa", kwSecret, false}, {"wpa2", kwSecret, false}, {"wpa3", kwSecret, false},
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
	{"codes de secours", kwSecret, false}, {"code de secours", kwSecret, false}, {"codes de récupération", kwSecret, false},
	{"code de récupération", kwSecret, false}, {"recovery code", kwSecret, true}, {"backup code", kwSecret, true},
	{"code du coffre", kwCode, false}, {"code coffre", kwCode, false}, {"combinaison", kwCode, false},
	{"sésame", kwSecret, false}, {"sesame", kwSecret, false},
	{"cvv", kwCode, false}, {"cvc", kwCode, false}, {"cryptogramme", kwCode, false}, {"code", kwCode, false},
	{"login", kwLogin, false}, {"identifiant", kwLogin, false}, {"identifiants", kwLogin, false},
	{"username", kwLogin, false}, {"utilisateur", kwLogin, false}, {"user", kwLogin, false},
	{"host key", kwSecret, false}, {"key", kwWeak, false}, {"clé", kwWeak, false}, {"cle", kwWeak, false}, {"wifi", kwWeak, false}, {"wi-fi", kwWeak, false}, {"token", kwWeak, false},
	{"secret", kwWeak, false}, {"cadenas", kwWeak, false},
	{"cni", kwDoc, false}, {"carte d'identit", kwDoc, true}, {"carte d\u2019identit", kwDoc, true},
	{"carte nationale d'identit", kwDoc, true}, {"carte nationale d\u2019identit", kwDoc, true},
	{"passeport", kwDoc, false}, {"passport", kwDoc, false}, {"permis de conduire", kwDoc, false}, {"permis n", kwDoc, true},
	{"permis b", kwDoc, true}, {"driving licen", kwDoc, true}, {"driver's licen", kwDoc, true}, {"driver licen", kwDoc, true},
	{"titre de s", kwDoc, true}, {"carte de s", kwDoc, true}, {"carte de r", kwDoc, true}, {"récépissé", kwDoc, false},
	{"recepisse", kwDoc, false}, {"agdref", kwDoc, false}, {"etranger", kwDoc, true}, {"étranger", kwDoc, true},
	{"id card", kwDoc, false}, {"identity card", kwDoc, false}, {"numéro fiscal", kwDoc, false}, {"numero fiscal", kwDoc, false},
	{"allocataire", kwDoc, false}, {"caf", kwDoc, false}, {"matricule", kwDoc, false}, {"ine", kwDoc, false},
	{"numéro ine", kwDoc, false}, {"france travail", kwDoc, false}, {"francetravail", kwDoc, false}, {"pôle emploi", kwDoc, false}, {"poleemploi", kwDoc, false},
	{"pole emploi", kwDoc, false},
	{"permis", kwDoc, false}, {"licence", kwDoc, false}, {"license", kwDoc, false},
	{"coffre", kwWeak, false}, {"coffre-fort", kwWeak, false}, {"alarme", kwWeak, false},
	{"codes d'acc", kwCode, true}, {"codes d\u2019acc", kwCode, true}, {"codes wifi", kwCode, false}, {"permis de construire", kwNone, false}, {"permis d'aménager", kwNone, false},
	{"permis de démolir", kwNone, false}, {"permis de pêche", kwNone, false}, {"permis de chasse", kwNone, false},
	{"pièce d'identité", kwDoc, false}, {"piece d'identite", kwDoc, false}, {"pièce d\u2019identité", kwDoc, false},
	{"appt", kwDwelling, false}, {"appart", kwDwelling, false}, {"appartement", kwDwelling, false},
	{"apt", kwDwelling, false}, {"apartment", kwDwelling, false}, {"flat", kwDwelling, false},
	{"gmail", kwMailbox, false}, {"hotmail", kwMailbox, false}, {"yahoo", kwMailbox, false}, {"outlook", kwMailbox, false},
	{"icloud", kwMailbox, false}, {"laposte", kwMailbox, false}, {"wanadoo", kwMailbox, false},
	{"sort code", kwSortCode, false}, {"sort-code", kwSortCode, false}, {"sort", kwSortCode, false}, // « sort 204577 acc 43817265 »
}

// keywordIndex groups the keywords by their first three bytes, longest
// first; keywordPairs filters on the first two bytes before the look-up.
var keywordIndex, keywordPairs = func() (*keywordTable, *bitPairs) {
	idx := make(map[uint32][]keyword)
	pairs := new(bitPairs)
	for _, k := range keywords {
		key := key3(k.word[0], k.word[1], k.word[2])
		idx[key] = append(idx[key], k)
		pairs.set(k.word[0], k.word[1])
	}
	for _, b := range idx {
		sort.SliceStable(b, func(x, y int) bool { return len(b[x].word) > len(b[y].word) })
	}
	return newKeywordTable(idx), pairs
}()

// keyword runs the keyword detectors at the word start i.
func (s *scanner) keyword(i int) (int, bool) {
	t := s.text
	if i+3 > len(t) || !keywordPairs.has(lower(t[i]), lower(t[i+1])) {
		return 0, false
	}
	for _, k := range keywordIndex.get(key3(lower(t[i]), lower(t[i+1]), lower(t[i+2]))) {
		if !hasPrefixFold(t[i:], k.word) {
			continue
		}
		end := i + len(k.word)
		if !k.prefix && isAlnum(k.word[len(k.word)-1]) && !wordEndsAt(t, end) {
			continue
		}
		switch {
		case k.kind == kwNone:
			return end, true
		case k.kind == kwDoc:
			return s.document(end), true
		case k.kind == kwDwelling:
			return s.dwelling(i, end), true
		case k.kind == kwSortCode:
			return s.sortCode(i, end), true
		case k.kind == kwMailbox:
			return s.mailbox(end), true
		case k.kind == kwLogin:
			return s.login(end), true
		case k.word == "code" && publicCode(t, end):
			return end, true
		}
		return s.credential(i, end, k.kind), true
	}
	return 0, false
}

// publicCodes are the codes that are published, not secrets: "code postal
// : 75011", "code NAF 9499Z", "code promo".
var publicCodes = map[string]bool{
	"postal": true, "naf": true, "ape": true, "insee": true, "promo": true, "couleur": true, "uai": true,
	"rome": true, "barre": true, "barres": true, "iso": true, "pays": true, "produit": true, "article": true,
	"source": true, "qr": true, "civil": true, "penal": true, "travail": true, "commerce": true, "sante": true,
	"education": true, "consommation": true, "securite": true, "deontologie": true, "ethique": true,
	"honneur": true, "bonne": true, "general": true, "impots": true, "urbanisme": true, "action": true,
	"procedure": true, "justice": true, "famille": true, "sport": true, "environnement": true,
	"vestimentaire": true, "commune": true, "departement": true, "activite": true, "client": true,
	"tarif": true, "reduction": true, "cadeau": true, "parrainage": true, "evenement": true, "ean": true,
	"siret": true, "siren": true, "rna": true, "route": true, "conduite": true, "couleurs": true,
}

// publicCode reports whether the plain keyword "code" (ending at end) is
// followed by a word naming a public code; "code de la porte" and the
// like are keywords of their own and matched before.
func publicCode(t string, end int) bool {
	var key [48]byte
	j := end
	for words := 0; words < 4; words++ {
		j = skipSpaces(t, j, 1)
		e := j
		for e < len(t) && e-j < 20 && isWordByte(t[e]) {
			e++
		}
		w := string(foldKey(&key, t[j:e]))
		if e < len(t) && (t[e] == '\'' || t[e] == 0xE2) && (w == "d" || w == "l") { // d', l'
			for e < len(t) && !isAlnum(t[e]) && e-j < 6 {
				e++
			}
			j = e
			continue
		}
		if !nameConnectors[w] {
			return publicCodes[w]
		}
		j = e
	}
	return false
}

// loginVerbs stand between a login keyword and the pair it gives
// (« les identifiants sont jdupont / … », "the login is …").
var loginVerbs = map[string]bool{"est": true, "is": true, "sont": true, "are": true, "c'est": true}

// afterLoginVerb returns where the pair starts when a verb of loginVerbs
// stands within the next five words from j, else j.
func (s *scanner) afterLoginVerb(j int) int {
	t := s.text
	var key [48]byte
	for k, words := j, 0; k < len(t) && words < 5; words++ {
		if !isTokenStart(t[k]) {
			return j
		}
		e := tokenEnd(t, k)
		if e == k {
			return j
		}
		if loginVerbs[string(foldKey(&key, t[k:e]))] {
			return skipSpaces(t, e, 2)
		}
		k = skipSpaces(t, e, 2)
	}
	return j
}

// login reads "login : jdupont / S0leil!23": the password after the login
// is a credential. It returns where scanning resumes.
func (s *scanner) login(from int) int {
	t := s.text
	j := skipSpaces(t, from, 2)
	if k := strings.IndexAny(t[j:min(len(t), j+60)], ":=\n"); k >= 0 && t[j+k] != '\n' {
		j = skipSpaces(t, j+k+1, 2) // "identifiants de connexion : jdupont / …"
	}
	j = s.afterLoginVerb(j) // "the login is asso-tresor / …", « le login de la banque est … »
	if j >= len(t) || !isTokenStart(t[j]) || t[j] == '/' {
		return from
	}
	e := tokenEnd(t, j)
	if k := strings.IndexAny(t[j:e], "/|"); k > 0 { // "jdupont/S0leil!23"
		e = j + k
	}
	if a := strings.IndexByte(t[j:e], '@'); a > 0 { // the login is an e-mail: report it too
		if start, end, ok := emailAround(t, j+a); ok && start >= j && end <= e {
			s.email(start, j+a, end)
		}
	}
	return s.passwordAfterLogin(e)
}
