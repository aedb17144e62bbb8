package classify

// specialTables are the tables of special-category words, in the order
// they are read (an entry of an earlier table wins): the hand-kept table
// first, then the words taken from lists others keep (lexicon/data/SOURCES.md,
// « Special categories from kept lists »), one table per group of sources;
// last, the facts told in everyday words (a blow, a night at the police
// station, a meal without pork) and the facts told around their noun (a
// device, a treatment's nickname, slang) and by the path a person goes
// through (a birth, a search, a flight from a war), and health told by
// daily life (what the body can no longer do, the aid it needs), which
// need a person nearby; last, the same entries in the plural.
var specialTables = []string{
	"special_terms",
	"kept_health_terms",
	"kept_opinion_terms",
	"kept_identity_terms",
	"kept_criminal_terms",
	"kept_child_protection_terms",
	"everyday_special_terms",
	"told_around_special_terms",
	"path_special_terms",
	"daily_life_health_terms",
	pluralTable,
}

// pluralTable is the special tables' entries in the plural, made from
// them by plural_terms_test.go.
const pluralTable = "plural_special_terms"
