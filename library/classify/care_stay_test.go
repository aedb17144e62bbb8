package classify

import "testing"

// A person staying in, entering or taken to a place of care is a health
// fact (category 4). Working there, a vet's clinic, a garden of a clinic
// and a place without a person keep their verdict.
func TestStayInAPlaceOfCare(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La maman de Léo est à la clinique du Parc jusqu'à vendredi.", Blocked, Sensitive, "health"},
		{"Jules est entré en Ehpad en mars, sa fille gère ses affaires.", Blocked, Sensitive, "health"},
		{"Tom's in the Royal Infirmary till Friday, ward 12.", Blocked, Sensitive, "health"},
		{"Lucien a été transporté au CHU en ambulance pendant le loto.", Blocked, Sensitive, "health"},
		{"Joanne has her appointments at the memory clinic on Fridays.", Blocked, Sensitive, "health"},
		{"Elle est à la clinique vétérinaire avec son chien, elle arrive après.", Doubt, Personal, "indirect"},
		{"He is in the clinic garden planting roses with the kids.", OK, Public, ""},
		{"Le bus de la sortie passe à l'hôpital à 9 h.", OK, Public, ""},
		{"Karim was a hospital porter for twenty years.", Blocked, Personal, "name"},
	})
}

// Leaving a place of care tells the stay; staff of a hospital do not stay.
func TestLeavingAPlaceOfCare(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mrs Hale was discharged from hospital on Monday.", Blocked, Sensitive, "health"},
		{"Il est sorti des urgences mardi, on le rappelle demain.", Blocked, Sensitive, "health"},
		{"La sortie de l'hôpital se fait par la rue Pasteur.", OK, Public, ""},
	})
}

// The holder of a unique office (« le maire », « le curé », "the mayor")
// is one person: their stay in a place of care, or their arrest, is a
// fact about them. The office holder's public act at the same place is
// not.
func TestOfficeHolderStayAndArrest(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le maire est à l'hôpital depuis lundi.", Blocked, Sensitive, "health"},
		{"Le maire de Plouay est à l'hôpital depuis lundi.", Blocked, Sensitive, "health"},
		{"The mayor is in hospital since Monday.", Blocked, Sensitive, "health"},
		{"Le maire a été arrêté hier.", Blocked, Sensitive, "criminal"},
		{"Le maire inaugurera l'hôpital lundi.", OK, 0, ""},
		{"Le maire sera à l'hôpital pour l'inauguration.", OK, 0, ""},
		{"Le maire est à l'hôpital ce matin pour inaugurer le nouveau service.", OK, 0, ""},
		{"The mayor is at the hospital today to open the new ward.", OK, 0, ""},
	})
}

// A length of time spent in a place of care (« a passé un mois en
// clinique », "spent three weeks in a psychiatric clinic") is a stay
// (care_spent_verbs.txt, with the duration told), as is a stay told
// after an apposition that makes the person an author ("X, author of
// …, has just spent a month in a psychiatric clinic"). A visit without
// a length (« est passé à l'hôpital voir sa mère » keeps its verdict),
// a group's day at a care home for a concert, a hospital's open day stay
// public.
func TestStaySpentInCare(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Élise a passé trois semaines à la clinique du Parc cet hiver.", Blocked, Sensitive, "health"},
		{"My brother spent a month in the clinic after the accident.", Blocked, Sensitive, "health"},
		{"Claire Dumont, author of \"Winter Roses\", has just spent a month in a psychiatric clinic.", Blocked, Sensitive, "health"},
		{"Claire Dumont, author of \"Winter Roses\", is back from three weeks in a mental hospital.", Blocked, Sensitive, "health"},
		{"Julien Roche, auteur de « Nuits blanches », sort d'une cure en centre d'addictologie.", Blocked, Sensitive, "health"},
		{"Notre chorale a passé deux heures à l'EHPAD pour le concert de Noël.", OK, 0, ""},
		{"Les bénévoles ont passé une journée à l'hôpital pour décorer le service pédiatrie.", OK, 0, ""},
		{"We spent a day at the hospital for the charity run.", OK, 0, ""},
		{"Visite de la clinique psychiatrique du Vinatier : portes ouvertes samedi.", OK, 0, ""},
	})
}

// "went to hospital", "gone into hospital" put someone in care; a verb
// joined to a sentence that opens on a name shares that name as subject.
func TestWentToHospitalAndJoinedVerbs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tom has gone into hospital for tests.", Blocked, Sensitive, "health"},
		{"Sue Barker opened the cake stall and then went to hospital.", Blocked, Sensitive, "health"},
		{"Marie a fermé le local puis est partie à l'hôpital.", Blocked, Sensitive, "health"},
	})
	allPass(t, "The choir went to the hospital to sing carols.")
}
