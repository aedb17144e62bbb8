package classify

import "tamis/library/classify/text"

// The sentence rules run as an ordered list of stages over tokens that
// already carry their word classes (tagSentence). A stage that needs a
// word class skips a sentence without one: on short values most stages
// read nothing. Later stages read what earlier ones found (names,
// anchors, consumed tokens), so the order matters.

// stage is one step of the sentence pass. Each stage declares its
// triggers next to its function: the word classes (needs) and the phrase
// dictionaries (dicts) without which it finds nothing, a digit, or
// always. The engine calls only the stages whose triggers the sentence
// holds; the tests of dispatch_test.go check that every stage declares
// one, and that the outputs are the same when every stage runs on every
// sentence.
type stage struct {
	name   string
	needs  text.ClassSet // a word of one of these classes
	dicts  uint32        // or an entry of one of these dictionaries (dictsOf)
	digits bool          // a token holding a digit
	always bool          // every sentence: the stage has no class trigger
	run    func(*analysis)

	bare bool // neither needs nor dicts (set by init): runs whenever digits allows
}

// wanted reports whether the sentence holds what the stage needs. It is
// asked of every stage for every sentence: a few word operations.
func (st *stage) wanted(a *analysis) bool {
	if st.always {
		return true
	}
	if st.digits && !a.digits {
		return false
	}
	n, s := &st.needs, &a.sentCls
	x := n[0]&s[0] | n[1]&s[1] | n[2]&s[2] | n[3]&s[3] // asked 30 times a sentence: no loop
	return x != 0 || st.dicts&a.dictHits != 0 || st.bare
}

func init() {
	for k := range sentenceStages {
		st := &sentenceStages[k]
		st.bare = st.needs == text.ClassSet{} && st.dicts == 0 // no trigger declared: run (the tests say so)
	}
}

// wanted reads a ClassSet as four words (text.MaxClasses / 64).
var _ [len(text.ClassSet{}) - 4]struct{}
var _ [4 - len(text.ClassSet{})]struct{}

// A stage's dicts hold one bit per dictionary.
var _ [32 - numDicts]struct{}

// dictsOf is the set of the given phrase dictionaries, for stage.dicts.
func dictsOf(ds ...dictID) uint32 {
	var s uint32
	for _, d := range ds {
		s |= 1 << d
	}
	return s
}

// classesOf is the set of the given classes.
func classesOf(cs ...text.Class) text.ClassSet {
	var s text.ClassSet
	for _, c := range cs {
		s.Add(c)
	}
	return s
}

