package classify

import "testing"

// The English side of French mechanisms (issue 7, section 4, "English
// texts at the same level as French ones"): each case pairs a public
// English sentence that French already passes in its own words with a
// look-alike about a person that must stay blocked.

// « la campagne de Marcus Rashford » passes; "Marcus Rashford's campaign"
// is the same author link in English order (famous_possessive.go).
func TestEnglishPossessiveIsAnAuthorLink(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Marcus Rashford's campaign on free school meals inspired our breakfast club.", OK, 0, ""},
		{"Emma Raducanu's win at the US Open got our junior tennis group excited.", OK, 0, ""},
		{"Paul McCartney's daughter asked for a refund of her ticket.", Blocked, Personal, "name"},
		{"Emma Raducanu's mobile: 07700 900123", Blocked, Personal, ""},
		{"Emma Raducanu will bring the cake on Saturday.", Blocked, Personal, "name"},
		{"Paul McCartney's divorce is taking its toll.", Blocked, Personal, "name"},
	})
}

// famous_context.txt, famous_events.txt and public_events.txt had the
// French words of works and events and only some of their English
// counterparts.
func TestEnglishWordsOfWorksAndEvents(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Paul McCartney played a surprise gig in Liverpool; write a post for our music club.", OK, 0, ""},
		{"Poetry evening: we read Maya Angelou and talk about her legacy.", OK, 0, ""},
		{"Rosa Parks debate night for teenagers, Friday 7pm.", OK, 0, ""},
		{"Paul McCartney played the piano at our Tuesday session and needs a lift home.", Blocked, Personal, "name"},
		{"Rosa Parks from the debate club will bring the chairs.", Blocked, Personal, "name"},
		{"Rosa Parks from the book club will bring the chairs.", Blocked, Personal, "name"},
		{"Marie Curie du club de lecture apportera les chaises.", Blocked, Personal, "name"},
	})
}

// English capitalises the days in the plural and the languages as it
// does nationalities: « les mercredis », « cours d'anglais » are no names,
// nor are "Wednesdays" and "with English lessons" (day_names.txt,
// languages.txt in the class of demonyms.txt).
func TestEnglishDaysAndLanguagesAreNoSurnames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"We support asylum seekers and refugees with English lessons and legal advice.", OK, 0, ""},
		{"Homework club with Arabic and Tamil speakers, Wednesdays 4pm.", OK, 0, ""},
		{"Knitting circle for beginners, Wednesdays; bring your own needles.", OK, 0, ""},
		{"Check with English if the van is free on Saturday.", Blocked, Personal, "name"},
		{"Amira is Somali and arrived last year with her two sons.", Blocked, Sensitive, "origin"},
	})
}

// British English calls the family doctor's practice "the surgery"
// (care_venue.go): a place where a public service is given, in a
// sentence that names no one; the operation of a person stays a fact.
func TestEnglishSurgeryAsThePractice(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"NHS flu jabs available at the surgery for over-65s, no appointment needed.", OK, 0, ""},
		{"The dental surgery on Mill Lane is taking NHS patients again.", OK, 0, ""},
		{"Surgery hours change from 1 April.", OK, 0, ""},
		{"Mrs Patel is at the surgery this morning.", Blocked, Sensitive, "health"},
		{"After the surgery she needs a lift home.", Blocked, Sensitive, "health"},
		{"Surgery next week for Tom, he'll be off for a month.", Blocked, Sensitive, "health"},
	})
}

// British English quotes a title between single quotes: "in 'Of Mice and
// Men', Lennie…" is inside a work as « dans « Des souris et des hommes »,
// Lennie… » is (fiction_frame_quotes.go). A real person told in a real
// work, or a cast with contact details, stays a person.
func TestEnglishSingleQuotedTitleFramesAWork(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"In 'Of Mice and Men', Lennie Small dreams of a farm with George Milton.", OK, 0, ""},
		{"In ‘Matilda’, Miss Trunchbull throws a girl by her pigtails.", OK, 0, ""},
		{"In 'The Guardian', Sarah Jones says she was sacked.", Blocked, 0, "name"},
		{"In 'Our Street', Mrs Cole from number 12 tells how her husband beat her.", Blocked, Sensitive, "name"},
		{"In 'Matilda', Miss Trunchbull is played by our volunteer Anne Baker, 07700 900123.", Blocked, Personal, "name"},
	})
}

