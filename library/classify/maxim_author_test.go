package classify

import "testing"

// A maxim handed down with its author's full name is a quotation, not a
// note about someone (maxim_author.go): it passes, whether or not the
// author is in the famous list.
func TestMaximAuthorPasses(t *testing.T) {
	allPass(t,
		"Comme disait Francis Blanche, il vaut mieux penser le changement que changer le pansement.",
		"Comme l'écrivait Antoine Blondin, il faut boire frais pour penser juste.",
		"« La politesse est la première des élégances », répétait Germaine Tillion.",
		"Pour reprendre les mots de Gisèle Halimi : ne jamais se résigner.",
		"As Terry Pratchett once said, the trouble with having an open mind is that people will insist on putting things in it.",
		"In the words of Wangari Maathai, it's the little things citizens do that make the difference.",
		"Comme le dit si bien Boris Cyrulnik, la résilience se tricote.",
		"Pour citer Albert Jacquard : « la rencontre de l’autre est une richesse ».",
		"Eleanor Roosevelt once said that no one can make anyone feel inferior without consent.",
		"As Maya Angelou liked to say, courage is the most important of all the virtues.",
	)
}

// The same frame with news, an occasion, a moment, a figure, our voice,
// an instruction to the reader or someone told of stays a person's name.
func TestMaximAuthorKeepsPersons(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Comme disait Martine Roux, elle ne viendra pas à la sortie.", Blocked, Personal, "name"},
		{"Comme l'a dit Bruno Lefèvre au bureau : « le loyer sera payé en retard ».", Blocked, 0, "name"},
		{"Comme disait Odile Perret mardi, la porte du local ferme mal.", Blocked, Personal, "name"},
		{"Comme disait Odile Perret, on se retrouve demain au local.", Blocked, Personal, "name"},
		{"Comme l'a écrit Hugo Brunet, la cotisation passe à 25 euros.", Blocked, Personal, "name"},
		{"Comme disait Yasmine Amrani, notre présidente, il faut voter le budget.", Blocked, 0, "name"},
		{"Comme disait Yasmine Amrani, vous pouvez passer prendre le colis.", Blocked, Personal, "name"},
		{"Comme dit Lucas Girard, il faut arriver tôt.", Blocked, Personal, "name"},
		{"« Je ne reviendrai pas », disait Lucas Girard.", Blocked, Personal, "name"},
		{"Comme disait Nadia Benali, son fils est en prison.", Blocked, Sensitive, "name"},
		{"As Sharon Hughes put it at the support group, one step at a time.", Blocked, 0, "name"},
		{"As Sharon Hughes said, she cannot drive since her stroke.", Blocked, Sensitive, "name"},
		{"As Sharon Hughes said, we will meet on Friday.", Blocked, Personal, "name"},
		{"Comme disait Paul Durand, le local sera fermé samedi.", Blocked, Personal, "name"},
		{"Comme le dit si bien Lucas Girard, il va mieux depuis sa chimio.", Blocked, Sensitive, "name"},
		{"Pour citer Paul Durand : le local sera fermé en août.", Blocked, Personal, "name"},
		{"Karen Smith once said that she cannot drive since her stroke.", Blocked, Sensitive, "name"},
		{"As Karen Smith likes to say, the hall opens on Friday.", Blocked, Personal, "name"},
	})
}
