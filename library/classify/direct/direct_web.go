package direct

import (
	"strings"

	"tamis/i18n"
)

// Profile links and @handles point to one person's account. The
// association's own accounts are common in public texts ("suivez-nous sur
// @ludo_vernon"), so a handle or a profile link is a doubt unless its
// context says whose it is.

// orgAccountMarkers announce the association's own accounts.
var orgAccountMarkers = newMarkers(
	"suivez-nous", "suivez nous", "retrouvez-nous", "retrouvez nous", "notre compte", "notre page",
	"nos reseaux", "notre instagram", "notre facebook", "notre chaine", "notre profil", "rejoignez-nous",
	"follow us", "our account", "our page", "abonnez-vous", "notre groupe", "likez", "hashtag",
	"de l'asso", "de l'association", "asso", "association", "club", "collectif",
)

// handle finds a social-network handle at the '@' at i: a word start, a
// letter or '_' then up to 29 letters, digits, '_' or '.'.
func (s *scanner) handle(i int) int {
	t := s.text
	if i > 0 && (isWordByte(t[i-1]) || strings.IndexByte("._%+-/@'", t[i-1]) >= 0) {
		return i + 1
	}
	j := i + 1
	if j >= len(t) || !(isLetter(t[j]) || t[j] == '_') {
		return i + 1
	}
	for j < len(t) && j-i <= 31 && (isAlnum(t[j]) || t[j] == '_' || t[j] == '.') {
		j++
	}
	for t[j-1] == '.' {
		j--
	}
	if j-i > 31 || j-i < 3 || !wordEndsAt(t, j) || (j < len(t) && t[j] == '@') || strings.IndexByte(t[i:j], '.') >= 0 && hasTLD(t[i:j]) {
		return j
	}
	s.accountFinding(ruleHandle, i, j, i18n.T("pseudonyme de réseau social d'une personne", "a person's social-network handle"), false)
	return j
}

// commonTLDs are the domain endings that make "@name.tld" a domain rather
// than a handle with a dot ("@lea.mrchnd").
var commonTLDs = map[string]bool{
	"com": true, "fr": true, "org": true, "net": true, "io": true, "eu": true, "info": true, "be": true,
	"ch": true, "de": true, "uk": true, "es": true, "it": true, "co": true, "me": true, "app": true,
	"dev": true, "gouv": true, "asso": true, "edu": true, "gov": true, "ca": true, "us": true, "re": true,
	"ma": true, "tn": true, "dz": true, "sn": true, "lu": true, "nl": true, "pt": true, "paris": true,
}

// hasTLD reports whether a dotted name ends like a domain ("@gmail.com").
func hasTLD(name string) bool {
	k := strings.LastIndexByte(name, '.')
	return commonTLDs[strings.ToLower(name[k+1:])]
}

// accountOwner, before a handle or a link, name a person as its owner.
var accountOwner = newMarkers("insta de", "compte de", "profil de", "page de", "snap de", "tiktok de",
	"facebook de", "linkedin de", "twitter de", "pseudo de", "instagram de", "account of")

// accountAfter, after a handle or a link, say it is a person's.
var accountAfter = newMarkers("c'est lui", "c'est elle", "il", "elle", "lui", "he", "she", "his", "her")

// accountFinding adds a handle or profile-link finding whose verdict
// depends on the context: the association's account is no finding, a
// person's (or a link that spells a name, when named) is blocked, an
// unknown owner is a doubt.
func (s *scanner) accountFinding(rule ruleID, start, end int, reason string, named bool) {
	w := s.before(start, 60)
	switch {
	case hasWord(w, orgAccountMarkers):
		return
	case named || hasWord(w, personalMarkers) || hasWord(w, accountOwner) || hasWord(s.after(end, 40), accountAfter):
		s.add(rule, Blocked, start, end, reason)
	default:
		s.add(rule, Doubt, start, end, reason)
	}
}

