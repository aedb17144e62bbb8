package direct

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"

	"tamis/i18n"
)

// Phone numbers: the run scanner proposes digit groups at group boundaries,
// and github.com/nyaruka/phonenumbers validates the few candidates (it is
// slow, about 15 µs a call, so it never sees ordinary text; phone_valid.go
// asks its metadata faster, with the same answers).

// phone finds a phone number starting at group k of the run and returns
// the number of groups it consumed, 0 when there is none.
func (s *scanner) phone(r run, k int) int {
	gs := r.groups
	first := s.text[gs[k].start:gs[k].end]
	switch {
	case k == 0 && r.plus:
		start := r.start
		if start > 0 && s.text[start-1] == '(' { // "(+33) 6 12…"
			start--
		}
		return s.intlPhone(r, k, start, 0)
	case strings.HasPrefix(first, "00") && !strings.HasPrefix(first, "000"):
		return s.intlPhone(r, k, gs[k].start, 2)
	case first[0] == '0':
		if s.reference(gs[k].start) {
			return len(gs) - k
		}
		if n := s.frPhone(r, k); n > 0 {
			return n
		}
		if n := s.ukPhone(r, k); n > 0 {
			return n
		}
		return s.foreignPhone(r, k)
	case len(first) == 3 && k+2 < len(gs):
		return s.foreignPhone(r, k) // "(415) 555-0132"
	}
	return 0
}

// ukPhone validates a British national number, 11 digits from the trunk
// 0 ("020 7946 0958", "07700 900123"), the other national format met in
// English-speaking values.
func (s *scanner) ukPhone(r run, k int) int {
	gs := r.groups
	n, e := 0, k
	for ; e < len(gs) && n < 11; e++ {
		n += gs[e].end - gs[e].start
	}
	if n != 11 || e-k > 4 {
		return 0
	}
	d := digitsOf(s.text, gs[k:e], false)
	v, ok := s.phones["GB"+d]
	if !ok {
		v = parseValid(d, "GB")
		if s.phones == nil {
			s.phones = make(map[string]bool)
		}
		s.phones["GB"+d] = v
	}
	if !v {
		return 0
	}
	s.validPhoneFinding(gs[k].start, gs[e-1].end, d[1] != '7')
	return e - k
}

// intlPhone validates "+CC …" (or "00CC …", skip=2) numbers: the longest
// prefix of groups, 8 to 15 digits, that phonenumbers accepts. "(0)" is the
// trunk prefix and is dropped.
func (s *scanner) intlPhone(r run, k, start, skip int) int {
	gs := r.groups
	var ends []int
	digits := make([]byte, 0, 16)
	for e := k; e < len(gs) && len(digits) <= 15; e++ {
		g := s.text[gs[e].start:gs[e].end]
		if e == k {
			g = g[skip:]
		}
		if gs[e].paren && g == "0" && e > k {
			continue
		}
		digits = append(digits, g...)
		if len(digits) >= 8 && len(digits) <= 15 {
			ends = append(ends, e, len(digits))
		}
	}
	for a, tries := len(ends)-2, 0; a >= 0 && tries < 4; a, tries = a-2, tries+1 {
		e, n := ends[a], ends[a+1]
		if n == 11 && string(digits[:2]) == "33" && frenchShaped("0"+string(digits[2:n])) || s.validPhone("+"+string(digits[:n])) {
			s.validPhoneFinding(start, gs[e].end, false)
			return e - k + 1
		}
	}
	// "+44 7700 900123": no plan knows it, but a '+', a country code and
	// 9 to 15 digits are a phone number all the same.
	if a := len(ends) - 2; a >= 0 && ends[a+1] >= 9 && knownCountry(string(digits[:ends[a+1]])) {
		if mobileShape(string(digits[:ends[a+1]])) { // direct_phone_foreign.go
			s.validPhoneFinding(start, gs[ends[a]].end, false)
			return ends[a] - k + 1
		}
		s.add(rulePhone, Doubt, start, gs[ends[a]].end,
			i18n.T("numéro qui ressemble à un téléphone", "number that looks like a phone number"))
		return ends[a] - k + 1
	}
	return 0
}

// knownCountry reports whether digits start with a country calling code.
func knownCountry(digits string) bool {
	for l := 1; l <= 3 && l < len(digits); l++ {
		cc := 0
		for _, c := range digits[:l] {
			cc = cc*10 + int(c-'0')
		}
		if phonenumbers.GetRegionCodeForCountryCode(cc) != "ZZ" {
			return true
		}
	}
	return false
}

