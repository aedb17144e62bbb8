package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Some rules asked a word set for each token in turn (« seul »,
// « ancien », « deux », « zéro »…): a string hash and a map probe per
// token and per rule. Each such set is also a word class, given to the
// tokens once when the sentence is tagged, and the rules test the bit.
// The sets stay what they are (word_files.go, data/words/): these are
// their classes, numbered down from the last one so that the classes
// of word_classes.go, numbered up, never meet them.
const (
	cDescribedPersons text.Class = text.MaxClasses - 1 - iota // data/words/described_persons.txt
	cUniqueWords                                              // data/words/unique.txt
	cFormerWords                                              // data/words/former.txt
	cSubjectVerbs                                             // data/words/subject_verbs.txt
	cSmallCounts                                              // data/words/small_counts.txt
	cKinPlural                                                // data/words/kin_plural.txt
	cEventHeads                                               // data/words/event_heads.txt
	cAddressing                                               // data/words/addressing.txt
	cNearbyWords                                              // data/words/nearby.txt
	cSpelledZero                                              // « zéro », "oh": a spelled phone number starts here
	cSpelledDigit                                             // every key of digitWords
	cStoryHeads                                               // data/words/story_heads.txt (titles.go)
	cRolePhraseStart                                          // first words of role_vacancy and role_routine
	cResidenceVerbs                                           // data/words/residence_verbs.txt (street_address.go)
	cFewCounts                                                // data/words/few_counts.txt (gray_pending.go)
	cFewOnly                                                  // data/words/few_only.txt (few_only.go)
	cPerWords                                                 // perWords (few_only.go)
	cReaderWords                                              // readerWords (held_back.go)
	cWeSubjects                                               // data/words/we_subjects.txt (held_back.go)
	cInitialsContext                                          // data/words/initials_context.txt (initials_alone.go)
	cFamilyNouns                                              // familyNouns (particle_names.go)
	cPlaceJoiners                                             // data/words/place_list_joiners.txt (place_lists.go)
	cAnimalWords                                              // data/words/animal_words.txt, and each in the plural with an s (named_things.go)
	cOwingStart                                               // first words of data/words/owing.txt (surname_alone.go)
	cPlusWord                                                 // « plus »: « ne … plus » says a change (gray.go futureChange)
	cLetWord                                                  // "let", of "let … go" (strategy.go findLettingGo)
	cFamousStart                                              // first words of famous_names.txt (famous_names.go)
	cFamousLast                                               // last words of famous_names.txt (famous_names.go)
	cSaintWords                                               // saintWords (markVenues: « Saint-Malo », « St Jean »)
	cAnchorPronouns                                           // anchorPronouns (anchors.go anchorAt)
	cFamilyWords                                              // familyWords (names.go isFamilyWord)
	cFamiliarTitles                                           // familiarTitles (nicknames.go)
	cSurnameParticles                                         // surnameParticles (particle_names.go)
	cNearbyStart                                              // first words of data/words/nearby.txt (described_person.go)
	cCharacterLabels                                          // characterLabels (characters.go)
	cWordnetPersons                                           // data/words/person_nouns_wordnet.txt (wordnet_persons.go)
	cInventedCue                                              // inventedCues (invented_case.go)
	cFrameHeadCue                                             // data/words/teaching_heads.txt, work_heads.txt (teaching_frame.go, work_heading.go)
	cHomePointers                                             // data/words/home_pointers.txt (home_pointed.go)
	cRegisterWords                                            // data/words/register_words.txt (register.go)
	cSecretNames                                              // data/words/secret_name_words.txt (secret_hints.go labelledSecret)
	cRecognitionVerbs                                         // data/words/recognition_verbs.txt (recognised_person.go)
	cSourceWords                                              // data/words/public_sources.txt (public_role.go, public_role_near.go)
	cFrameLinks                                               // frameLinks (fiction_frame.go)
	cProgramme                                                // data/words/cultural_programme.txt (cultural_topic.go onProgramme)
	cLegendHeads                                              // data/words/legend_heads.txt (story_frame.go legendOf)
	cHistoryCue                                               // historyCues (history_frame.go)
	cDayWords                                                 // dayWords: days, feasts, months (month_names.go)
	cCareRooms                                                // data/words/care_rooms.txt (care_room.go)
	cCarePlaces                                               // data/words/care_places.txt (care_room.go)
	cSovereignTitles                                          // data/words/sovereign_titles.txt (sovereign_names.go)
	cOpenInvitation                                           // data/words/open_invitation.txt (announced_event.go)
	cTitleWork                                                // titleWorks and titleWorkWords (title_frame.go, story_frame.go endsOnTitle)
	cShowWords                                                // showWords (story_frame.go endsOnTitle)
	cReaderSubject                                            // readerSubjects: « vous », « tu », "you" (reader_appeal.go)
	cAppealIf                                                 // data/words/appeal_ifs.txt: « si », "if" (reader_appeal.go)
	cReaderOrder                                              // data/words/reader_orders.txt (reader_appeal.go ordersReader)
	cCaseHeads                                                // data/words/case_heads.txt: « cas », "case", "event" (hypothetical.go)
	cClauseJoiner                                             // data/words/clause_joiners.txt (told_after_role.go)
	cBirthdayCue                                              // data/words/birthday_cues.txt (birthday_age.go)
	cPublicDeedVerb                                           // data/words/public_deed_verbs.txt (dated_public_deed.go)
	cOwnVoice                                                 // data/words/own_voice.txt (public_voice.go)
	cPublicVoice                                              // data/words/public_voices.txt (public_voice.go)
	cReportVerb                                               // data/words/report_verbs.txt (public_voice.go)
	cVoiceObject                                              // data/words/voice_object_words.txt (public_voice.go contactedAt)
	cEventLinks                                               // data/words/event_links.txt (named_thing_heads.go markNamedThings)
	cSaidNameVerb                                             // data/words/said_name_verbs.txt (said_name.go)
	cBeliefVerb                                               // data/words/false_belief_verbs.txt (strategy_unaware.go)
	cHidingPurpose                                            // data/words/hiding_purposes.txt (strategy_unaware.go)
	cFavourWord                                               // data/words/favour_words.txt (political_deal.go)
	cOweVerb                                                  // data/words/owe_verbs.txt (role_fact.go owesAnAmount)
	cRenaming                                                 // data/words/renaming_words.txt (grant_reused.go)
	cApplication                                              // applicationWords (grant_reused.go)
	cDealParty                                                // data/words/deal_parties.txt (strategy_unaware.go)
	cFoundOut                                                 // data/words/found_out_verbs.txt (strategy_unaware.go)
	cPublicRoleStart                                          // first words of data/words/public_roles.txt (public_role_near.go rolePhraseEnd)
	cAdviceStart                                              // the "ask" and "heading" words of data/words/advice_openers.txt (advice_question.go)
	cSecretAccount                                            // data/words/secret_accounts.txt (secret_account.go)
	cFamilyNoteKin                                            // data/words/family_note_kin.txt (family_note.go)
	cVisitWords                                               // data/words/visited_places.txt: places and « y », "there" (venue_visited.go)
	lastSetClass                                              // one past the last: the lowest class of this list is lastSetClass+1
)

// The classes of word_classes.go end before these: past them, the
// build fails here.
var _ [int(lastSetClass) + 1 - int(numClasses)]struct{}

// firstWords are the first words of the phrases of the sets (phraseSet):
// a phrase can start only at a token of this class.
func firstWords(sets ...lexicon.WordSet) lexicon.WordSet {
	out := lexicon.WordSet{}
	for _, s := range sets {
		for p := range s {
			w, _, _ := strings.Cut(p, " ")
			out[w] = true
		}
	}
	return out
}

// unionOf is the set of the words of every set.
func unionOf(sets ...lexicon.WordSet) lexicon.WordSet {
	out := lexicon.WordSet{}
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}

// withPlural is the set and each of its words with an s: a token in it
// is a word of the set, or one followed by « s » (animalWords[w] ||
// animalWords[strings.TrimSuffix(w, "s")]).
func withPlural(set lexicon.WordSet) lexicon.WordSet {
	out := lexicon.WordSet{}
	for w := range set {
		out[w], out[w+"s"] = true, true
	}
	return out
}

// setClasses are the word sets read as classes.
func setClasses() map[text.Class]lexicon.WordSet {
	zero, digits := lexicon.WordSet{}, lexicon.WordSet{}
	for w, d := range digitWords {
		digits[w] = true
		if d == '0' {
			zero[w] = true
		}
	}
	return map[text.Class]lexicon.WordSet{
		cDescribedPersons: describedPersons, cUniqueWords: uniqueWords, cFormerWords: formerWords,
		cSubjectVerbs: subjectVerbs, cSmallCounts: smallCounts, cKinPlural: kinPlural,
		cEventHeads: eventHeads, cAddressing: addressingWords, cNearbyWords: nearbyWords,
		cSpelledZero: zero, cSpelledDigit: digits,
		cStoryHeads:       storyHeads,
		cRolePhraseStart:  firstWords(roleVacancy, roleRoutine),
		cResidenceVerbs:   residenceVerbs,
		cFewCounts:        fewCounts,
		cFewOnly:          fewOnly,
		cPerWords:         perWords,
		cReaderWords:      readerWords,
		cWeSubjects:       weSubjects,
		cInitialsContext:  initialsContext,
		cFamilyNouns:      familyNouns,
		cFamilyNoteKin:    familyNoteKin,
		cPlaceJoiners:     placeJoiners,
		cAnimalWords:      withPlural(animalWords),
		cOwingStart:       firstWords(owingWords),
		cPlusWord:         {"plus": true},
		cLetWord:          {"let": true},
		cFamousStart:      famousLists().starts,
		cFamousLast:       famousLists().lasts,
		cSaintWords:       saintWords,
		cAnchorPronouns:   anchorPronouns,
		cFamilyWords:      familyWords,
		cFamiliarTitles:   familiarTitles,
		cSurnameParticles: surnameParticles,
		cNearbyStart:      firstWords(nearbyWords),
		cCharacterLabels:  characterLabels,
		cWordnetPersons:   lexicon.Words(lexicon.Data, "person_nouns_wordnet"), // wordnet_persons.go
		cInventedCue:      inventedCues,
		cFrameHeadCue:     lexicon.Words(lexicon.Data, "teaching_heads", "work_heads"),
		cHomePointers:     homePointers,
		cRegisterWords:    registerWords,
		cSecretNames:      secretNameWords,
		cRecognitionVerbs: recognitionVerbs,
		cSourceWords:      sourceWords,
		cFrameLinks:       frameLinks,
		cProgramme:        culturalProgramme,
		cLegendHeads:      legendHeads,
		cHistoryCue:       historyCues,
		cDayWords:         dayWords,
		cCareRooms:        careRooms,
		cCarePlaces:       carePlaces,
		cSovereignTitles:  sovereignTitles,
		cOpenInvitation:   openInvitation,
		cTitleWork:        unionOf(titleWorks, titleWorkWords),
		cShowWords:        showWords,
		cReaderSubject:    readerSubjects,
		cAppealIf:         lexicon.Words(lexicon.Data, "appeal_ifs"),
		cReaderOrder:      readerOrders,
		cCaseHeads:        lexicon.Words(lexicon.Data, "case_heads"),
		cVisitWords:       visitWords(),
		cClauseJoiner:     clauseJoiners,
		cBirthdayCue:      birthdayCues,
		cPublicDeedVerb:   publicDeedVerbs,
		cSecretAccount:    secretAccounts,
		cOwnVoice:         ownVoice,
		cPublicVoice:      publicVoices,
		cReportVerb:       reportVerbs,
		cVoiceObject:      contactVerbs,
		cEventLinks:       lexicon.Words(lexicon.Data, "event_links"),
		cSaidNameVerb:     saidNameVerbs,
		cBeliefVerb:       beliefVerbs,
		cHidingPurpose:    hidingPurposes,
		cFavourWord:       favourWords,
		cOweVerb:          oweVerbs,
		cRenaming:         renamingWords,
		cApplication:      applicationWords,
		cDealParty:        dealParties,
		cFoundOut:         foundOutVerbs,
		cPublicRoleStart:  firstWords(publicRoles),
		cAdviceStart:      unionOf(adviceAsks, adviceHeadings),
	}
}