// The author after a title in single quotes is the work's, as after a
// title in « » (work_author.go): "'Small Island' by Andrea Levy" is « «
// Small Island » d'Andrea Levy ». "Storytime" is « l'heure du conte ».
// An author with an age or a tie to the association stays a person.
func TestEnglishAuthorAfterASingleQuotedTitle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Book club pick: 'Small Island' by Andrea Levy; we meet at the library on the 3rd.", OK, 0, ""},
		{"Storytime: \"Where the Wild Things Are\" by Maurice Sendak, Saturday morning.", OK, 0, ""},
		{"Storytime: 'My Grandad's Garden' by Ella Booth, aged 9, read by her class.", Blocked, Personal, "name"},
		{"Our volunteer Andrea Levy will read 'Small Island' aloud on Wednesday; her number is 07700 900321.", Blocked, Personal, ""},
	})
}

// British English writes an elected office in letters after the name
// ("Daniel Price MP"), and its verbs of a public act in the past tense,
// which folding does not give as it gives « a visité » from « visite »
// (public_role_postnominal.go, public_act_verbs.txt). The guards of a
// public role stay: a private fact, contact details, a tie to us.
func TestEnglishPostnominalOfficeAndPastActs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Daniel Price MP will open the fair on Saturday.", OK, 0, ""},
		{"Daniel Price MP visited the food bank on Friday.", OK, 0, ""},
		{"The Mayor, Cllr Rita Lowe, unveiled the plaque at the library.", OK, 0, ""},
		{"Daniel Price MP is going through a divorce.", Blocked, Personal, "name"},
		{"Daniel Price MP, 07700 900123, wants a tour of the hall.", Blocked, Personal, ""},
		{"Our treasurer Daniel Price MP will bring the float.", Blocked, Personal, "name"},
		{"Sue Barker opened the cake stall and then went to hospital.", Blocked, Sensitive, ""},
	})
}

// change_words.txt had the French words of a change and few of their
// English counterparts, which English inflects apart (« supprimé »
// scrapped, « réduit » reduced): a rumour of one is internal news.
func TestEnglishRumourOfAChange(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Apparently the Lions Club is thinking of pulling their funding.", Doubt, 0, ""},
		{"Heard the council might scrap the bus route to the centre next year.", Doubt, 0, ""},
		{"Reduced prices for students and over-60s at the jumble sale.", OK, 0, ""},
		{"The club is recruiting new players for the under-12s.", OK, 0, ""},
	})
}

// English names a venue by a noun before its head: "the church hall",
// "the mosque car park" are rooms every association books, as « la salle
// paroissiale » (worship_place.go), beside a name that blocks anyway;
// going to church stays a faith, and a person only described keeps it.
func TestEnglishWorshipPremisesAreAVenue(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mrs Cole will meet us at the church hall at 10.", Blocked, Personal, "name"},
		{"Mrs Cole will meet us at the mosque car park.", Blocked, Personal, "name"},
		{"Mrs Cole goes to church every Sunday.", Blocked, Sensitive, "religion"},
		{"Mrs Cole sings in the church choir.", Blocked, Sensitive, "religion"},
		{"Mrs Cole prays at the mosque every Friday.", Blocked, Sensitive, "religion"},
		{"The man who sleeps in the church porch has been drinking again.", Blocked, 0, ""},
	})
}

