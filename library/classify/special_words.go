package classify

// specialTerms are the special-category words. Entries are folded when
// compiled; a trailing '*' matches every word with that beginning.
var specialTerms = termList("special_terms")
