package classify

import "strings"

// The word lists of the rules for text without a keyword (issue 7,
// section 4), read with the one loader of the vocabulary (vocab.go). Each
// file under data/words/ says in its header which rule reads it; they are
// small and read once, when the package starts.
var (
	describedPersons = wordList(dataFS, "described_persons") // described_person.go
	uniqueWords      = wordList(dataFS, "unique")            // described_person.go
	formerWords      = wordList(dataFS, "former")            // described_person.go
	streetWords      = wordList(dataFS, "streets")           // described_person.go
	habitWords       = wordList(dataFS, "habits")            // described_person.go
	nearbyWords      = wordList(dataFS, "nearby")            // described_person.go
	schoolClasses    = wordList(dataFS, "school_classes")    // surname_alone.go
	subjectVerbs     = wordList(dataFS, "subject_verbs")     // surname_alone.go
	eventHeads       = wordList(dataFS, "event_heads")       // cue_public.go
	smallCounts      = wordList(dataFS, "small_counts")      // small_group.go
	kinPlural        = wordList(dataFS, "kin_plural")        // small_group.go
	addressingWords  = wordList(dataFS, "addressing")        // cue_rules.go
	coupleSayings    = wordList(dataFS, "couple")            // gendered_couple.go
	knownLogins      = wordList(dataFS, "logins")            // cue_credentials.go
	unionMembers     = wordList(dataFS, "union_members")     // cue_special.go
	denials          = phraseSet("denials")                  // cue_strategy.go
	owingWords       = phraseSet("owing")                    // surname_alone.go
)

// phraseSet reads data/words/<name>.txt as folded phrases, their words
// joined by one space as the rules join tokens (« we don t »).
func phraseSet(name string) wordSet {
	s := wordSet{}
	for _, line := range mustList(dataFS, "data/words/"+name+".txt") {
		s[strings.Join(entryWords(line), " ")] = true
	}
	return s
}
