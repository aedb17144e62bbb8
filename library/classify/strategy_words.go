package classify

// strategyTerms are the association's confidential matters.
var strategyTerms = termList("strategy_terms")
