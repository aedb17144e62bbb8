package direct

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// Postal addresses: a street number (bis, ter), a street type, a name, then
// optionally a postcode and a town. Whose address it is decides the
// verdict: a home ("chez", "habite", "domicile"…) is blocked, the
// association's premises or a public venue is no finding, and an address
// with no clue either way is a doubt.

// streetType is a street type; ambiguous types ("cours", "place") are also
// common words, so their name must start with a capital letter.
type streetType struct {
	word      string
	ambiguous bool
}

var streetTypes = []streetType{
	{"rue", false}, {"r.", false}, {"avenue", false}, {"av.", false}, {"ave", false}, {"bd", false}, {"bld", false},
	{"boulevard", false}, {"chemin", false}, {"impasse", false}, {"imp.", false}, {"allée", false},
	{"allee", false}, {"place", true}, {"pl.", false}, {"route", true}, {"rte", false}, {"quai", false},
	{"cours", true}, {"résidence", false}, {"residence", false}, {"lotissement", false}, {"cité", true},
	{"cite", true}, {"square", true}, {"voie", true}, {"passage", true}, {"sentier", false},
	{"hameau", false}, {"faubourg", false}, {"fbg", false}, {"rond-point", false}, {"villa", true},
	{"parvis", true}, {"esplanade", true}, {"promenade", true}, {"ruelle", false}, {"montée", false},
	{"montee", false}, {"chaussée", false}, {"chaussee", false}, {"clos", true}, {"domaine", true},
	{"lieu-dit", false}, {"mail", true}, {"traverse", false}, {"venelle", false}, {"street", false},
	{"road", false},
}

// streetTypesBy lists the street types by first byte, in the order of
// streetTypes: a type can only match at a byte it starts with.
var streetTypesBy = func() (idx [256][]streetType) {
	for _, st := range streetTypes {
		idx[st.word[0]] = append(idx[st.word[0]], st)
	}
	return idx
}()

// nameConnectors may appear inside a street name in lower case.
var nameConnectors = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "d": true, "l": true,
	"aux": true, "sur": true, "sous": true, "en": true, "et": true, "of": true, "the": true,
}

// placeMarkers announce the association's premises or a public venue.
var placeMarkers = newMarkers(
	"notre local", "nos locaux", "notre siege", "siege", "siege social", "notre boutique", "boutique",
	"notre salle", "salle", "association", "asso", "rendez-vous", "rdv", "accueil", "permanence", "local",
	"locaux", "mairie", "mediatheque", "bibliotheque", "centre", "maison de quartier", "maison des",
	"gymnase", "ecole", "college", "lycee", "eglise", "marche", "atelier", "ateliers", "magasin", "epicerie",
	"ressourcerie", "recyclerie", "friperie", "bureau", "bureaux", "our office", "our premises", "venue",
	"ouvert", "ouverte", "horaires", "entree libre", "a lieu", "aura lieu", "se tiendra", "se deroulera",
	"lieu", "nous trouver", "situe", "situee", "cafe", "restaurant", "theatre", "cinema", "musee",
	"foyer", "club", "mjc", "centre social", "espace", "stade", "piscine", "hopital", "pharmacie", "gare",
	"festival", "salon", "parking", "antenne", "agence", "mission locale", "caf", "cpam", "pole emploi",
	"france travail", "tiers-lieu", "tiers lieu", "meet", "meeting", "event", "at our", "permanences",
	"maison", "france services", "food bank", "banque alimentaire", "depot", "our", "we", "located", "office",
	"siege de", "local de", "salles", "centres", "ateliers", "boutiques", "magasins", "entreprise", "societe",
	"hotel de ville", "collecte", "distribution", "distributions", "inscriptions", "cours", "stage", "expo",
	"exposition", "concert", "spectacle", "fete", "vide-grenier", "brocante", "braderie", "kermesse", "loto",
	"nous", "notre", "nos", "us", "retrouvez-nous", "rejoignez-nous", "ont lieu", "auront lieu", "take place",
	"takes place", "will take place", "is held", "are held", "will be held",
	// public bodies, whose addresses are printed everywhere
	"prefecture", "sous-prefecture", "matignon", "elysee", "ministere", "tribunal", "palais de justice",
	"conseil departemental", "conseil regional", "hotel du departement", "hotel de region", "rectorat",
	"urssaf", "assemblee nationale", "senat", "town hall", "city hall", "council offices",
)

