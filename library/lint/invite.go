package lint

import (
	"fmt"
	"strings"
	"unicode"

	"tamis/i18n"
	"tamis/library"
)

// A variable invites personal data when its name asks for something about
// one person (« nom du bénéficiaire », « adresse », « téléphone »,
// « situation de la personne ») or its help text does. The name is read
// strictly: a concept such as « nom » or « adresse » alone is about a
// person unless a word of the association qualifies it (« Nom asso »,
// « adresse des locaux »). The help text is read leniently, because it
// explains: only a concept tied to a person counts (« le nom de la
// personne », « son prénom »), and not after a negation (« sans nom »,
// « jamais celui d'une personne »).

// concepts are the words (folded) that ask for a personal datum, with what
// they ask for.
var concepts = map[string]func() string{
	"nom":         personName,
	"noms":        personName,
	"prenom":      personName,
	"prenoms":     personName,
	"adresse":     func() string { return i18n.T("adresse", "address") },
	"domicile":    func() string { return i18n.T("adresse", "address") },
	"telephone":   phone,
	"tel":         phone,
	"portable":    phone,
	"mobile":      phone,
	"email":       email,
	"e-mail":      email,
	"mail":        email,
	"courriel":    email,
	"situation":   func() string { return i18n.T("situation personnelle", "personal situation") },
	"naissance":   func() string { return i18n.T("date de naissance", "date of birth") },
	"age":         func() string { return i18n.T("âge", "age") },
	"sante":       sensitive,
	"maladie":     sensitive,
	"handicap":    sensitive,
	"pathologie":  sensitive,
	"diagnostic":  sensitive,
	"religion":    sensitive,
	"origine":     sensitive,
	"nationalite": sensitive,
	"orientation": sensitive,
	"casier":      sensitive,
	"revenus":     sensitive,
	"dettes":      sensitive,
	"photo":       func() string { return i18n.T("photo", "photo") },
}

func personName() string { return i18n.T("nom d'une personne", "a person's name") }
func phone() string      { return i18n.T("téléphone", "phone number") }
func email() string      { return i18n.T("e-mail d'une personne", "a person's e-mail") }
func sensitive() string {
	return i18n.T("donnée sensible sur une personne", "sensitive data about a person")
}

// persons are singular words for one person (folded).
var persons = words("beneficiaire", "personne", "adherent", "adherente", "benevole", "participant",
	"participante", "usager", "usagere", "patient", "patiente", "eleve", "enfant", "parent", "famille",
	"salarie", "salariee", "membre", "client", "cliente", "habitant", "habitante", "resident",
	"residente", "demandeur", "demandeuse", "locataire", "destinataire", "interlocuteur",
	"interlocutrice", "accompagne", "accompagnee", "mineur", "mineure", "jeune", "femme", "homme",
	"monsieur", "madame")

// ownWords qualify a concept as the association's or a thing's, not a
// person's: « Nom asso », « adresse des locaux », « téléphone de l'accueil ».
var ownWords = words("asso", "association", "structure", "local", "locaux", "siege", "site", "web",
	"internet", "atelier", "ateliers", "evenement", "projet", "salle", "lieu", "partenaire", "mairie",
	"commune", "ville", "generique", "accueil", "service", "organisme", "action", "activite",
	"programme", "formation", "module", "fichier", "document", "equipe", "groupe", "public",
	"quartier", "territoire", "federation", "reseau", "permanence", "mission", "operation", "campagne",
	"collecte", "dispositif", "manifestation", "festival", "spectacle", "outil", "logiciel", "modele",
	"theme", "sujet", "entreprise", "ecole", "college", "lycee", "bibliotheque", "mediatheque")

// negations before a concept in a help text cancel it.
var negations = words("sans", "aucun", "aucune", "jamais", "ni", "pas", "non", "eviter", "evitez", "aucunement")

// determiners may stand between a concept and its qualifier.
var determiners = words("de", "du", "des", "d", "la", "le", "les", "l", "a", "au", "aux", "un", "une",
	"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "et", "ou", "en", "par", "pour")

func words(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// invitesPersonal tells whether a variable's name or help invites personal
// data, and what datum.
func invitesPersonal(name, help string) (string, bool) {
	if why, ok := nameInvites(tokens(name)); ok {
		return why, true
	}
	return helpInvites(tokens(help))
}

// nameInvites reads a name: a concept not qualified by the association's
// words, or a name that is one person (« bénéficiaire », « la personne »).
func nameInvites(ts []string) (string, bool) {
	for i, t := range ts {
		if what, ok := concepts[t]; ok {
			if q, found := qualifier(ts[i+1:]); !found || !ownWords[q] {
				return what(), true
			}
		}
	}
	if head := headWord(ts); persons[head] {
		return i18n.T("une personne désignée", "one person, named"), true
	}
	return "", false
}

// helpInvites reads a help text: a concept tied to a person, after it
// (« le nom de la personne ») or by a possessive before it (« son
// prénom »), not after a negation. A concept alone is not enough: a help
// text may list column headings of invented data.
func helpInvites(ts []string) (string, bool) {
	for i, t := range ts {
		what, ok := concepts[t]
		if !ok || negated(ts[:i]) {
			continue
		}
		q, _ := qualifier(ts[i+1:])
		if persons[q] || (possessed(ts[:i]) && !ownWords[q]) {
			return what(), true
		}
	}
	return "", false
}

// possessed reports a possessive among the two words before a concept
// (« son prénom », « sa date de naissance »).
func possessed(before []string) bool {
	for i := len(before) - 1; i >= 0 && i >= len(before)-3; i-- {
		if possessives[before[i]] {
			return true
		}
	}
	return false
}

var possessives = words("son", "sa", "ses", "leur", "leurs", "votre", "vos", "ton", "ta", "tes")

// qualifier is the first word after the determiners and other concepts
// that follow a concept (« nom du bénéficiaire » → « beneficiaire »,
// « adresse e-mail générique » → « generique »).
func qualifier(ts []string) (string, bool) {
	for _, t := range ts {
		if _, concept := concepts[t]; !determiners[t] && !concept {
			return t, true
		}
	}
	return "", false
}

// headWord is the first word of a name that is not a determiner.
func headWord(ts []string) string {
	q, _ := qualifier(ts)
	return q
}

// negated reports a negation among the three words before a concept.
func negated(before []string) bool {
	for i := len(before) - 1; i >= 0 && i >= len(before)-3; i-- {
		if negations[before[i]] {
			return true
		}
	}
	return false
}

// tokens folds s and splits it into words; hyphens and letters stay
// together (« e-mail »), apostrophes split (« l'adresse »).
func tokens(s string) []string {
	return strings.FieldsFunc(library.Normalize(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

// invitesMessage names the datum invited and the method's ways out.
func invitesMessage(name, what string) string {
	return fmt.Sprintf(i18n.T(
		"[%s] invite à saisir une donnée personnelle (%s), qui ne doit jamais aller dans une IA publique. Issues de la méthode : un code à la place (« Bénéficiaire_001 »), des données inventées mais réalistes, ou un champ laissé vide, complété à la main après la réponse de l'IA",
		"[%s] invites personal data (%s), which must never go to a public AI. The method's ways out: a code instead (\"Bénéficiaire_001\"), invented but realistic data, or a field left empty and filled by hand after the AI's answer"),
		name, what)
}
