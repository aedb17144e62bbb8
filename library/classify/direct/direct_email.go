package direct

import (
	"iter"
	"slices"
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// genericLocals are the local parts of role addresses ("contact@",
// "inscriptions@"): they reach a function, not a person, and are no finding.
// A local part counts as generic when its first segment (before '.', '-',
// '_' or '+') is one of them: "contact.paris@", "benevoles-lyon@".
// The words are data (data/words/generic_locals.txt).
var genericLocals = lexicon.Words(lexicon.Data, "generic_locals")

// at handles an '@': an e-mail address around it, else a @handle after it.
// It returns where scanning resumes.
func (s *scanner) at(i int) int {
	if start, end, ok := emailAround(s.text, i); ok {
		s.email(start, i, end)
		return s.passwordAfterLogin(end)
	}
	if end := s.looseEmail(i); end > 0 {
		return end
	}
	return s.handle(i)
}

// looseEmail finds an address around the '@' at i written loosely: with
// spaces around the '@' ("marie.d @ gmail.com") or a spelled dot in the
// domain ("marie.d@gmail dot com"). The domain must end with a known TLD.
// It returns where scanning resumes, 0 when there is no address.
func (s *scanner) looseEmail(i int) int {
	t := s.text
	start, b := localBefore(t, i)
	from := skipSpaces(t, i+1, 1)
	if start == b || (start > 0 && isLocalByte(t[start-1])) || from >= len(t) {
		return 0
	}
	end, ok := obfuscatedDomain(t, from)
	if !ok {
		return 0
	}
	dom := strings.ToLower(t[from:end])
	spelled := strings.Contains(dom, " dot") || strings.Contains(dom, " point") || strings.Contains(dom, " . ")
	if !commonTLDs[dom[strings.LastIndexAny(dom, " .)]}")+1:]] || !spelled && b == i && from == i+1 {
		return 0
	}
	s.looseAddress(start, b, end)
	return end
}

// email reports the address start..end (its '@' at at), unless it is a
// role address or an anonymisation code at the reserved domain.
func (s *scanner) email(start, at, end int) {
	local, domain := strings.TrimRight(s.text[start:at], "@"), s.text[at+1:end]
	if (functionAddress(local, domain) || s.organisationMailbox(local, start, end)) && !s.ownedAddress(start) || isAnonymousDomain(domain) {
		return
	}
	s.add(ruleEmail, Blocked, start, end,
		i18n.T("adresse e-mail d'une personne", "a person's e-mail address"))
}

// looseAddress reports the address written loosely at [start, end),
// its local part ending at b, unless the local part names a role.
func (s *scanner) looseAddress(start, b, end int) {
	if !genericLocal(strings.ReplaceAll(s.text[start:b], " ", "")) { // « contact . asso @ … » is contact.asso@
		s.add(ruleEmail, Blocked, start, end,
			i18n.T("adresse e-mail d'une personne", "a person's e-mail address"))
	}
}

// localBefore returns the local part written before the at-marker at i:
// its start and its end b, one space allowed before the marker
// ("marie.d @ gmail.com", "jean.dupont (at) gmail") and spaces around
// its dots (« julien . roche @ laposte . net »).
func localBefore(t string, i int) (start, b int) {
	b = i
	if b > 0 && t[b-1] == ' ' {
		b--
	}
	start = localStart(t, b)
	for n := 0; n < 3 && start >= 4 && t[start-3:start] == " . " && isLocalByte(t[start-4]); n++ {
		start = localStart(t, start-3) // « julien . roche @ laposte . net »
	}
	return start, b
}

// localStart returns where the local part of an address ending at b
// starts: at most 64 bytes back.
func localStart(t string, b int) int {
	start := b
	for start > 0 && b-start < 64 && isLocalByte(t[start-1]) {
		start--
	}
	return start
}

// emailAround finds the address whose '@' is at i: a local part of at most
// 64 bytes before, a domain with a dot and a letter TLD after (at most 253).
func emailAround(t string, i int) (start, end int, ok bool) {
	b := i
	if b > 1 && t[b-1] == '@' && isLocalByte(t[b-2]) {
		b-- // « thomas.blanc@@free.fr »: a doubled at-sign
	}
	start = b
	for start > 0 && b-start <= 64 && isLocalByte(t[start-1]) {
		start--
	}
	for start < b && (t[start] == '.' || t[start] == '-') {
		start++
	}
	if start == b || b-start > 64 || (start > 0 && isLocalByte(t[start-1])) {
		return 0, 0, false
	}
	end = i + 1
	for end < len(t) && end-i <= 253 && (isDomainByte(t[end]) || commaForDot(t, end)) {
		end++
	}
	for end > i+1 && (t[end-1] == '.' || t[end-1] == '-') {
		end--
	}
	lastDot := strings.LastIndexAny(t[i+1:end], ".,") + i + 1
	if lastDot <= i+1 || end-lastDot-1 < 2 || !allLetters(t[lastDot+1:end]) {
		return 0, 0, false
	}
	return start, end, true
}

// commaForDot reports a comma typed for the dot of a domain: glued to
// the name before it and followed by a common ending and nothing more
// (« @wanadoo,fr », « @hotmail,co,uk »). A comma followed by a space, or
// by a word, is the sentence's.
func commaForDot(t string, j int) bool {
	if t[j] != ',' || j == 0 || !isAlnum(t[j-1]) {
		return false
	}
	e := j + 1
	for e < len(t) && e-j <= 5 && t[e] >= 'a' && t[e] <= 'z' {
		e++
	}
	return e-j > 2 && commonTLDs[t[j+1:e]] && (e == len(t) || !isAlnum(t[e]) && t[e] < 0x80)
}

// genericLocal reports whether an address local part names a role.
func genericLocal(local string) bool {
	l := strings.ToLower(local)
	if genericLocals[l] || l == "no-reply" || l == "ne-pas-repondre" || l == "ne_pas_repondre" {
		return true
	}
	if k := strings.IndexAny(l, ".-_+"); k > 0 {
		return genericLocals[l[:k]] && !personalSegment(l[k+1:])
	}
	return false
}

// ownedAddress: the words before the address at start give it to
// someone (« mon mail perso : », « Son adresse mail c'est », « la
// victime, joignable à »): a person's, whatever its local part.
func (s *scanner) ownedAddress(start int) bool {
	w := s.before(start, 40)
	return hasWord(w, personalMarkers) || hasWord(w, kinOwners) || hasWord(w, victimMarkers) // not a civility: the allow-list check tries « Mme contact@… »
}

// victimMarkers name the one an address or a number belongs to in a
// helpline's notes (« la victime, joignable à … »).
var victimMarkers = newMarkers("victime", "victim", "appelante", "appelant", "caller", "beneficiaire")

// functionAddress: the address reaches a function (genericLocal,
// roleWordAddress) at a domain that is no person's own (personsDomain:
// « contact@sophie-martin.fr » is Sophie Martin's).
func functionAddress(local, domain string) bool {
	label, _, _ := strings.Cut(strings.ToLower(domain), ".")
	return (genericLocal(local) || roleWordAddress(local, domain)) && !personsDomain(label)
}

// mailProviders are the first labels of the domains where anyone opens
// a mailbox (data/words/mail_providers.txt).
var mailProviders = lexicon.Words(lexicon.Data, "mail_providers")

// minRoleWord bounds the common word read as a function: shorter words
// (« lea », « ali ») spell names as often as words.
const minRoleWord = 4

// roleWordAddress: the local part opens on a common French or English
// word that is no first name or surname of the lists, at a domain that
// is no mail provider's: the organisation's own address for a function,
// whatever the word (« adoption@refuge-des-collines.fr »,
// "placements@esc-lyon.org"). At a provider, a word is as often a
// person's pseudonym (« soleil@gmail.com »); a name (« moulin@… »,
// « adoption.marie@… ») or a personal segment (« adoption.perso@… ») is
// a person's.
func roleWordAddress(local, domain string) bool {
	l := strings.ToLower(local)
	head, rest, _ := strings.Cut(l, ".")
	if k := strings.IndexAny(head, "-_+"); k >= 0 {
		head, rest = head[:k], head[k+1:]+"."+rest
	}
	label, _, _ := strings.Cut(strings.ToLower(domain), ".")
	if len(head) < minRoleWord || !allLetters(head) || mailProviders[label] || personalSegment(rest) {
		return false
	}
	if !lexicon.IsFrenchWord(head) && !lexicon.IsEnglishWord(head) || lexicon.IsPersonName(head) {
		return false
	}
	for seg := range localSegments(rest) {
		if lexicon.IsPersonName(seg) || !lexicon.IsFrenchWord(seg) && !lexicon.IsEnglishWord(seg) && !allDigits(seg) {
			return false // « adoption.marie@… » is Marie's, « adoption.jdupont@… » J. Dupont's
		}
	}
	return true
}

// personalLocals mark a role's address as the holder's own mailbox
// ("tresorier.perso@laposte.net", "president-prive@…"): a person's.
// The words are data (data/words/personal_locals.txt).
var personalLocals = lexicon.Words(lexicon.Data, "personal_locals")

// personalSegment: a segment of rest (split at '.', '-', '_', '+') is a
// personal marker.
func personalSegment(rest string) bool {
	for seg := range localSegments(rest) {
		if personalLocals[seg] {
			return true
		}
	}
	return false
}

// familyDomainWords name a household's own domain (« famille-roux.fr »,
// "smithhome.net", « lesdupont.fr »); a practitioner's office is one
// person's too (« cabinet-psy-durand.fr »).
var familyDomainWords = []string{"famille", "family", "home", "maison", "perso", "les", "the",
	"cabinet", "dr", "docteur", "maitre", "avocat", "psy", "kine", "osteo", "infirmier", "infirmiere"}

// personsDomain: the domain's first label is a person's or a household's
// own: every segment a first name or a surname (« sophie-martin.fr »), or
// a household word with a name (« famille-roux », "smithhome"). An
// association named after someone has another word in its domain
// (« amicale-jean-moulin.fr »).
func personsDomain(label string) bool {
	names := 0
	for seg := range localSegments(label) {
		switch {
		case lexicon.IsPersonName(seg):
			names++
		case slices.Contains(familyDomainWords, seg):
		case gluedName(seg):
			return true // "jamesmiller", « lesdupont », "smithhome"
		default:
			return false
		}
	}
	return names > 0
}

// gluedName: seg is two names glued (« jamesmiller ») or a household's
// word glued to a name (« lesdupont », "smithhome").
func gluedName(seg string) bool {
	if lexicon.IsFrenchWord(seg) || lexicon.IsEnglishWord(seg) {
		return false // « aviron » is no « Avi » and « Ron »
	}
	for k := minGluedPart; k+minGluedPart <= len(seg); k++ {
		head, tail := seg[:k], seg[k:]
		headName, tailName := lexicon.IsPersonName(head), lexicon.IsPersonName(tail)
		if headName && tailName || headName && slices.Contains(familyDomainWords, tail) || tailName && slices.Contains(familyDomainWords, head) {
			return true
		}
	}
	for _, w := range familyDomainWords { // the short ones too: « psydurand », "themartins"
		if rest, ok := strings.CutPrefix(seg, w); ok && len(rest) >= minGluedPart && lexicon.IsPersonName(strings.TrimSuffix(rest, "s")) {
			return true
		}
		if rest, ok := strings.CutSuffix(seg, w); ok && len(rest) >= minGluedPart && lexicon.IsPersonName(rest) {
			return true
		}
	}
	return false
}

// minGluedPart bounds each part of two glued names: shorter ones
// (« avi », « ron ») cut too many words in two.
const minGluedPart = 4

// localSegments yields the segments of a local part or a domain label
// split at '.', '-', '_' and '+', without a slice: every address of a
// form is read so.
func localSegments(l string) iter.Seq[string] {
	return strings.FieldsFuncSeq(l, func(r rune) bool { return r == '.' || r == '-' || r == '_' || r == '+' })
}

// isLocalByte reports the bytes of an address local part; UTF-8 letters
// are allowed ("hélène@…").
func isLocalByte(c byte) bool {
	return isAlnum(c) || c >= 0x80 || c == '.' || c == '_' || c == '-' || c == '+' || c == '%'
}

func isDomainByte(c byte) bool { return isAlnum(c) || c == '.' || c == '-' }

// allLetters reports whether s is made of ASCII letters only.
func allLetters(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isLetter(s[k]) {
			return false
		}
	}
	return s != ""
}