// profileSites are the hosts whose paths name one account. person marks
// the paths that can only be a person's (LinkedIn's /in/).
var profileSites = []struct {
	host   string
	person string
	org    []string // first path segments that are not a person
}{
	{"linkedin.com/", "in/", []string{"company/", "school/", "showcase/", "groups/", "posts/", "feed", "jobs"}},
	{"facebook.com/", "profile.php", []string{"groups/", "events/", "pages/", "pg/", "watch", "share", "photo"}},
	{"fb.com/", "", []string{"groups/", "events/"}},
	{"instagram.com/", "", []string{"p/", "reel/", "explore/", "stories/"}},
	{"x.com/", "", []string{"i/", "search", "hashtag/"}},
	{"twitter.com/", "", []string{"i/", "search", "hashtag/"}},
	{"tiktok.com/@", "", nil},
	{"youtube.com/@", "", nil},
	{"threads.net/@", "", nil},
	{"snapchat.com/add/", "", nil},
	{"bsky.app/profile/", "", nil},
	{"github.com/", "", nil},
}

// profileSiteIndex lists, by first byte, the indexes of profileSites.
var profileSiteIndex = func() (idx [256][]int) {
	for k, site := range profileSites {
		idx[site.host[0]] = append(idx[site.host[0]], k)
	}
	return idx
}()

// profileSitePairs marks the first two bytes of every host: at most word
// starts no host begins, and profileURL stops at one table read.
var profileSitePairs = func() (pairs bitPairs) {
	for _, site := range profileSites {
		pairs.set(site.host[0], site.host[1])
	}
	return pairs
}()

// profileURL finds a link to a profile at the word start i (the host).
// It returns where scanning resumes and whether it matched.
func (s *scanner) profileURL(i int) (int, bool) {
	t := s.text
	if i+1 >= len(t) || !profileSitePairs.has(lower(t[i]), lower(t[i+1])) {
		return 0, false
	}
	for _, k := range profileSiteIndex[lower(t[i])] {
		site := profileSites[k]
		if !hasPrefixFold(t[i:], site.host) {
			continue
		}
		p := i + len(site.host)
		end := urlEnd(t, p)
		path := strings.ToLower(t[p:end])
		if len(path) < 2 || hasAnyPrefix(path, site.org) {
			return end, true
		}
		start := urlStart(t, i)
		reason := i18n.T("lien vers le profil d'une personne", "link to a person's profile")
		if site.person != "" && strings.HasPrefix(path, site.person) {
			s.add(ruleProfileURL, Blocked, start, end, reason)
		} else {
			s.accountFinding(ruleProfileURL, start, end, reason, site.host == "facebook.com/" && personalPath(path))
		}
		return end, true
	}
	return 0, false
}

// personalPath reports a path that spells a person's name, as Facebook's
// "firstname.lastname.5" profile addresses do.
func personalPath(path string) bool {
	seg, _, _ := strings.Cut(path, "/")
	parts := strings.Split(seg, ".")
	if len(parts) < 2 || len(parts) > 3 || len(parts) == 3 && !allDigits(parts[2]) {
		return false
	}
	return len(parts[0]) >= 2 && len(parts[1]) >= 2 && allLetters(strings.ReplaceAll(parts[0], "-", "")) &&
		allLetters(strings.ReplaceAll(parts[1], "-", ""))
}

// urlEnd returns the end of the URL path starting at p, trailing
// punctuation excluded.
func urlEnd(t string, p int) int {
	e := p
	for e < len(t) && e-p < 200 && t[e] > ' ' && strings.IndexByte("\"'<>()[]{}|,", t[e]) < 0 {
		e++
	}
	e = runeFloor(t, p, e)
	for e > p && strings.IndexByte(".!?;:", t[e-1]) >= 0 {
		e--
	}
	return e
}

// urlStart extends a host backwards over "https://", "www.", "fr." and the like.
func urlStart(t string, i int) int {
	b := i
	for b > 0 && i-b < 16 && (isAlnum(t[b-1]) || t[b-1] == '.' || t[b-1] == '/' || t[b-1] == ':') {
		b--
	}
	return b
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
