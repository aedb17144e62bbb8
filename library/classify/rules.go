package classify

import "tamis/i18n"

// RuleID names one rule of the classifier. Everything about a rule is in
// its row of ruleTable: the name stored in findings (and in the journal's
// events: never rename one), its category and usual verdict, whether its
// findings identify a person (anonymisation replaces them, by a code of
// the row's kind), and its reason in French and English.
type RuleID uint8

// The rules, in the order of ruleTable.
const (
	ruleNone RuleID = iota
	// hidden text and bounds (prepare.go, direct/bounds.go)
	ruleInvisible
	ruleControl
	ruleTooMany
	// the association's lists (lists.go)
	ruleDenylist
	// direct identifiers (package direct, sentence_ids.go)
	ruleName
	rulePublicFigure
	ruleEmail
	rulePhone
	rulePostalAddress
	ruleNIR
	ruleIBAN
	ruleBankCard
	ruleIDDocument
	ruleBirthdate
	ruleLicencePlate
	ruleProfileURL
	ruleHandle
	ruleCredential
	ruleIP
	rulePublicID
	ruleGeolocation
	// special categories (special*.go, data/phrases/special_terms.txt)
	ruleHealth
	ruleOrigin
	ruleReligion
	rulePolitics
	ruleUnion
	ruleSexuality
	ruleBiometric
	ruleCriminal
	ruleChildProtection
	// the association's confidential matters (strategy*.go)
	ruleConfidential
	ruleMerger
	ruleFinance
	ruleNegotiation
	ruleGrant
	ruleHR
	ruleLitigation
	// gray zone (gray*.go)
	ruleAggregate
	rulePartner
	ruleInternal
	ruleVague
	rulePhoto
	// indirect identification (indirect.go)
	ruleIndirect
	ruleSingleRole
	ruleSpecificPerson
	// the learned check (learned.go)
	ruleLearnedPersonal
	ruleLearnedSensitive
	numRules
)

// ruleInfo is one row of the rule table.
type ruleInfo struct {
	name       string // as findings, JSON and stored events spell it
	cat        Category
	verdict    Verdict  // the usual verdict; some findings lower or raise it
	identifier bool     // an identifier: replaced by anonymisation even as a doubt
	code       codeKind // the code that replaces it (identifiers only)
	fr, en     string   // the usual reason
}