// frPhone validates a national French number: groups summing to exactly
// 10 digits, written as one block or in blocks of 2 to 4 digits. A number
// that no plan knows is still blocked when written in five pairs, the
// French layout, and a doubt when written in one block: new ranges open,
// and a typo still points to a real person.
func (s *scanner) frPhone(r run, k int) int {
	gs := r.groups
	n, e := 0, k
	for ; e < len(gs) && n < 10; e++ {
		n += gs[e].end - gs[e].start
	}
	if n != 10 || !phoneLayout(gs[k:e]) {
		return s.brokenPhone(r, k)
	}
	d := digitsOf(s.text, gs[k:e], false)
	start, end := gs[k].start, gs[e-1].end
	if d[1] == '8' && frenchServiceLayout(gs[k:e]) || samplePhone(d) {
		return e - k // a service's number (08) or a sample (« 06 00 00 00 00 »): no one's phone
	}
	switch {
	case frenchShaped(d) && (e-k == 5 || hasWord(s.before(start, 40), phoneWords)) || s.validPhone(d):
		// Five pairs starting 01-07 or 09 (or one block after "tél") are a
		// French phone number even in a range no plan has opened yet: known
		// without asking phonenumbers, the slow part of the scan.
		s.validPhoneFinding(start, end, d[1] != '6' && d[1] != '7')
	case d[1] != '0' && (e-k == 1 || e-k == 5):
		s.add(rulePhone, Doubt, start, end,
			i18n.T("numéro qui ressemble à un téléphone", "number that looks like a phone number"))
	default:
		return 0
	}
	return e - k
}

// frenchShaped reports a 10-digit national number with a geographic,
// mobile or VoIP prefix (01-07, 09).
func frenchShaped(d string) bool {
	return len(d) == 10 && d[0] == '0' && d[1] >= '1' && d[1] <= '9' && d[1] != '8'
}

// phoneWords announce a phone number.
var phoneWords = newMarkers("tel", "tel.", "telephone", "portable", "mobile", "phone", "numero", "num",
	"appeler", "rappeler", "appelle", "joindre", "joignable", "whatsapp", "sms", "fixe", "cell")

// brokenPhone reports, as a doubt, a number written in French pairs with
// a digit missing or extra ("06 45 78 12 9") after a phone word: a typo
// still points to a person.
func (s *scanner) brokenPhone(r run, k int) int {
	gs := r.groups
	e, n := k, 0
	for ; e < len(gs) && e-k < 6 && gs[e].end-gs[e].start <= 2; e++ {
		n += gs[e].end - gs[e].start
	}
	if e-k < 4 || (n != 9 && n != 11) || s.text[gs[k].start] != '0' || !hasWord(s.before(gs[k].start, 40), phoneWords) {
		return 0
	}
	s.add(rulePhone, Doubt, gs[k].start, gs[e-1].end,
		i18n.T("numéro qui ressemble à un téléphone", "number that looks like a phone number"))
	return e - k
}

// phoneLayout accepts one block, or blocks of 2 to 4 digits (the first may
// be a single digit: "0 800 123 456"), or at most five blocks of 1 to 4
// digits: a number copied in threes ("061 234 567 8") is still a phone.
func phoneLayout(gs []group) bool {
	if len(gs) == 1 {
		return true
	}
	for k, g := range gs {
		l := g.end - g.start
		if l > 4 || (l < 2 && k > 0 && len(gs) > 5) {
			return false
		}
	}
	return true
}

// validPhone asks phonenumbers, once per distinct number of the text.
// National numbers ("0…") skip phonenumbers' parser, the slow part: the
// number is built directly and checked in France, then in the overseas
// departments, which have their own country codes.
func (s *scanner) validPhone(num string) bool {
	if v, ok := s.phones[num]; ok {
		return v
	}
	if s.phones == nil {
		s.phones = make(map[string]bool)
	}
	var v bool
	if num[0] == '0' {
		v = validNational(num[1:])
	} else {
		v = parseValid(num, "FR")
	}
	s.phones[num] = v
	return v
}

