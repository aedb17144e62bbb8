package classify

import "testing"

// A fact about someone stays one when « en cours » or « au cours de »
// follows it; a course on the same subject stays public.
func TestOngoingIsNoCourse(t *testing.T) {
	c := New(Rules{})
	for _, tc := range []struct {
		text string
		want Verdict
	}{
		{"Sa demande d'asile est en cours.", Blocked},
		{"Sa demande d'asile a été rejetée, recours en cours.", Blocked},
		{"Son traitement contre le diabète est en cours depuis mars.", Blocked},
		{"Au cours de l'été, sa chimiothérapie a repris.", Blocked},
		{"Cours sur le droit d'asile, ouvert à tous, jeudi 18h.", OK},
		{"Cours de prévention du diabète pour le public, salle B.", OK},
	} {
		if got := c.Classify(tc.text).Verdict; got != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, got, tc.want)
		}
	}
}

// A unit of time said as a rate or a span (« trois fois par semaine »,
// « tout le mois », « d'un mois en clinique ») is no public week or month:
// it no longer hides the health fact after it (marker_not_event.go); a
// public week or month (« la Semaine bleue », « un mois de
// sensibilisation ») still makes its theme a topic.
func TestTimeSpanIsNoPublicEvent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Marcelle va deux fois par semaine au rein artificiel, elle ne tiendra pas la caisse.", Blocked, Sensitive, "health"},
		{"Killian revient d'un mois en clinique psychiatrique, accueillez-le simplement.", Blocked, Sensitive, "health"},
		{"Renée a dû se faire enlever l'utérus, elle manquera tout le mois.", Blocked, Sensitive, "health"},
		{"Un mois de sensibilisation à l'autisme, avec des lectures à la médiathèque.", OK, 0, ""},
		{"Semaine de la santé mentale : projection et débat, entrée libre.", OK, 0, ""},
	})
}

// A unit of time that only dates (« la crise de la semaine ») names no
// public week; « la semaine du goût », « le premier samedi du mois » do.
func TestUnitOfTimeThatDatesIsNoPublicEvent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Bénévole hospitalisé en psychiatrie après la crise de la semaine.", Blocked, Sensitive, "health"},
		{"Atelier sur le diabète pendant la semaine du goût.", OK, 0, ""},
		{"Conférence sur le VIH lors de la journée mondiale de lutte contre le sida.", OK, 0, ""},
		{"Café des aidants : échanger entre proches de malades, le premier samedi du mois.", OK, 0, ""},
	})
}