// passwordAfterLogin finds the password of a "login / password" pair
// written after an e-mail ("asso.jardins@gmail.com / JardinS_2024"): a
// token with letters and digits after '/', ':' or '|'. It returns where
// scanning resumes.
func (s *scanner) passwordAfterLogin(end int) int {
	t := s.text
	j := skipSpaces(t, end, 2)
	if j >= len(t) || (t[j] != '/' && t[j] != ':' && t[j] != '|' && t[j] != ',') {
		return end
	}
	comma := t[j] == ','
	j = skipSpaces(t, j+1, 2)
	if j >= len(t) || !isTokenStart(t[j]) {
		return end
	}
	e := tokenEnd(t, j)
	v := trimValue(t[j:e])
	if len(v) < 6 || !hasDigit(v) || !hasLetter(v) || strings.ContainsAny(v, "@/") {
		return end
	}
	if comma && (!mixedCase(v) || !lastOfSentence(t, j+len(v))) {
		return end // « écrire à marie@x.fr, Salle2 au fond »: after a comma, only a mixed-case secret that ends the line
	}
	s.add(ruleCredential, Blocked, j, j+len(v),
		i18n.T("mot de passe, code d'accès ou clé secrète", "password, access code or secret key"))
	return j + len(v)
}

func hasLetter(v string) bool {
	for k := 0; k < len(v); k++ {
		if isLetter(v[k]) {
			return true
		}
	}
	return false
}