// frenchCodes are the country codes a French national number may belong
// to: metropolitan France, then Guadeloupe, Guyane, Martinique, La
// Réunion and Mayotte, Saint-Pierre-et-Miquelon.
var frenchCodes = []int32{33, 590, 594, 596, 262, 508}

// validNational checks the national significant number of a French
// number (without its trunk 0).
func validNational(nsn string) bool {
	var n uint64
	for k := 0; k < len(nsn); k++ {
		n = n*10 + uint64(nsn[k]-'0')
	}
	for _, cc := range frenchCodes {
		if validNumber(&phonenumbers.PhoneNumber{CountryCode: &cc, NationalNumber: &n}) { // phone_valid.go
			return true
		}
	}
	return false
}

// parseValid reports whether phonenumbers parses num in region as a valid number.
func parseValid(num, region string) bool {
	if v, ok := parsePlusValid(num, region); ok {
		return v // a plus and digits: Parse's steps without its patterns (phone_parse.go)
	}
	p, err := phonenumbers.Parse(num, region)
	return err == nil && validNumber(p)
}

// orgPhoneMarkers say a number is the association's or a service's, as
// printed on a poster: "standard", "accueil", "numéro vert", or as
// published on its site.
var orgPhoneMarkers = newMarkers("renseignements", "renseignement", "inscriptions", "infos", "de l'asso", "de l'association", "standard", "accueil", "secretariat", "antenne", "reception",
	"mairie", "numero vert", "permanence", "permanences", "notre numero", "nous joindre", "contactez-nous",
	"appelez-nous", "siege", "local", "our number", "call us", "helpline", "samu", "pompiers", "urgence",
	"urgences", "ligne d'ecoute", "hotline", "service", "reservation", "reservations", "billetterie",
	"office de tourisme", "association", "club", "centre", "mediatheque", "bibliotheque",
	// published where the association publishes: its site, its press contact
	"notre site", "site internet", "our website", "our site", "contact presse", "press contact", "press office", "office line",
	// an English charity's published lines: « call our office on 020… », "Office: 0113…", "Find us at …, tel. 01422…"
	"office", "our office", "front desk", "find us", "switchboard", "enquiries", "inquiries", "bookings", "main line", "our line")

// serviceLineMarkers say a number is a listening line's, a branch's, a
// public body's or a school's, or printed on a leaflet or a body's site
// (« SOS Amitié 09… », « Écoute : 04… », « Délégation du Rhône : 04… »,
// « Le standard du conseil départemental est affiché sur son site :
// 02… »), when no one is said to answer it (lineHolders). A mobile
// beside them stays someone's.
var serviceLineMarkers = newMarkers("ecoute", "sos", "delegation", "son site", "leur site", "sur le site", "leaflet",
	"leaflets", "flyer", "flyers", "affiche", "affichee", "printed", "ecole", "college", "lycee", "creche",
	"conseil departemental", "prefecture", "hopital", "clinique")

// lineHolders give a service's number to one person (« téléphone du
// délégué », « joignable au »).
var lineHolders = newMarkers("delegue", "deleguee", "responsable", "president", "presidente", "tresorier", "tresoriere",
	"secretaire", "coordinateur", "coordinatrice", "directeur", "directrice", "benevole", "adherent", "adherente",
	"joignable", "reachable", "volunteer", "manager", "coordinator",
	// to be called back (« La victime a appelé SOS Femmes, la rappeler au 04… »; the caller is victimMarkers')
	"rappeler", "rappelle", "call back", "call her", "call him", "ring her", "ring him")

// validPhoneFinding reports a valid number: blocked, unless it is written
// as the association's or a public service's (no finding for a landline,
// a doubt for a mobile, which is more often someone's own).
func (s *scanner) validPhoneFinding(start, end int, landline bool) {
	before := s.before(start, 60)
	if !hasWord(withoutAtHome(before), personalMarkers) && !hasWord(before, kinOwners) && (hasWord(before, orgPhoneMarkers) || hasWord(s.after(end, 40), orgPhoneMarkers) ||
		s.besideRoleMailbox(start, end) || landline && hasWord(before, serviceLineMarkers) && !hasWord(before, lineHolders) && !hasWord(before, victimMarkers)) {
		if !landline {
			s.add(rulePhone, Doubt, start, end,
				OrgPhoneDoubt())
		}
		return
	}
	s.add(rulePhone, Blocked, start, end, i18n.T("numéro de téléphone", "phone number"))
}

