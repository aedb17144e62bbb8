package classify

import "testing"

// A friend of the subject's gender named in quotation marks after « vit
// avec », "lives with" hints at a partner: an orientation, category 4. A
// friend without quotation marks, or a quoted friend who is named, is a
// friend.
func TestPartnerHintedByQuotationMarks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tu sais, la prof de chant, celle qui vit avec « son amie » depuis quinze ans, elle préfère qu'on n'en parle pas.", Blocked, Sensitive, "sexuality"},
		{"Le boulanger vit avec « son ami » depuis toujours, il ne s'en cache plus.", Blocked, Sensitive, "sexuality"},
		{"Our neighbour lives with her \"friend\" and she doesn't want people to know.", Blocked, Sensitive, "sexuality"},
		{"Elle vient avec son amie à l'atelier de couture.", OK, 0, ""},
		{"Il a cité « son ami » Victor Hugo dans son discours.", Blocked, Personal, "name"},
	})
}
