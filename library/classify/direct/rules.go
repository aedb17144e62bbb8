package direct

// ruleID names one rule of the scan. classify's rule table holds every
// rule of the classifier, these included, under the same names and
// categories (its TestDirectRulesAgreeWithTheRuleTable checks them); the
// scan needs only a rule's name and category.
type ruleID uint8

// The rules of the scan.
const (
	ruleNone ruleID = iota
	ruleTooMany
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
	numRules
)

// ruleInfo is one row of the scan's rule table.
type ruleInfo struct {
	name string // as findings, JSON and stored events spell it
	cat  Category
}

var ruleTable = [numRules]ruleInfo{
	ruleNone:          {"", Public},
	ruleTooMany:       {"too-many", Sensitive},
	ruleEmail:         {"email", Personal},
	rulePhone:         {"phone", Personal},
	rulePostalAddress: {"postal-address", Personal},
	ruleNIR:           {"nir", Personal},
	ruleIBAN:          {"iban", Personal},
	ruleBankCard:      {"bank-card", Personal},
	ruleIDDocument:    {"id-document", Personal},
	ruleBirthdate:     {"birthdate", Personal},
	ruleLicencePlate:  {"licence-plate", Personal},
	ruleProfileURL:    {"profile-url", Personal},
	ruleHandle:        {"handle", Personal},
	ruleCredential:    {"credential", Sensitive},
}

// String returns the rule's stable name.
func (r ruleID) String() string { return ruleTable[r].name }

// info returns the rule's row.
func (r ruleID) info() *ruleInfo { return &ruleTable[r] }

// Rules returns the name and category of every rule the scan reports.
func Rules() map[string]Category {
	m := make(map[string]Category, numRules-1)
	for r := ruleNone + 1; r < numRules; r++ {
		m[r.String()] = r.info().cat
	}
	return m
}
