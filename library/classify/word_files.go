package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// The word lists of the rules for text without a keyword (issue 7,
// section 4), read with the one loader of the vocabulary (lexicon/vocab.go). Each
// file under data/words/ says in its header which rule reads it; they are
// small and read once, when the package starts.
var (
	describedPersons   = lexicon.Words(lexicon.Data, "described_persons")   // described_person.go
	uniqueWords        = lexicon.Words(lexicon.Data, "unique")              // described_person.go
	formerWords        = lexicon.Words(lexicon.Data, "former")              // described_person.go
	streetWords        = lexicon.Words(lexicon.Data, "streets")             // described_person.go
	habitWords         = lexicon.Words(lexicon.Data, "habits")              // described_person.go
	nearbyWords        = lexicon.Words(lexicon.Data, "nearby")              // described_person.go
	schoolClasses      = lexicon.Words(lexicon.Data, "school_classes")      // surname_alone.go
	subjectVerbs       = lexicon.Words(lexicon.Data, "subject_verbs")       // surname_alone.go
	eventHeads         = lexicon.Words(lexicon.Data, "event_heads")         // cue_public.go
	smallCounts        = lexicon.Words(lexicon.Data, "small_counts")        // small_group.go
	kinPlural          = lexicon.Words(lexicon.Data, "kin_plural")          // small_group.go
	knownGroupDets     = lexicon.Words(lexicon.Data, "known_group_dets")    // small_group.go
	addressingWords    = lexicon.Words(lexicon.Data, "addressing")          // cue_rules.go
	coupleSayings      = lexicon.Words(lexicon.Data, "couple")              // gendered_couple.go
	knownLogins        = lexicon.Words(lexicon.Data, "logins")              // cue_credentials.go
	unionMembers       = lexicon.Words(lexicon.Data, "union_members")       // cue_special.go
	denials            = phraseSet("denials")                               // cue_strategy.go
	owingWords         = phraseSet("owing")                                 // surname_alone.go
	caseOpeners        = lexicon.Words(lexicon.Data, "case_openers")        // violence_suffered.go
	oweVerbs           = lexicon.Words(lexicon.Data, "owe_verbs")           // role_fact.go
	moneyUnits         = lexicon.Words(lexicon.Data, "money_units")         // role_fact.go
	sumNumbers         = lexicon.Words(lexicon.Data, "sum_numbers")         // role_fact.go
	descriptionOpeners = lexicon.Words(lexicon.Data, "description_openers") // role_fact.go
)

// phraseSet reads data/words/<name>.txt as folded phrases, their words
// joined by one space as the rules join tokens (« we don t »).
func phraseSet(name string) lexicon.WordSet {
	s := lexicon.WordSet{}
	for _, line := range lexicon.MustList(lexicon.Data, "data/words/"+name+".txt") {
		s[strings.Join(lexicon.EntryWords(line), " ")] = true
	}
	return s
}