// besideRoleMailbox: a role's address stands in the sentence around the
// number at [start, end), and no capitalised word but the sentence's
// first comes before it: « Appeler Mme Duval au 04 78 12 34 56 ou
// contact@amicale.fr » gives Mme Duval's number.
func (s *scanner) besideRoleMailbox(start, end int) bool {
	before, after := s.rawBefore(start, 60), s.rawAfter(end, 60)
	if !roleMailboxIn(before) && !roleMailboxIn(after) || capitalAfterFirst(before) {
		return false
	}
	return !hasWord(s.before(start, 60), ownerMarkers) && !hasWord(s.after(end, 60), ownerMarkers)
}

// kinOwnerWords give the number to a relative or a neighbour of the
// writer's: a person's, even beside a listening line's or a branch's
// name (« Délégation de pouvoir : mon père, 04… »).
var kinOwnerWords = []string{"ma mere", "mon pere", "ma femme", "mon mari", "ma soeur", "mon frere", "ma fille", "mon fils",
	"ma voisine", "mon voisin", "ma tante", "mon oncle", "ma grand-mere", "mon grand-pere", "ma cousine", "mon cousin",
	"my mum", "my mom", "my mother", "my dad", "my father", "my wife", "my husband", "my sister", "my brother", "my son",
	"my daughter", "my neighbour", "my neighbor", "my aunt", "my uncle", "my nan", "my gran"}

// kinOwners are kinOwnerWords as markers.
var kinOwners = newMarkers(kinOwnerWords...)

// ownerMarkers give the number to someone (« appelez ma mère au… », "ring
// my mum on…", « fixe perso de la présidente », « le fixe de Mme
// Dupont »): a person's number, whatever address stands beside it. A
// possessive alone does not (« chaque adhérent modifie son inscription
// au 01… ou à contact@… »).
var ownerMarkers = newMarkers(slices.Concat(kinOwnerWords, []string{
	"perso", "personnel", "personnelle", "prive", "privee", "private", "home", "domicile", "fixe de", "portable de", "mobile de",
	"mme", "madame", "monsieur", "mr", "mrs", "ms", "miss", "dr"})...)

// capitalAfterFirst: a word of w after its first starts with a capital.
func capitalAfterFirst(w string) bool {
	words := 0
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		if r != ' ' && (i == 0 || w[i-1] == ' ') {
			if words > 0 && unicode.IsUpper(r) {
				return true
			}
			words++
		}
		i += n
	}
	return false
}

