package classify

import "testing"

// In English, a place named after someone stands after a preposition of
// place ("in Victoria Park", "at Winston Hall") as after "the"; a person
// is met "with" someone, and "at Emma Park's place" is hers.
func TestPlaceNamedAfterSomeoneAfterAPreposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Our Pride picnic is on 28 June in Victoria Park, everyone welcome.", OK, 0, ""},
		{"Meet at Clarence Park at 10am.", OK, 0, ""},
		{"Tea dance at Winston Hall, 2pm.", OK, 0, ""},
		{"I had lunch with Emma Lane.", Blocked, Personal, "name"},
		{"Drinks at Emma Park's place on Friday.", Blocked, Personal, "name"},
		{"Meeting at Tom Church's flat.", Blocked, 0, "name"},
		{"Rendez-vous à Victoria Park avec Emma Lane.", Blocked, Personal, "name"},
		{"I was near Coach Tom Field when he collapsed with chest pain.", Blocked, 0, "name"},
		{"I stood outside Jack Hall for an hour; he would not open the door.", Blocked, 0, "name"},
	})
}

// A first name and a place word with nothing before them that makes them
// a place or a person are either: a doubt, not a pass.
func TestPlaceOrPersonUnsaidIsADoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Sit next to Emma Lane.", Doubt, Personal, "name"},
		{"Please sit beside Emma Lane at the meeting.", Doubt, Personal, "name"},
	})
	runRuleCases(t, []ruleCase{
		{"Meet at Penny Lane.", OK, 0, ""},
		{"The hall is on George Street.", OK, 0, ""},
	})
}