// atMarkers are the ways of writing '@' to fool address harvesters.
var atMarkers = []string{"(at)", "[at]", "{at}", "(arobase)", "[arobase]", "(a)", "[a]"}

// dotMarkers are the ways of writing '.' in such addresses.
var dotMarkers = []string{"(dot)", "[dot]", "{dot}", "(point)", "[point]", "[.]", "(.)", "{.}", " dot ", " point ", " . ", "."} // « laposte . net »

// obfuscatedEmail finds "jean.dupont (at) gmail (dot) com" at the marker
// starting at i (an opening bracket). It returns where scanning resumes.
func (s *scanner) obfuscatedEmail(i int) int {
	t := s.text
	m := ""
	for _, a := range atMarkers {
		if hasPrefixFold(t[i:], a) {
			m = a
			break
		}
	}
	if m == "" {
		s.bracketedLogin(i) // direct_login_pairs.go
		return i + 1
	}
	start, b := localBefore(t, i)
	end, ok := obfuscatedDomain(t, skipSpaces(t, i+len(m), 1))
	if start == b || !ok || (start > 0 && isLocalByte(t[start-1])) {
		return i + len(m)
	}
	s.looseAddress(start, b, end)
	return end
}

// obfuscatedDomain reads domain labels joined by a dot or a dot marker;
// ok when there are two labels or more and the last is a TLD.
func obfuscatedDomain(t string, j int) (end int, ok bool) {
	for labels := 1; labels <= 8; labels++ {
		k := j
		for k < len(t) && k-j < 63 && (isAlnum(t[k]) || t[k] == '-') {
			k++
		}
		if k == j {
			return end, false
		}
		end = k
		tldOK := labels >= 2 && k-j >= 2 && allLetters(t[j:k])
		p := k
		if p+1 < len(t) && t[p] == ' ' && strings.IndexByte("([{", t[p+1]) >= 0 {
			p++ // "gmail (dot) com"
		}
		sep := ""
		for _, d := range dotMarkers {
			if hasPrefixFold(t[p:], d) {
				sep = d
				break
			}
		}
		n := skipSpaces(t, p+len(sep), 1)
		if sep == "" || n >= len(t) || !isAlnum(t[n]) {
			return end, tldOK
		}
		j = n
	}
	return end, false
}