// British "coach" is also the bus of an outing and "chair" a seat
// (thing_sense.go): "Coach trip to the seaside" points at no one; a
// trainer or a chairperson with a name or a fact stays a person.
func TestEnglishCoachAndChairAsThings(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Coach trip to the seaside on 14 July, £12 including lunch.", OK, 0, ""},
		{"Book your seat on the coach by Friday.", OK, 0, ""},
		{"Bring a folding chair and a picnic.", OK, 0, ""},
		{"Our coach Darren will run the session.", Blocked, Personal, "name"},
		{"Our coach is going through a divorce.", Blocked, Personal, ""},
		{"Our board chair has cancer.", Blocked, Sensitive, ""},
		{"The minutes were approved by the chair, who is off sick.", Blocked, 0, ""},
	})
}

// The words that leave a matter open had « à confirmer », « à valider »,
// « à revoir » and few English counterparts ("to be confirmed", "to be
// approved", "to be looked into"): as a clause of their own they leave
// the matter just told open. A poster's "venue to be confirmed" stays
// public, as « lieu à confirmer » does.
func TestEnglishMatterLeftOpen(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The landlord says the rent could drop if we sign for three years, to be confirmed.", Doubt, 0, ""},
		{"Printer sent two quotes for the new banner, to be looked into.", Doubt, 0, ""},
		{"Summer fair on 12 July, venue to be confirmed.", OK, 0, ""},
		{"Quiz night in March, date to be confirmed, all welcome!", OK, 0, ""},
	})
}

// English surnames that are place words (Lane, Church, Bridge) passed as
// places after a first name ("Emma Lane" read as a street): called or
// acting, the first name and the place word are a person's name
// (place_or_person.go). A place named so stays a place.
func TestEnglishPlaceWordSurnames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Please call Emma Lane about the keys.", Blocked, Personal, "name"},
		{"Emma Lane will bring the float.", Blocked, Personal, "name"},
		{"Ask Jack Bridge for the van keys.", Blocked, Personal, "name"},
		{"Tom Church has offered to drive.", Blocked, 0, "name"},
		{"Emma Street is closed for roadworks.", OK, 0, ""},
		{"Victoria Station will be closed on Sunday.", OK, 0, ""},
		{"Meet us at Hope Street community fridge.", OK, 0, ""},
	})
}

// kin_words.txt had « mère », « père », « grand-mère », « voisin » and
// not "mother", "father", "grandmother", "neighbour": « la mère du
// garçon au manteau bleu » was one person, "the mother of the boy in the
// blue coat" nobody. Mother's Day and Father Christmas stay public.
func TestEnglishKinWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The mother of the boy in the blue coat asked about the trip.", Blocked, Personal, ""},
		{"Mother's Day craft workshop for children, Saturday 10am.", OK, 0, ""},
		{"Father Christmas will visit the playgroup on 20 December!", OK, 0, ""},
		{"Grandparents' afternoon tea at the school, all welcome.", OK, 0, ""},
	})
}

// A person noun that qualifies the English noun after it ("our volunteer
// line", "our partner libraries", "the carer support group") names no
// one; the same noun before a verb still does.
func TestPersonNounInAnEnglishCompoundNamesNoOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ring our volunteer line to book a slot at the food bank.", OK, 0, ""},
		{"Send the programme to our partner schools before half-term.", OK, 0, ""},
		{"The carer support group moves to the library on Thursdays.", OK, 0, ""},
		{"Our volunteer has been signed off with depression.", Blocked, Sensitive, "health"},
	})
}

// A place of worship named after a place or a faith ("the West London
// Synagogue", "the Quaker Meeting House", "the Methodist Church Hall") is
// a venue the association books; a person said to belong to that faith
// is not.
func TestNamedPlaceOfWorshipIsAVenue(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Choir concert at the North Leeds Synagogue on Sunday.", OK, 0, ""},
		{"Coffee morning at the Quaker Meeting House, all welcome.", OK, 0, ""},
		{"Jumble sale at the Methodist Church Hall on Saturday.", OK, 0, ""},
		{"Tom is a Quaker and will not swear the oath.", Blocked, Sensitive, "religion"},
	})
}
