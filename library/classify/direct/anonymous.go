package direct

import "strings"

// AnonymousDomain is the domain of the e-mail codes; Find reports no
// address at it. It is under .invalid, reserved by RFC 2606 and RFC 6761
// never to exist: a mail that an AI or a volunteer sends to a code fails
// on the sender's machine and reaches nobody. example.org, also reserved,
// resolves and reads less clearly as fictitious; anonyme.fr, the first
// choice, is a domain anyone may register.
const AnonymousDomain = "anonyme.invalid"

// LegacyDomain is the domain of the e-mail codes of earlier versions: an
// AI's answer to a prompt anonymised with them still restores, and they
// are still no finding.
const LegacyDomain = "anonyme.fr"

// isAnonymousDomain reports the domains of the e-mail codes.
func isAnonymousDomain(d string) bool {
	return strings.EqualFold(d, AnonymousDomain) || strings.EqualFold(d, LegacyDomain)
}
