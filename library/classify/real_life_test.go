package classify

import "testing"

// The frames that read a value as a story, an exercise or an appeal to
// its readers infer it from the shape of the text. A review wrote these
// real persons in those shapes (a care home named like a title, a
// heading that is also an order, a floor, the writer's own people, a
// time of real events, a weekly habit, a record number, a sentence
// after the exercise, a case note's summary, a member in apposition, a
// third person in an appeal): each must stay blocked (real_life.go).
func TestInferredFramesKeepRealPersons(t *testing.T) {
	for _, s := range []string{
		"Dans Les Tilleuls, Mme Roux sort de chimio chaque mardi.",
		"Dans Les Tilleuls, Karim, séropositif, vit seul au 3e.",
		"Dans La Roseraie, Paul, alcoolique, dort dans le hall.",
		"Dans Le Clos Fleuri, la dame du 2e bat ses enfants.",
		"In The Willows, Mary, HIV positive, lives alone on the 2nd floor.",
		"In The Willows, Tom Harris was arrested for dealing.",
		"Mise en situation : Fatima vient de sortir de prison et cherche un logement.",
		"Role play: Mary tells the client she is HIV positive.",
		"Role play: Mary, our Tuesday volunteer, tells the client she is HIV positive.",
		"Dictée : Paul, du 3e, est séropositif.",
		"Dictation: Mrs Green at number 12 has cancer.",
		"Exercice : vous êtes bénévole à l'accueil. La dame du 3e gauche est diabétique. Que lui proposez-vous ?",
		"Exercice : vous êtes bénévole. Mme Roux, qui habite au-dessus de la pharmacie, est diabétique. Que faites-vous ?",
		"Exercice : vous êtes écoutant. Ma voisine Mme Roux est séropositive. Que répondez-vous ?",
		"Role play: you are the volunteer. My neighbour Mrs Roux is HIV positive. What do you say?",
		"Exercice : vous êtes écoutant. Mme Roux, qui a appelé hier soir en pleurs, dit qu'elle veut en finir. Que répondez-vous ?",
		"Role play: you are the listener. Tonight's caller, Mrs Roux, said she wants to end it. Answer her.",
		"Exercice : vous êtes bénévole. Mme Diallo, qui vient tous les mardis, est séropositive. Que faites-vous ?",
		"Role play: you are the volunteer. Mary, who comes to the food bank on Tuesdays, is pregnant and was beaten. What do you do?",
		"Exercice : vous êtes bénévole. Mme Roux (dossier n° 2024-118) est diabétique. Que faites-vous ?",
		"Exercice FLE niveau A2 : lisez le texte. Au fait, Mme Benali de l'épicerie est hospitalisée en psychiatrie depuis lundi.",
		"Résumé de l'entretien : Mme Roux, qui sort de l'hôpital psychiatrique, vit seule avec ses deux enfants.",
		"Ciné-goûter : Inès, enceinte, tient la buvette.",
		"Si vous croisez le petit du 3e, dites-lui qu'il peut venir à la permanence : son contrôle judiciaire est levé.",
		"If you see the lad at number 12, you can tell him the drop-in is free now that he is out of prison.",
		"Vous devez rappeler votre fille avant jeudi, sa demande d'asile a été rejetée ; la permanence juridique est gratuite.",
	} {
		if r := New(Rules{}).Classify(s); r.Verdict != Blocked {
			t.Errorf("%q: %v, want blocked: %+v", s, r.Verdict, r.Findings)
		}
	}
}