// venueHeads name a venue before its address: a care home, a bar, a
// place of worship, an English hall (« Thé dansant à l'EHPAD Marcel
// Paul, 12 rue… », "St John's Hospice, 60 Grove End Road"). Read before
// the address only: after it they are landmarks of a home (« 12 rue des
// Lilas, au-dessus du bar »).
var venueHeads = newMarkers("ehpad", "residence autonomie", "hospice", "bar", "pub", "temple", "mosquee", "synagogue",
	"chapelle", "church", "chapel", "hall", "mosque", "gurdwara", "library", "museum", "arena", "stadium", "school",
	"community centre", "community center")

// weakPersonMarkers name an inhabitant, unless a place marker says the
// address is a venue ("adresse de l'association").
var weakPersonMarkers = newMarkers("m", "mme", "mlle", "monsieur", "madame", "mr", "mrs", "ms", "famille", "dr",
	"docteur", "adresse de", "adresse d'", "nouvelle adresse", "address of", "envoyer a", "send to", "recu fiscal",
	"appt", "appartement", "apt", "bat", "batiment", "etage", "escalier", "locataire", "proprietaire")

// homeAfter are words after an address that make it a home: an
// apartment, a flat, "chez", "c/o".
var homeAfter = newMarkers("chez", "domicile", "appt", "appartement", "apt", "apartment", "c/o", "flat")

// buildingAfter are words after an address that say where in a building
// (a floor, a staircase, a door, a bell): a home, unless the words before
// name the association's premises (premisesMarkers), which have floors,
// doors and bells too (« Notre local : 2 rue …, 2e étage »).
var buildingAfter = newMarkers("chambre", "etage", "bat", "batiment", "escalier", "porte", "interphone", "boite", "bal",
	"floor", "building", "staircase", "door", "buzz", "buzzer", "intercom", "doorbell", "sonnette")

// premisesMarkers name the association's own premises, or the place
// where an activity takes place, not any venue: « nous » or
// « distribution » before an address may lead to a beneficiary's door,
// « notre local » does not.
var premisesMarkers = newMarkers("local", "locaux", "siege", "permanence", "permanences", "premises",
	"headquarters", "registered office", "head office", "our office", "clubhouse", "club house",
	"newsroom", "notre redaction")

// activityVenueMarkers say that an activity takes place at the address
// (« Les cours de chant ont lieu au 8 rue …, 2e étage »): a venue, when
// no one is named before it (« Le soutien de Léo a lieu au … » may be
// his home).
var activityVenueMarkers = newMarkers("a lieu", "ont lieu", "aura lieu", "auront lieu", "se tient", "se tiennent",
	"se tiendra", "se tiendront", "takes place", "take place", "will take place", "is held", "are held", "will be held")

// address reads an address at the digit i and returns where scanning resumes.
func (s *scanner) address(i int) (int, bool) {
	end, ok := parseAddress(s.text, i)
	if !ok {
		if end, ok = s.bareStreetAtHome(i); ok {
			s.add(rulePostalAddress, Blocked, i, end, i18n.T("adresse du domicile d'une personne", "a person's home address"))
		}
		return end, ok
	}
	w, a := s.before(i, 80), s.after(end, 40)
	home := i18n.T("adresse du domicile d'une personne", "a person's home address")
	switch {
	case hasWord(w, personalMarkers) || hasWord(a, homeAfter) || personsAddress(w):
		s.add(rulePostalAddress, Blocked, i, end, home)
	case hasWord(a, buildingAfter) && !premisesAddress(w) && !s.activityVenue(i, w):
		s.add(rulePostalAddress, Blocked, i, end, home)
	case s.personHeadBefore(i):
		s.add(rulePostalAddress, Blocked, i, end, home)
	case hasWord(w, placeMarkers) || hasWord(a, placeMarkers) || hasWord(w, venueHeads):
	case hasWord(w, weakPersonMarkers) || s.nameBefore(i):
		s.add(rulePostalAddress, Blocked, i, end, home)
	default:
		s.add(rulePostalAddress, Doubt, i, end,
			i18n.T("adresse postale : est-ce celle d'une personne ?", "postal address: does it belong to a person?"))
	}
	return end, true
}

