package classify

import "testing"

// A first name after the title of a monarch, a pope or a saint is a public
// or historical person; the same first name tied to the association, in
// the news, with a verb of now or after a civility stays a person.
func TestSovereignTitleAndFirstName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Lecture de l'encyclique du pape François au groupe écologie.", OK, Public, ""},
		{"Le roi Charles a visité Bordeaux pendant la guerre de Cent Ans.", OK, Public, ""},
		{"Vitrail de saint Martin partageant son manteau, à voir dans l'église.", OK, Public, ""},
		{"Fête de sainte Geneviève, patronne de Paris.", OK, Public, ""},
		{"History club: Queen Victoria and the railways.", OK, Public, ""},
	})
}

func TestSovereignTitleAndFirstNameGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le prince Karim, notre bénévole, tiendra la buvette.", Blocked, Personal, "name"},
		{"La reine Sophie est hospitalisée depuis lundi.", Blocked, Sensitive, ""},
		{"Madame Geneviève viendra samedi.", Blocked, Personal, "name"},
		{"Appeler le prince Karim au 06 12 34 56 78.", Blocked, Personal, ""},
		{"Le petit prince Lucas fête ses 3 ans à la crèche.", Blocked, Personal, "name"},
		{"Notre petite reine Léna a gagné la course des 6 ans.", Blocked, Personal, "name"},
		{"Le petit roi Lucas a soufflé ses bougies à la crèche.", Blocked, Personal, "name"},
	})
}
