package classify

// Word lists of the gray-zone rules (gray.go).

// grayTerms are doubtful by themselves.
var grayTerms = termList("gray_terms")

var changeWords = wordList("change_words")

var statPopulation = wordList("stat_population")

var recruitWords = wordList("recruit_words")

// pluralAttributes describe the public's situation in the plural.
var pluralAttributes = wordList("plural_attributes")

var partnerOrgs = wordList("partner_orgs")

var troubleWords = wordList("trouble_words")