// spelledAt are the words written for '@' in a spelled-out address
// ("john.smith at yahoo dot com", "marie arobase gmail point com",
// « antoine.roy chez free point fr »).
var spelledAt = []string{"at", "arobase", "arobas", "arrobase", "chez"}

// spelledEmail finds an address spelled out around the word at i, one of
// spelledAt between spaces. Plain words are common, so the domain must end
// with a known TLD, and either the domain spells its dots ("dot",
// "point") or the local part has a '.', '_' or digit: "she works at
// google.com" is no address. It returns where scanning resumes, 0 when
// there is no address.
func (s *scanner) spelledEmail(i int) int {
	t := s.text
	m := ""
	for _, a := range spelledAt {
		if hasPrefixFold(t[i:], a) && i+len(a) < len(t) && t[i+len(a)] == ' ' {
			m = a
			break
		}
	}
	if m == "" || i < 2 || t[i-1] != ' ' {
		return 0
	}
	b := i - 1
	start := spelledLocalStart(t, b)
	from := skipSpaces(t, i+len(m), 1)
	end, ok := obfuscatedDomain(t, from)
	if start == b || !ok || (start > 0 && isLocalByte(t[start-1])) {
		return 0
	}
	dom := t[from:end]
	tld := dom[strings.LastIndexAny(dom, " .)]}")+1:]
	spelled := strings.Contains(strings.ToLower(dom), " dot") || strings.Contains(strings.ToLower(dom), " point") || strings.ContainsAny(dom, "([{")
	if !commonTLDs[strings.ToLower(tld)] || !spelled && !strings.ContainsAny(t[start:b], "._0123456789") {
		return 0
	}
	if m == "chez" && (!spelled || !strings.ContainsAny(t[start:b], "._0123456789")) {
		return 0 // « antoine.roy chez free point fr »; « on dîne chez Paul point com » is no address
	}
	s.looseAddress(start, b, end)
	return end
}

// spelledLocalStart returns where the local part ending at b starts, its
// dots possibly spelled too ("jean dot dupont at …"); at most 64 bytes.
func spelledLocalStart(t string, b int) int {
	start := localStart(t, b)
	for start < b {
		j := start
		for _, d := range []string{" dot ", " point "} {
			if j >= len(d) && hasPrefixFold(t[j-len(d):], d) {
				j -= len(d)
				break
			}
		}
		k := j
		for k > 0 && b-k < 64 && isLocalByte(t[k-1]) {
			k--
		}
		if j == start || k == j {
			break
		}
		start = k
	}
	return start
}
