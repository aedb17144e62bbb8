package classify

import "testing"

// A trade names one person: « le seul » or a place with it points at
// one (blocked as indirect identification); a trade in the plural, or an
// indefinite one announced for an event, is whoever comes.
func TestTradesPointAtOnePerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La seule fleuriste de Saint-Amand-Montrond nous prête ses seaux", Blocked, Personal, "indirect"},
		{"Le seul vétérinaire de Lacaune ne répond plus au téléphone", Blocked, Personal, "indirect"},
		{"L'unique apiculteur de Murol a perdu toutes ses ruches", Blocked, Personal, "indirect"},
		{"The only butcher in Much Wenlock gave us the sausages", Blocked, Personal, "indirect"},
		{"Marché de producteurs : maraîchers, fromagers et apiculteurs de la vallée", OK, 0, ""},
		{"Un ostéopathe interviendra sur les gestes et postures samedi", OK, 0, ""},
		{"Visite de la ferme : un éleveur présente son métier, samedi 10h", OK, 0, ""},
	})
}
