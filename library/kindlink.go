package library

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"

	"tamis/i18n"
)

// Links and the association's e-mail: the two kinds that need more than
// words, the second one what the profile says of the association.

// urlMisfit accepts a web link, with or without "https://": a host with a
// dot, no spaces, and no login or password inside (a link that carries
// credentials is a secret, not an address).
func urlMisfit(value string) string {
	why := i18n.T("un lien web est attendu, par exemple « https://www.exemple.fr/agenda »",
		"a web link is expected, for example “https://www.exemple.fr/agenda”")
	if strings.ContainsAny(value, " \t\n") || len(value) > 2000 {
		return why
	}
	u, err := url.Parse(withScheme(value))
	switch {
	case err != nil || (u.Scheme != "http" && u.Scheme != "https") || !validHost(u.Hostname()):
		return why
	case !strings.Contains(value, "://") && !bareHost(u.Hostname()):
		return why // « jean.dupont » is a name with a dot, not a site
	case u.User != nil:
		return i18n.T("un lien ne doit contenir ni identifiant ni mot de passe",
			"a link must hold no login and no password")
	}
	return ""
}

// validHost accepts a domain name of at least two labels.
func validHost(h string) bool {
	labels := strings.Split(h, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			return false
		}
		for _, r := range l {
			if r != '-' && !(r >= '0' && r <= '9') && !(r >= 'a' && r <= 'z') && !(r >= 'A' && r <= 'Z') && r < 0x80 {
				return false
			}
		}
	}
	return true
}

// bareHost accepts a host written without "https://" only when it reads
// as a site: "www." before it, or a common top-level domain after it.
func bareHost(h string) bool {
	h = strings.ToLower(h)
	return strings.HasPrefix(h, "www.") || commonTLDs[h[strings.LastIndexByte(h, '.')+1:]]
}

var commonTLDs = set("fr", "com", "org", "net", "eu", "info", "be", "ch", "ca", "lu", "re", "io", "app",
	"coop", "asso", "bzh", "paris", "alsace", "corsica", "ong", "ngo", "edu", "gov", "int")

// Association is what the « e-mail de l'association » kind accepts: the
// addresses of the profile (its generic contact), and any address on the
// association's own domains (its website's, its contact's unless that is
// a public mail provider, where anyone can open an address).
type Association struct {
	Emails  []string // lower case
	Domains []string // lower case, without "www."
}

var (
	emailRe   = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
	webLinkRe = regexp.MustCompile(`(?i)\b(?:https?://[^\s/]+|www\.[^\s/,;]+)`)
)

// AssociationOf reads the association's addresses and domains out of its
// profile values, whatever their names: an e-mail anywhere in a value is
// one of its addresses, a web link gives a domain.
func AssociationOf(profile map[string]string) Association {
	var a Association
	emails, domains := map[string]bool{}, map[string]bool{}
	for _, v := range profile {
		for _, e := range emailRe.FindAllString(v, -1) {
			e = strings.ToLower(e)
			emails[e] = true
			if d := e[strings.LastIndexByte(e, '@')+1:]; !webmail[d] {
				domains[d] = true
			}
		}
		for _, l := range webLinkRe.FindAllString(v, -1) {
			if u, err := url.Parse(withScheme(l)); err == nil && validHost(u.Hostname()) {
				domains[strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")] = true
			}
		}
	}
	a.Emails, a.Domains = sortedKeys(emails), sortedKeys(domains)
	return a
}

func withScheme(l string) string {
	if strings.Contains(l, "://") {
		return l
	}
	return "https://" + l
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// emailMisfit accepts one of a's addresses, or an address on one of its
// domains (or a sub-domain: "lyon.amisduvelo.fr").
func (a Association) emailMisfit(value string) string {
	if len(a.Emails) == 0 && len(a.Domains) == 0 {
		return i18n.T("le profil de l'association ne donne ni son e-mail générique ni son site web : le ou la référent·e doit les renseigner (tamis profile --set contact=…)",
			"the association's profile gives neither its generic e-mail nor its website: the référent must set them (tamis profile --set contact=…)")
	}
	v := strings.ToLower(value)
	if emailRe.FindString(v) == v {
		for _, e := range a.Emails {
			if v == e {
				return ""
			}
		}
		d := v[strings.LastIndexByte(v, '@')+1:]
		for _, own := range a.Domains {
			if d == own || strings.HasSuffix(d, "."+own) {
				return ""
			}
		}
	}
	return fmt.Sprintf(i18n.T("seule une adresse de l'association est acceptée : %s",
		"only an address of the association is accepted: %s"), a.describe())
}

// describe lists what a accepts, for the message.
func (a Association) describe() string {
	parts := append([]string{}, a.Emails...)
	for _, d := range a.Domains {
		parts = append(parts, i18n.T("une adresse en @", "an address at @")+d)
	}
	return strings.Join(parts, i18n.T(" ou ", " or "))
}

// webmail are public mail providers: an address there says nothing of who
// owns it, so their domain is never the association's.
var webmail = set("gmail.com", "googlemail.com", "yahoo.fr", "yahoo.com", "hotmail.fr", "hotmail.com",
	"outlook.fr", "outlook.com", "live.fr", "live.com", "msn.com", "orange.fr", "wanadoo.fr", "free.fr",
	"sfr.fr", "neuf.fr", "laposte.net", "bbox.fr", "icloud.com", "me.com", "mac.com", "aol.com",
	"protonmail.com", "proton.me", "gmx.fr", "gmx.com", "gmx.net", "yandex.com", "mail.com",
	"numericable.fr", "club-internet.fr", "aliceadsl.fr", "tutanota.com", "ymail.com", "riseup.net")