// personHeads open a person's or a household's name.
var personHeads = newMarkers("famille", "family", "m", "mme", "mlle", "monsieur", "madame", "mr", "mrs", "ms", "miss", "dr")

// personHeadBefore: the sentence's words before the address at i are a
// name of two or three words, the first a civility or « Famille » (or
// a first name, in two words):
// « Famille Maison, 27 avenue… », "Pat Church, 12 Acacia Avenue", where
// the second word, a venue's, would make the address a place's.
func (s *scanner) personHeadBefore(i int) bool {
	var buf [4]string // no slice per address: a hostile text holds thousands
	words := buf[:0]
	for w := range strings.FieldsSeq(strings.TrimRight(s.rawBefore(i, 40), " ,\u00a0")) {
		if len(words) == len(buf) {
			return false
		}
		words = append(words, w)
	}
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	first := words[0]
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); strings.ContainsAny(w, ",;:") || !unicode.IsUpper(r) {
			return false // « M. Temple Jean, 12 rue… »: a surname and a first name
		}
	}
	var k [48]byte
	f := bytesView(foldKey(&k, strings.TrimSuffix(first, "."))) // read here only, on the stack
	r, _ := utf8.DecodeRuneInString(first)
	return hasWord(f, personHeads) || len(words) == 2 && unicode.IsUpper(r) && lexicon.IsPersonName(f) && !hasWord(f, placeMarkers) && !hasWord(f, venueHeads)
}

// homeVerbs say where someone lives, right before a number.
var homeVerbs = newMarkers("habite", "habite au", "habitent", "vit au", "demeurant", "demeurant au", "lives at", "live at")

// bareStreetAtHome reads, after a verb of living (« habite 22 des
// Acacias », "lives at 4 the Willows"), a number and a street named
// without its type: « des », « du », « de la », « de l' » or "the", then
// a capitalised name. It returns the address's end.
func (s *scanner) bareStreetAtHome(i int) (int, bool) {
	t := s.text
	if !hasWord(s.before(i, 16), homeVerbs) {
		return 0, false
	}
	j := i
	for j < len(t) && j-i < 4 && isDigit(t[j]) {
		j++
	}
	j = skipSpaces(t, skipSuffix(t, j), 2)
	rest := strings.ToLower(t[j:min(len(t), j+7)])
	for _, p := range []string{"des ", "du ", "de la ", "de l'", "the "} {
		if strings.HasPrefix(rest, p) {
			k := j + len(p)
			if r, _ := utf8.DecodeRuneInString(t[k:]); k < len(t) && unicode.IsUpper(r) {
				return streetName(t, k, false)
			}
		}
	}
	return 0, false
}

// AddressEnd reads an address (number, street type and name, postcode,
// town) that starts at byte i of text and returns where it ends: the
// sentence rules ask it of a number in apposition to a person's name.
func AddressEnd(text string, i int) (int, bool) { return parseAddress(text, i) }

// parseAddress reads number, street type and name, then an optional
// postcode and town.
func parseAddress(t string, i int) (int, bool) {
	j := i
	for j < len(t) && j-i < 5 && isDigit(t[j]) {
		j++
	}
	if j-i > 4 || t[i] == '0' {
		return 0, false
	}
	j = skipSuffix(t, j)
	if j < len(t) && t[j] == ',' {
		j++
	}
	j = skipSpaces(t, j, 2)
	st, k := matchStreetType(t, j)
	if k == j {
		return englishStreet(t, j)
	}
	end, ok := streetName(t, skipSpaces(t, k, 2), st.ambiguous)
	if !ok {
		return 0, false
	}
	return postcodeTown(t, end), true
}