var ruleTable = [numRules]ruleInfo{
	ruleNone:      {name: "", cat: Public, verdict: OK, code: kindOther},
	ruleInvisible: {"invisible", Sensitive, Blocked, false, kindOther, "caractère invisible", "invisible character"},
	ruleControl:   {"control", Sensitive, Blocked, false, kindOther, "caractère de contrôle", "control character"},
	ruleTooMany: {"too-many", Sensitive, Blocked, false, kindOther,
		"trop de données repérées", "too much data found"},
	ruleDenylist: {"denylist", Sensitive, Blocked, false, kindOther,
		"terme confidentiel de la liste de l’association", "confidential term from the association's list"},

	ruleName:         {"name", Personal, Blocked, true, kindPerson, "nom d’une personne", "name of a person"},
	rulePublicFigure: {"public-figure", Personal, Doubt, true, kindPerson, "personnalité publique nommée : à vérifier", "named public figure: check"},
	ruleEmail:        {"email", Personal, Blocked, true, kindEmail, "adresse e-mail d’une personne", "a person's e-mail address"},
	rulePhone:        {"phone", Personal, Blocked, true, kindPhone, "numéro de téléphone", "phone number"},
	rulePostalAddress: {"postal-address", Personal, Blocked, true, kindAddress,
		"adresse postale d’une personne", "a person's postal address"},
	ruleNIR: {"nir", Personal, Blocked, true, kindNIR,
		"numéro de sécurité sociale (NIR)", "social security number (NIR)"},
	ruleIBAN:         {"iban", Personal, Blocked, true, kindIBAN, "IBAN (coordonnées bancaires)", "IBAN (bank details)"},
	ruleBankCard:     {"bank-card", Personal, Blocked, true, kindCard, "numéro de carte bancaire", "bank card number"},
	ruleIDDocument:   {"id-document", Personal, Blocked, true, kindID, "numéro de pièce d’identité", "identity document number"},
	ruleBirthdate:    {"birthdate", Personal, Blocked, true, kindBirth, "date de naissance", "date of birth"},
	ruleLicencePlate: {"licence-plate", Personal, Blocked, true, kindPlate, "plaque d’immatriculation", "licence plate"},
	ruleProfileURL:   {"profile-url", Personal, Blocked, true, kindProfile, "lien vers le profil d’une personne", "link to a person's profile"},
	ruleHandle:       {"handle", Personal, Blocked, true, kindHandle, "identifiant de compte d’une personne", "account name of a person"},
	ruleCredential: {"credential", Sensitive, Blocked, false, kindOther,
		"code ou mot de passe : ne se partage jamais", "code or password: never shared"},
	ruleIP: {"ip", Personal, Blocked, false, kindOther,
		"adresse IP d’un poste ou d’une personne", "IP address of a device or a person"},
	rulePublicID: {"public-id", Personal, Blocked, false, kindOther,
		"identifiant d’une personne auprès d’un organisme public", "identifier of a person at a public body"},
	ruleGeolocation: {"geolocation", Personal, Blocked, false, kindOther,
		"coordonnées GPS d’un domicile ou d’une personne", "GPS coordinates of a home or a person"},

	ruleHealth: {"health", Sensitive, Blocked, false, kindOther,
		"donnée de santé concernant une personne", "health data about a person"},
	ruleOrigin: {"origin", Sensitive, Blocked, false, kindOther,
		"origine ou situation migratoire d’une personne", "origin or migration status of a person"},
	ruleReligion: {"religion", Sensitive, Blocked, false, kindOther,
		"religion ou conviction d’une personne", "religion or belief of a person"},
	rulePolitics: {"politics", Sensitive, Blocked, false, kindOther,
		"opinion politique d’une personne", "political opinion of a person"},
	ruleUnion: {"union", Sensitive, Blocked, false, kindOther,
		"appartenance syndicale d’une personne", "union membership of a person"},
	ruleSexuality: {"sexuality", Sensitive, Blocked, false, kindOther,
		"vie sexuelle ou orientation d’une personne", "sex life or orientation of a person"},
	ruleBiometric: {"biometric", Sensitive, Blocked, false, kindOther,
		"donnée génétique ou biométrique", "genetic or biometric data"},
	ruleCriminal: {"criminal", Sensitive, Blocked, false, kindOther,
		"infraction, condamnation ou procédure pénale visant une personne", "offence, conviction or criminal proceedings about a person"},
	ruleChildProtection: {"child-protection", Sensitive, Blocked, false, kindOther,
		"mesure de protection de l’enfance visant une personne (placement, signalement, juge des enfants)",
		"child-protection measure about a person (placement, referral, family court)"},

	ruleConfidential: {"confidential", Sensitive, Blocked, false, kindOther,
		"information marquée confidentielle", "information marked confidential"},
	ruleMerger: {"merger", Sensitive, Blocked, false, kindOther,
		"projet stratégique confidentiel (fusion, rapprochement)", "confidential strategy (merger)"},
	ruleFinance: {"finance", Sensitive, Blocked, false, kindOther,
		"finances internes non publiées", "unpublished internal finances"},
	ruleNegotiation: {"negotiation", Sensitive, Blocked, false, kindOther,
		"négociation en cours", "ongoing negotiation"},
	ruleGrant: {"grant", Sensitive, Blocked, false, kindOther,
		"demande de subvention non déposée", "grant application not yet filed"},
	ruleHR: {"hr", Sensitive, Blocked, false, kindOther,
		"ressources humaines ou conflit interne", "HR matter or internal conflict"},
	ruleLitigation: {"litigation", Sensitive, Blocked, false, kindOther,
		"contentieux ou procédure en cours", "litigation"},

	ruleAggregate: {"aggregate", Personal, Doubt, false, kindOther,
		"statistique sur le public de l’association : à vérifier", "statistic about the association's public: check"},
	rulePartner: {"partner", Personal, Doubt, false, kindOther,
		"information non publique sur un partenaire : à vérifier", "non-public information about a partner: check"},
	ruleInternal: {"internal", Personal, Doubt, false, kindOther,
		"décision interne non publique : à vérifier", "internal decision not yet public: check"},
	ruleVague: {"vague", Personal, Doubt, false, kindOther,
		"situation personnelle ou délicate évoquée : à vérifier", "personal or delicate situation: check"},
	rulePhoto: {"photo", Personal, Blocked, false, kindOther,
		"photo ou vidéo de personnes identifiables", "photo or video of identifiable people"},

	ruleIndirect: {"indirect", Personal, Blocked, false, kindOther,
		"personne identifiable par recoupement (âge, lieu, situation…)", "person identifiable by cross-reference (age, place, situation...)"},
	ruleSingleRole: {"single-role", Personal, Doubt, false, kindOther,
		"fonction unique dans l’association : la personne est identifiable", "single role in the association: the person is identifiable"},
	ruleSpecificPerson: {"specific-person", Personal, Doubt, false, kindOther,
		"une personne précise est évoquée : à vérifier", "a specific person is mentioned: check"},

	ruleLearnedPersonal: {"learned-personal", Personal, Blocked, false, kindOther,
		"formulation proche d’exemples de données personnelles (contrôle appris)",
		"wording close to examples of personal data (learned check)"},
	ruleLearnedSensitive: {"learned-sensitive", Sensitive, Blocked, false, kindOther,
		"formulation proche d’exemples de données sensibles (contrôle appris)",
		"wording close to examples of sensitive data (learned check)"},
}

// String returns the rule's stable name.
func (r RuleID) String() string { return ruleTable[r].name }

// info returns the rule's row.
func (r RuleID) info() *ruleInfo { return &ruleTable[r] }

// reason returns the rule's usual reason in the user's language.
func (r RuleID) reason() string { return i18n.T(ruleTable[r].fr, ruleTable[r].en) }

// rulesByName finds a rule from the name a finding carries.
var rulesByName = func() map[string]RuleID {
	m := make(map[string]RuleID, numRules)
	for r := ruleNone + 1; r < numRules; r++ {
		m[ruleTable[r].name] = r
	}
	return m
}()

// ruleNamed returns the rule of a finding's name (ruleNone if unknown).
func ruleNamed(name string) RuleID { return rulesByName[name] }
