package classify

import "testing"

// An operation told by what it took out or put in, said of a person, is
// a health fact (category 4). An idiom with « se faire poser », stones
// taken out of a path and an extension for a show keep their verdict.
func TestOperationToldByItsObject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La fille de Mme Vasseur s'est fait retirer la vésicule, elle rentre jeudi.", Blocked, Sensitive, "health"},
		{"Mme Charpentier doit se faire poser une prothèse à l'épaule le 14.", Blocked, Sensitive, "health"},
		{"Tom had his gallbladder out on Monday and won't drive for a fortnight.", Blocked, Sensitive, "health"},
		{"Julie s'est fait poser un lapin samedi.", Blocked, Personal, "name"},
		{"We had the stones removed from the garden path.", OK, Public, ""},
		{"Pour le spectacle, Léa se fait poser des extensions.", OK, Public, ""},
	})
}