// skipSuffix skips "bis", "ter", "quater" or a single letter after a number.
func skipSuffix(t string, j int) int {
	k := j
	if k < len(t) && t[k] == ' ' {
		k++
	}
	if k >= len(t) {
		return j
	}
	if c := lower(t[k]); c != 'b' && c != 't' && c != 'q' && c != 'a' {
		return j // the first letters of the suffixes below: most numbers have none
	}
	for _, suf := range []string{"bis", "ter", "quater", "b", "t", "a"} {
		if hasPrefixFold(t[k:], suf) && wordEndsAt(t, k+len(suf)) && (k == j || len(suf) > 1) {
			return k + len(suf)
		}
	}
	return j
}

// skipSpaces skips up to n spaces (no-break spaces included).
func skipSpaces(t string, j, n int) int {
	for c := 0; c < n && j < len(t); c++ {
		switch {
		case t[j] == ' ':
			j++
		case t[j] == 0xC2 && j+1 < len(t) && t[j+1] == 0xA0:
			j += 2
		default:
			return j
		}
	}
	return j
}

// matchStreetType returns the street type at j and its end (j if none).
func matchStreetType(t string, j int) (streetType, int) {
	if j >= len(t) {
		return streetType{}, j
	}
	for _, st := range streetTypesBy[lower(t[j])] {
		if hasPrefixFold(t[j:], st.word) {
			e := j + len(st.word)
			if strings.HasSuffix(st.word, ".") || wordEndsAt(t, e) {
				return st, e
			}
		}
	}
	return streetType{}, j
}

// streetName reads the name after the street type: words, connectors in
// lower case, hyphens and apostrophes; it stops at punctuation or at a
// lower-case word after the name has started.
func streetName(t string, j int, ambiguous bool) (int, bool) {
	var key [48]byte
	end, named, words := j, false, 0
	for words < 8 && end-j < 70 {
		k := skipSpaces(t, end, 1)
		if words > 0 && k == end {
			break
		}
		e := nameWordEnd(t, k)
		if e == k {
			break
		}
		w := t[k:e]
		r, _ := utf8.DecodeRuneInString(stripElision(w))
		capital := unicode.IsUpper(r) || unicode.IsDigit(r)
		conn := nameConnectors[string(foldKey(&key, strings.TrimRight(w, "'’")))] || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’")
		switch {
		case capital:
			named = true
		case conn:
		case named || ambiguous || words >= 4:
			return finishName(t, j, end, named)
		default:
			named = true // lower-case name typed quickly: "8 rue des mésanges"
		}
		end = e
		words++
	}
	return finishName(t, j, end, named)
}

// stripElision removes "l'" or "d'" before a name word ("l'Église").
func stripElision(w string) string {
	for _, p := range []string{"l'", "d'", "L'", "D'", "l’", "d’", "L’", "D’"} {
		if len(w) > len(p) && strings.HasPrefix(w, p) {
			return w[len(p):]
		}
	}
	return w
}

func finishName(t string, j, end int, named bool) (int, bool) {
	for end > j && (t[end-1] == '\'' || t[end-1] == '-') {
		end--
	}
	return end, named && end > j
}

// nameWordEnd returns the end of the name word at k: word bytes, inner
// hyphens and apostrophes ("Jean-Jaurès", "d'Alsace").
func nameWordEnd(t string, k int) int {
	e := k
	for e < len(t) && e-k < 40 {
		c := t[e]
		switch {
		case isWordByte(c) && !(c == 0xE2 && e+2 < len(t) && t[e+1] == 0x80 && t[e+2] == 0x99):
			e++
		case c == 0xE2 && e+2 < len(t) && t[e+1] == 0x80 && t[e+2] == 0x99 && e > k: // ’
			e += 3
		case (c == '-' || c == '\'') && e > k && e+1 < len(t) && isWordByte(t[e+1]):
			e++
		default:
			return e
		}
	}
	return runeFloor(t, k, e)
}

