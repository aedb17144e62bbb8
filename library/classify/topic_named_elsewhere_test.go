package classify

import "testing"

// A topic asked about, then someone's case in the next sentence, is that
// person's fact; a request about the answer says no one.
func TestTopicThenSomeonesCase(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Qu'est-ce que la maladie de Crohn ? J'en souffre depuis dix ans.", Blocked, Sensitive, "health"},
		{"Qu'est-ce que le VIH ? Mon colocataire l'a.", Blocked, Sensitive, "health"},
		{"Qu'est-ce que le hijab ? Je le porte depuis mes 15 ans.", Blocked, Sensitive, "religion"},
		{"Qu'est-ce que le diabète ? Je voudrais une fiche simple pour notre site.", OK, 0, ""},
		{"Comment rédiger des directives anticipées ? Donne-moi un modèle vierge à distribuer lors de notre atelier.", OK, 0, ""},
		{"Qu'est-ce que le diabète ? Rédige une fiche simple pour notre site.", OK, 0, ""},
		// a subject « je » inside a request still tells of the writer; « je vous » speaks to the reader
		{"Qu'est-ce que la maladie de Crohn ? Explique-moi, j'en souffre.", Blocked, Sensitive, "health"},
		{"What is Crohn's disease? Explain it to me, I have it.", Blocked, Sensitive, "health"},
		// a weak word asked about in English, then someone's case (leak hunt, stop 42)
		{"What is a suspended sentence? My son just got one.", Blocked, Sensitive, "criminal"},
		{"What does probation mean? My son got two years.", Blocked, Sensitive, ""},
		{"Qu'est-ce que le diabète ? Rédige une fiche pour mon association.", OK, 0, ""},
		{"Le cancer du pancréas est l'un des plus difficiles à soigner. Je vous en parle d'expérience.", Blocked, Sensitive, "health"},
		{"Qu'est-ce que la RQTH ? Je vous le dis, j'en ai une.", Blocked, Sensitive, "health"},
		// a word known by its medical ending only (medical_words.go), asked about, then someone's case
		{"What is endometriosis? My doctor thinks I have it.", Blocked, Sensitive, "health"},
		{"C'est quoi une arthroscopie ? Mon fils doit en avoir une la semaine prochaine.", Blocked, Sensitive, "health"},
		{"What is endometriosis? Write a short leaflet for our health fair.", OK, 0, ""},
		{"C'est quoi une arthroscopie ? Explique simplement.", OK, 0, ""},
	})
}