// roleMailboxIn: the window holds a role's address (« contact@… »,
// "info@…", genericLocals): a number given beside the association's
// address is given as the association's (« Renseignements au 04 78 12 34
// 56 ou à contact@amicale-bron.fr », "Email info@library-pau.org or call
// 05 59 27 11 40").
func roleMailboxIn(w string) bool {
	for i := strings.IndexByte(w, '@'); i > 0; {
		start, b := localBefore(w, i)
		e := i + 1
		for e < len(w) && isDomainByte(w[e]) {
			e++
		}
		if start < b && genericLocal(w[start:b]) && !personsDomain(strings.ToLower(w[i+1:e])) { // a listed role's, not a word's (roleWordAddress): a word may be a person's pseudonym
			return true
		}
		k := strings.IndexByte(w[i+1:], '@')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// withoutAtHome drops « à domicile » from a folded window: a service
// brought home (« aide à domicile », « portage de repas à domicile ») names
// no one's home, where « son domicile » does.
func withoutAtHome(w string) string {
	return strings.ReplaceAll(w, "a domicile", "") // w itself, unallocated, when absent
}

// referenceMarkers announce an order, ticket or file number, which has the
// shape of a national phone number but reaches nobody: "commande n°
// 0612345678", "ticket 0645789012", "order 0612345678".
var referenceMarkers = newMarkers("ref", "reference", "references", "commande", "commandes", "cde",
	"ticket", "tickets", "tombola", "facture", "factures", "dossier", "dossiers", "order", "orders",
	"invoice", "colis", "suivi", "tracking", "billet", "bordereau", "transaction", "recu", "booking",
	"lot", "tirage", "gagnant", "gagnants", "contrat", "devis", "quittance", "avoir")

// strongPhoneWords name a phone outright; with them a reference word
// nearby does not make the number a reference ("dossier de Paul, tél 06…").
var strongPhoneWords = newMarkers("tel", "telephone", "portable", "mobile", "phone", "appeler", "rappeler",
	"appelle", "joindre", "joignable", "whatsapp", "sms", "fixe", "cell", "call", "ring", "text")

// reference reports whether the national number at start follows a
// reference word among the last three words of its sentence ("Commande
// n° …", "réf. …", "numéro de dossier : …"), or a bare "n°" that no
// possessive or phone word makes someone's number.
func (s *scanner) reference(start int) bool {
	w := s.before(start, 60) // the window validPhoneFinding reads next
	if hasWordIn(w, &strongPhoneWords, &personalMarkers, &contactIntent) {
		return false
	}
	if numberSign(s.text, start) && !hasWord(w, possessives) || abbreviatedReference(s.text, start) {
		return true
	}
	for n, e := 0, len(w); n < 3; n++ {
		for e > 0 && !isAlnum(w[e-1]) {
			e--
		}
		b := e
		for b > 0 && isAlnum(w[b-1]) {
			b--
		}
		if b == e {
			break
		}
		if referenceMarkers.has(w[b:e]) {
			return true
		}
		e = b
	}
	return false
}

// contactIntent announce a number to call ("pour toute commande :",
// "renseignements et réservations :"), not a reference.
var contactIntent = newMarkers("pour toute", "pour tout", "pour toutes", "pour tous", "renseignements",
	"renseignement", "infos", "info", "informations", "contact", "contacter", "contactez", "questions", "question")

// possessives make "son n° : 06…" a person's number.
var possessives = newMarkers("son", "sa", "mon", "ma", "ton", "ta", "votre", "leur", "notre", "my", "his", "her", "their", "your")

// numberSign reports "n°", "N°", "nº", "no." or "#" right before start
// (spaces and a colon allowed in between).
func numberSign(t string, start int) bool {
	j := start
	for j > 0 && start-j < 4 && (t[j-1] == ' ' || t[j-1] == ':') {
		j--
	}
	w := t[max(0, j-3):j]
	return strings.HasSuffix(w, "#") || strings.HasSuffix(w, "°") || strings.HasSuffix(w, "º") ||
		len(w) == 3 && (w[0] == ' ' || w[0] == '(') && (w[1] == 'n' || w[1] == 'N') && (w[2] == 'o' || w[2] == '.')
}

// abbreviatedReference reports "réf. " or "Ref. " right before start: the
// dot of the abbreviation cut the sentence window.
func abbreviatedReference(t string, start int) bool {
	j := start
	for j > 0 && start-j < 3 && t[j-1] == ' ' {
		j--
	}
	if j == 0 || t[j-1] != '.' {
		return false
	}
	b := j - 1
	for b > 0 && j-b < 12 && isWordByte(t[b-1]) {
		b--
	}
	var key [48]byte
	return referenceMarkers.has(string(foldKey(&key, t[b:j-1])))
}

// samplePhone: the eight digits after the prefix are one digit repeated
// (« 06 00 00 00 00 », « 01 11 11 11 11 »): a template's sample, no
// number anyone is given.
func samplePhone(d string) bool {
	return len(d) == 10 && strings.Trim(d[2:], d[2:3]) == ""
}

// frenchServiceLayout: a number written as French service numbers are,
// five pairs (« 08 00 12 34 56 ») or « 0 800 840 800 »; an Irish mobile
// (« 087 765 4321 ») is written otherwise.
func frenchServiceLayout(gs []group) bool {
	if len(gs) == 5 {
		return true
	}
	return len(gs) == 4 && gs[0].end-gs[0].start == 1
}

// OrgPhoneContext reports whether the words before a number written out
// of the byte scanner's reach (spelled in words: « zéro trois,
// quatre-vingts… ») say it is the association's or a service's, as
// validPhoneFinding reads them: « Standard de l'association (sur notre
// site) : ».
func OrgPhoneContext(before string) bool {
	w := bytesView(foldInto(nil, before))
	return !hasWord(withoutAtHome(w), personalMarkers) && hasWord(w, orgPhoneMarkers)
}

// OrgPhoneDoubt is the reason of a number given as the association's or a
// service's that may still be someone's (a mobile, a number spelled out).
func OrgPhoneDoubt() string {
	return i18n.T("numéro de téléphone : est-ce celui d'une personne ?", "phone number: does it belong to a person?")
}