// postcodeTown extends an address over ", 49000 Angers" or " 75011 Paris".
func postcodeTown(t string, end int) int {
	j := end
	if j < len(t) && t[j] == ',' {
		j++
	}
	j = skipSpaces(t, j, 2)
	d, e := readNum(t, j, 5)
	if e-j != 5 || d < 1000 || !wordEndsAt(t, e) {
		return townAfter(t, end)
	}
	k := skipSpaces(t, e, 1)
	if k == e {
		return e
	}
	town := nameWordEnd(t, k)
	r, _ := utf8.DecodeRuneInString(t[k:])
	if town == k || !unicode.IsUpper(r) {
		return e
	}
	for words := 1; words < 4; words++ {
		n := skipSpaces(t, town, 1)
		w := nameWordEnd(t, n)
		r, _ := utf8.DecodeRuneInString(t[n:])
		if n == town || w == n || !(unicode.IsUpper(r) || unicode.IsDigit(r)) {
			break
		}
		town = w
	}
	return town
}

// townAfter extends an address over " à Angers" (a capitalised town
// after "à").
func townAfter(t string, end int) int {
	j := end
	if j < len(t) && t[j] == ',' {
		j++
	}
	j = skipSpaces(t, j, 1)
	if !strings.HasPrefix(t[j:], "à ") {
		return end
	}
	k := j + len("à ")
	e := nameWordEnd(t, k)
	r, _ := utf8.DecodeRuneInString(t[k:])
	if e == k || !unicode.IsUpper(r) {
		return end
	}
	return e
}

// englishStreet reads "221B Baker Street": capitalised words then a street word.
func englishStreet(t string, j int) (int, bool) {
	k := j
	for words := 0; words < 3; words++ {
		e := nameWordEnd(t, k)
		r, _ := utf8.DecodeRuneInString(t[k:])
		if e == k || !unicode.IsUpper(r) {
			return 0, false
		}
		if words > 0 {
			switch strings.ToLower(t[k:e]) {
			case "street", "st", "road", "rd", "lane", "drive", "avenue", "close", "way", "court", "square", "gardens", "terrace":
				return e, true
			}
		}
		k = skipSpaces(t, e, 1)
		if k == e {
			return 0, false
		}
	}
	return 0, false
}

// personsAddress: the window names the address of a person ("l'adresse du
// bénévole", "les coordonnées d'une adhérente", "adresse de la famille").
func personsAddress(w string) bool {
	for _, head := range []string{"adresse ", "coordonnees "} {
		for from := 0; ; {
			k := strings.Index(w[from:], head)
			if k < 0 {
				break
			}
			from += k + len(head)
			if k := from - len(head); k > 0 && isAlnum(w[k-1]) {
				continue
			}
			if personNounAt(w[from:]) {
				return true
			}
		}
	}
	return false
}

// personNounAt: after a determiner, the next word is a person noun.
func personNounAt(rest string) bool {
	for _, det := range addressDets {
		if strings.HasPrefix(rest, det) {
			word := rest[len(det):]
			e := 0
			for e < len(word) && isAlnum(word[e]) {
				e++
			}
			return addressPersons[word[:e]]
		}
	}
	return false
}

var addressDets = []string{"du ", "de la ", "de l'", "de l’", "d'un ", "d’un ", "d'une ", "d’une ",
	"de notre ", "de nos ", "de mon ", "de ma ", "de cette ", "de ce ", "de cet ", "des ", "of the ", "of our ", "of a "}

var addressPersons = lexicon.Words(lexicon.Data, "address_persons")

// activityVenue: the words before the address at i say an activity
// takes place there, and none of them but the first is capitalised (no
// one named, no code that stands for someone).
func (s *scanner) activityVenue(i int, w string) bool {
	if !hasWord(w, activityVenueMarkers) || hasWord(w, weakPersonMarkers) {
		return false
	}
	return !capitalAfterFirst(s.rawBefore(i, 80)) // direct_phone.go
}

// premisesAddress: the words before an address name the association's
// premises and no person (« Notre local : », not « depuis le local,
// apporter les courses au monsieur âgé, »): whose floor and door follow.
func premisesAddress(w string) bool {
	if !hasWord(w, premisesMarkers) || hasWord(w, weakPersonMarkers) {
		return false
	}
	for k := 0; k < len(w); {
		e := k
		for e < len(w) && isAlnum(w[e]) {
			e++
		}
		if addressPersons[w[k:e]] {
			return false
		}
		k = e + 1
	}
	return true
}
