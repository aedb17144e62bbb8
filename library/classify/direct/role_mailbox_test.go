package direct

import "testing"

// The mailbox of a newsroom, a box office, a shop or a board reaches a
// function, not a person; a person's address on the same domain stays one.
func TestNewsroomAndBoxOfficeMailboxesAreNoPersons(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool // an e-mail finding
	}{
		{"Email the newsroom at redaction@ondesvives.fr.", false},
		{"Réservations : bookings@theatre-du-port.fr", false},
		{"Adhésions en ligne ou par membership@ramblers-dordogne.org", false},
		{"Écrire à marie.leroux@ondesvives.fr pour la chronique.", true},
	} {
		got := false
		for _, f := range Find(tc.text) {
			if f.Rule == "email" {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: e-mail finding %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A common word that no list of role mailboxes holds names a function
// too, at the organisation's own domain; a name, a provider's domain or
// a personal segment keeps the address a person's.
func TestCommonWordMailboxesAtOwnDomains(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool // an e-mail finding
	}{
		{"Pour adopter, écrivez à adoption@refuge-des-collines.fr.", false},
		{"Write to placements@esc-lyon.org for your questions.", false},
		{"Les paniers : paniers-hiver@amap-du-pre.org", false},
		{"Écrire à soleil@gmail.com", true},         // a provider's: a pseudonym
		{"Écrire à moulin@amap-du-pre.org", true},   // a surname that is a word
		{"Écrire à rose@amap-du-pre.org", true},     // a first name that is a word
		{"Écrire à adoption.marie@refuge.fr", true}, // a function and a first name
		{"Écrire à adoption.perso@refuge.fr", true}, // a personal segment
		{"Écrire à jdupont@refuge.org", true},       // no word
		{"Écrire à chat@orange.fr", true},           // a provider's
		{"contact@sophie-martin.fr", true},          // a person's own domain
		{"mamie@famille-roux.fr", true},             // a household's
		{"hiking@smithhome.net", true},              // a household's
		{"Écrire à contact@amicale-jean-moulin.fr", false},
	} {
		got := false
		for _, f := range Find(tc.text) {
			if f.Rule == "email" {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: e-mail finding %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A phone number beside a listed role's address is the organisation's
// (direct_phone.go besideRoleMailbox); a common word's address does not
// vouch for it: the word may be a person's pseudonym.
func TestPhoneBesideCommonWordMailbox(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool // a blocked phone finding
	}{
		{"Pour adopter, écrivez à adoption@refuge-des-collines.fr ou appelez le 04 75 12 34 56.", true},
		{"Renseignements au 04 78 12 34 56 ou à contact@amicale-bron.fr", false},
		{"Pour adopter, écrivez à soleil@gmail.com ou appelez le 04 75 12 34 56.", true},
	} {
		got := false
		for _, f := range Find(tc.text) {
			if f.Rule == "phone" && f.Verdict == Blocked {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: blocked phone %v, want %v", tc.text, got, tc.want)
		}
	}
}

// The writer's own number stays theirs beside a listening line's name.
func TestOwnNumberBesideAListeningLine(t *testing.T) {
	for _, text := range []string{
		"SOS Femmes battues, mon fixe : 04 78 12 34 56",
		"SOS Homophobie, rappelez-moi au 01 45 67 89 12",
	} {
		blocked := false
		for _, f := range Find(text) {
			blocked = blocked || f.Rule == "phone" && f.Verdict == Blocked
		}
		if !blocked {
			t.Errorf("%q: phone not blocked", text)
		}
	}
}