// sentenceStages are the sentence rules, in the order they run.
var sentenceStages = []stage{
	{name: "lists", always: true, run: (*analysis).applyLists},                            // the association's allow and deny lists
	{name: "direct", always: true, run: (*analysis).collectDirect},                        // identifiers found by the byte scanner
	{name: "sentence-ids", digits: true, run: (*analysis).findSentenceIDs},                // IP addresses, codes, body identifiers
	{name: "dotted-handle", run: (*analysis).findDottedHandle, needs: classesOf(cHandle)}, // handle_dotted.go: « son insta c'est lucie.dvl »
	{name: "named-handle", digits: true, run: (*analysis).findNamedHandle},                // handle_dotted.go: « c lucas_dr2011 je crois »
	{name: "number-shapes", digits: true, run: (*analysis).findNumberShapes},              // identifier_shapes.go
	{name: "word-shapes", run: (*analysis).findWordShapes, needs: classesOf(cSpelledNumber)},
	{name: "spelled-code", run: (*analysis).findSpelledCode, needs: classesOf(cCodeWord)}, // spelled_code.go: « code : trois, neuf, zéro, six »
	{name: "names", always: true, run: (*analysis).findNames},
	{name: "initials", run: (*analysis).findInitialsAlone, needs: classesOf(cInitialsContext)},
	{name: "name-list", run: (*analysis).findNameList, needs: classesOf(cFirst)},
	{name: "anchors", always: true, run: (*analysis).findAnchors},          // the persons the sentence is about
	{name: "person-siret", digits: true, run: (*analysis).findPersonSIRET}, // person_siret.go: « le SIRET de ma micro-entreprise »
	{name: "special", run: (*analysis).findSpecial, // special categories about a person
		dicts: dictsOf(dSpecial), needs: classesOf(cCouple, cSameSex, cPartner, cScan, cJeune)},
	// venue_visited.go: « Le CeGIDD est au 2e étage. Un de nos jeunes y est allé hier. »
	{name: "venue-visited", run: (*analysis).findVenueVisited, needs: classesOf(cVisitWords)},
	// religious_title.go: « Sœur Odile, du couvent »
	{name: "religious-title", run: (*analysis).findReligiousTitle, needs: classesOf(cConsecrated)},
	// substance_use.go: « un souci avec la bouteille »
	{name: "substance-use", run: (*analysis).findSubstanceUse, needs: classesOf(cSubstance)},
	// violence_suffered.go: « son mari la frappait »
	{name: "violence-suffered", run: (*analysis).findViolenceSuffered, needs: classesOf(cBeating)},
	// sentence_served.go: « il a pris deux ans ferme »
	{name: "sentence-served", run: (*analysis).findSentenceServed, needs: classesOf(cServed)},
	// police_path.go: « il a été arrêté hier soir », "got picked up by police"
	{name: "police-path", run: (*analysis).findPolicePath, needs: classesOf(cPoliceAct), dicts: dictsOf(dSpecial)},
	// care_room.go: « chambre 214 à la clinique du Parc »
	{name: "care-room", run: (*analysis).findCareRoom, digits: true},
	// room_note.go: « Chambre 12 : chute hier soir »
	{name: "room-note", run: (*analysis).findRoomNote, needs: classesOf(cCareRooms), digits: true},
	// former_first_name.go: « Noah, né Noémie »
	{name: "former-first-name", run: (*analysis).findFormerFirstName, needs: classesOf(cFirst)},
	// care_stay.go: « est à la clinique du Parc », "Tom's in the Royal Infirmary"
	{name: "care-stay", run: (*analysis).findCareStay, needs: classesOf(cCareStay)},
	// surgery_done.go: « s'est fait retirer la vésicule », "had his gallbladder out"
	{name: "surgery-done", run: (*analysis).findSurgeryDone, needs: classesOf(cSurgeryObject, cOrgan)},
	// organ_failing.go: « ses reins lâchent », "his liver is shot", « une boule au sein »
	{name: "organ-failing", run: (*analysis).findOrganFailing, needs: classesOf(cOrgan, cSurgeryObject)},
	// injury_told.go: « s'est blessé au genou », "broke his leg"
	{name: "injury-told", run: (*analysis).findInjuryTold, needs: classesOf(cLimb, cOrgan)},
	{name: "drinking-told", run: (*analysis).findDrinkingTold, needs: classesOf(cDrinkVerb)}, // drinking_told.go: « Il boit, le nouveau du théâtre »
	// medical_words.go: « sort de sa coloscopie », "her tonsillitis"
	{name: "medical-words", always: true, run: (*analysis).findMedicalWords},
	{name: "misspelt-special", always: true, run: (*analysis).findMisspeltSpecial}, // misspelt_special.go: « seropositve », "alchoholic"
	{name: "same-gender-partner", always: true, run: (*analysis).findSameGenderPartner},
	{name: "quoted-partner", run: (*analysis).findQuotedPartner, needs: classesOf(cPartnerLinks)},
	{name: "strategy", run: (*analysis).findStrategy, // the association's confidential matters
		dicts: dictsOf(dStrategy, dGrantIntent), needs: classesOf(cAccount, cContract, cPersonMoney, cLetWord)},
	{name: "origin-of", run: (*analysis).findOriginOf, // origin_of.go: « she is Nigerian »
		needs: classesOf(cDemonym)},
	{name: "arrival-from", run: (*analysis).findArrivalFrom, // arrival_from.go: « arrivée de Bosnie en 2019 »
		needs: classesOf(cArrival)},
	{name: "unnamed-strategy", run: (*analysis).findUnnamedStrategy, // margins, suspicions, poaching
		needs: classesOf(cMargin, cOpening, cRefused, cResubmit, cFraud, cRecruit, cSuspicion, cMisuse, cBelief)},
	{name: "tender-bid", run: (*analysis).findTenderBid, needs: classesOf(cOpening, cRival)},
	{name: "indirect", always: true, run: (*analysis).findIndirect},
	{name: "role-fact", run: (*analysis).findRoleFact, needs: classesOf(cRole, cPerson), dicts: dictsOf(dCue)}, // role_fact.go: « le cuistot est payé de la main à la main », « la dame du club nous doit trente euros »
	{name: "code-profile", always: true, run: (*analysis).findCodeProfile},
	{name: "kin-of-role", run: (*analysis).findKinOfRole, needs: classesOf(cKin)},
	{name: "street-address", run: (*analysis).findStreetAddress, needs: classesOf(cResidenceVerbs, cHomePointers)},
	{name: "apposed-address", run: (*analysis).findApposedAddress, digits: true},                                           // apposed_address.go: « Paul Durand, 7 impasse des Roses »
	{name: "home-unit", run: (*analysis).findHomeUnit, needs: classesOf(cSpot), digits: true},                              // home_unit.go: « bât. C, appt 24 »
	{name: "guest-lodging", run: (*analysis).findGuestLodging, needs: classesOf(cSpot), digits: true},                      // guest_room.go: « l'artiste dort à l'hôtel, chambre 12 »
	{name: "residence-landmark", run: (*analysis).findResidenceLandmark, needs: classesOf(cResidenceVerbs, cHomePointers)}, // residence_landmark.go
	{name: "residence-postcode", run: (*analysis).findResidencePostcode, needs: classesOf(cResidenceVerbs, cHomePointers)}, // residence_postcode.go
	{name: "gray", run: (*analysis).findGray, // the gray zone: gray.go
		dicts: dictsOf(dGray), needs: classesOf(cClosing, cChange, cPlusWord, cConditional, cDecision, cOrg, cRelation,
			cPerson, cPopulation, cStatPopulation, cPhoto)},
	{name: "internal-news", run: (*analysis).findInternalNews, // falls, tension, awaited answers
		needs: classesOf(cFall, cActivity, cPopulation, cPerson, cTension, cPending)},
	{name: "keywordless", always: true, run: (*analysis).findWithoutKeyword}, // cue_rules.go: text without a keyword
	// strategy_unaware.go: « le bailleur pense qu'on… », « avant que la fondation ne voie… »
	{name: "unaware-party", always: true, run: (*analysis).findUnawareParty},
	// special_late_names.go: « les Benhamou mangent casher »
	{name: "special-late-names", run: (*analysis).findSpecialOfLateNames, dicts: dictsOf(dSpecial)},
	// couple_together.go: « les deux animateurs sont ensemble »
	{name: "together-as-couple", run: (*analysis).findTogetherAsCouple, needs: classesOf(cCouple)},
	// account_statement.go: « entrée 15 000 €, sortie 6 730 €, solde 2 118 € »
	{name: "account-statement", run: (*analysis).findAccountStatement, needs: classesOf(cAccount)},
	// register.go: « liste des bénévoles musulmans »
	{name: "register", run: (*analysis).findRegisterOfPeople, dicts: dictsOf(dSpecial)},
	{name: "unsettled-affairs", run: (*analysis).findUnsettledAffairs, // gray_affairs.go: « la mairie réduirait », "we might"
		needs: classesOf(cBoard, cActivity, cFunding, cOrg, cPartnerBody, cOwnPeople, cDecision), dicts: dictsOf(dAffair, dCue)},
	// gray_open_tail.go: « …, à étudier. », "Still unclear."
	{name: "open-tail", run: (*analysis).findOpenTail, dicts: dictsOf(dPending)},
	// gray_told_later.go: « je vous le montre samedi »
	{name: "told-later", run: (*analysis).findToldLater, dicts: dictsOf(dPending)},
	// gray_marked_internal.go: « note interne »
	{name: "marked-internal", run: (*analysis).findMarkedInternal, dicts: dictsOf(dPending)},
	// gray_feedback.go: « retours plutôt négatifs »
	{name: "bad-feedback", run: (*analysis).findBadFeedback, dicts: dictsOf(dPending)},
	// gray_open_question.go: « on répond ou pas ? »
	{name: "open-question", run: (*analysis).findOpenQuestion, dicts: dictsOf(dPending)},
	// gray_in_progress.go: « sélection en cours »
	{name: "in-progress", run: (*analysis).findInProgress, dicts: dictsOf(dPending)},
	// gray_public_trend.go: « plus de jeunes à la rue cet hiver »
	{name: "public-trend", run: (*analysis).findPublicTrend, dicts: dictsOf(dPending)},
	{name: "past-incident", run: (*analysis).findPastIncident, needs: classesOf(cIncidentNoun)}, // gray_incident.go: « l'incident de samedi »
	// gray_incident_tense.go: « ont été volés »
	{name: "damage-done", run: (*analysis).findDamageDone, dicts: dictsOf(dPending)},
	{name: "roles-without-person", run: (*analysis).dropRolesWithoutPerson, needs: classesOf(cRolePhraseStart)}, // elections, vacancies, routine tasks
	{name: "held-back", run: (*analysis).findHeldBack, needs: classesOf(cDisclose)},                             // held_back.go: « pas encore annoncé »
	{name: "published-statistic", run: (*analysis).dropPublishedStatistic, needs: classesOf(cSurvey)},           // published_statistic.go: « enquête 2024 »
	// announced_event.go: « ouvert à toutes les personnes seules, le 24 »
	{name: "announced-event", run: (*analysis).dropAnnouncedEventDoubts, needs: classesOf(cAddressing, cPopulation, cPerson)},
	{name: "animals", run: (*analysis).dropAnimalFacts, needs: classesOf(cAnimalWords)}, // named_things.go: an animal up for adoption
	{name: "street-words", always: true, run: (*analysis).dropSpecialInAddress},         // street_name_words.go: « 4 Church Street »
	{name: "characters", always: true, run: (*analysis).dropCharacterRoles},             // characters.go: « Personnage : la dame en noir »
	{name: "few-only", run: (*analysis).findFewOnly, needs: classesOf(cPopulation)},     // few_only.go: « seules trois personnes »
	// invented_case.go, fiction_frame.go: « Cas fictif : Mme Lambert, 82 ans », « dans « Madame Bovary », Emma… »
	{name: "invented", always: true, run: (*analysis).dropInventedPersons},
	{name: "historic", always: true, run: (*analysis).dropHistoricFacts},   // history_frame.go: « condamné au bagne en 1905 »
	{name: "body-birth", always: true, run: (*analysis).noteBodyBirthYear}, // org_birth.go: « Le club, né en 1998 »
	// reader_appeal.go: « Vous êtes diabétique ? Venez découvrir nos recettes »
	{name: "reader-appeal", always: true, run: (*analysis).noteReaderAppeal},
	// specialist_trade.go: « le Dr Morel, cardiologue au CHU »
	{name: "specialist-trade", run: (*analysis).dropSpecialistTrades, dicts: dictsOf(dSpecial)},
	// cited_source.go: « selon Santé publique France »
	{name: "cited-source", run: (*analysis).dropCitedSourceDoubts, dicts: dictsOf(dPending)},
	// public_voice.go: « L'État a mis fin au dispositif », "the minister said … still unclear"
	{name: "public-voice", always: true, run: (*analysis).dropPublicVoiceGray},
	{name: "national-scope", always: true, run: (*analysis).dropNationalAggregate}, // national_scope.go
	// general_question.go: « Comment gérer un conflit entre deux bénévoles ? »
	{name: "general-question-gray", always: true, run: (*analysis).dropGeneralQuestionGray},
	// public_heading.go: « Texte de la banderole : … »
	{name: "public-heading", always: true, run: (*analysis).dropDoubtsUnderPublicHeading},
	// public_role.go: « le maire X inaugurera le jardin », "guest speaker X will speak"
	{name: "public-role", always: true, run: (*analysis).dropPublicRoleNames},
	{name: "carry", always: true, run: (*analysis).notePerson}, // carried_person.go: the person, for the next sentences
	// kept_secret.go: « ne partagez pas ce chiffre avec les adhérents »
	{name: "kept-secret", run: (*analysis).findKeptSecret, needs: classesOf(cDisclose, cTell)},
	// held_matter.go: « on ferme l'antenne, on l'annonce seulement après l'AG »
	{name: "held-matter", run: (*analysis).findHeldMatter, dicts: dictsOf(dCue, dPending), needs: classesOf(cDisclose, cTell)},
	// strategy_untold.go: « on le dit pas tant que les adhésions sont pas rentrées », "she hasn't been told"
	{name: "untold-plan", run: (*analysis).findUntoldPlan, dicts: dictsOf(dUntold)},
	// strategy_off_books.go: « les dons ne sont pas comptabilisés, on s'en sert pour… »
	{name: "money-off-books", run: (*analysis).findMoneyOffBooks, dicts: dictsOf(dUntold)},
	// strategy_copied.go: « on recopie la trame de leur dossier »
	{name: "copied-work", run: (*analysis).findCopiedWork, dicts: dictsOf(dUntold)},
	// strategy_padded.go: « on met 45 participants alors qu'on en a eu 19 »
	{name: "padded-figures", run: (*analysis).findPaddedFigures, dicts: dictsOf(dUntold)},
}
