package classify

import "testing"

// A full name quoted for a saying — after « comme disait », « pour
// citer », « selon la formule de », "as … said", "in the words of", or
// signing a quotation — is a public voice: the name passes when nothing
// else is found.
func TestSayingQuotedPasses(t *testing.T) {
	allPass(t,
		"Comme disait Francis Blanche, il vaut mieux penser le changement que changer le pansement.",
		"Comme le chantait Anne Sylvestre, les gens qui doutent sont les plus beaux.",
		"Comme l'écrivait Sylvain Tesson, la liberté est une ligne de crête.",
		"Pour reprendre les mots de Geneviève Anthonioz, la misère est une violence.",
		"Pour citer Henri Laborit : « l'imaginaire est la seule liberté ».",
		"Ainsi que le disait Bernard Giraudeau, le voyage ne finit jamais.",
		"« Un sourire coûte moins cher que l'électricité », disait Jules Renard.",
		"Comme aimait dire Jean Ferrat, la montagne est belle.",
		"Comme disait Pierre Perret, rien ne sert de courir, il faut partir à point.",
		"As Brene Brown said, vulnerability is the birthplace of courage.",
		"In the words of Nora Ephron, be the heroine of your life.",
		"As Anne Lamott put it, almost everything will work again if you unplug it.",
		"To quote Rebecca Solnit: hope is an axe you break down doors with.",
	)
}

// The same frame keeps a person of today: a civility, a relation or a
// role of ours, news, contact details, a special-category fact, a private
// fact or a clause told of the person after the name, a name that does
// not close the attribution (« après son divorce »), a first name alone.
func TestSayingQuotedGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Comme disait Mme Odile Perrin, il vaut mieux en rire.", Blocked, Personal, "name"},
		{"Comme disait notre trésorier Paul Verdier, l'argent ne fait pas le bonheur.", Blocked, Personal, "name"},
		{"Comme disait Paul Verdier, notre trésorier, l'argent ne fait pas le bonheur.", Blocked, Personal, "name"},
		{"Comme disait Paul Verdier après son divorce, l'argent ne fait pas le bonheur.", Blocked, Personal, "name"},
		{"Comme disait Paul Verdier, qui sort de prison, la liberté n'a pas de prix.", Blocked, 0, "name"},
		{"Comme disait Paul Verdier hier soir, il faut tenir bon.", Blocked, Personal, "name"},
		{"Comme le dit Paul Verdier depuis son AVC, il faut profiter de chaque jour.", Blocked, Sensitive, "name"},
		{"Comme disait Paul Verdier (06 12 34 56 78), on a besoin de bras.", Blocked, Personal, "phone"},
		{"Comme disait Paul Verdier, séropositif, la prévention commence tôt.", Blocked, Sensitive, "name"},
		{"Comme disait Paul Verdier, sa femme l'a quitté mais il tient bon.", Blocked, Personal, "name"},
		{"Comme disait Karima, la rue c'est dur.", Blocked, Personal, "name"},
		{"Pour citer Sophie Morel, ma voisine : « la patience est une vertu ».", Blocked, Personal, "name"},
		{"As our treasurer Jim Hale said, money isn't everything.", Blocked, Personal, "name"},
		{"As Jim Hale said after his divorce, money isn't everything.", Blocked, Personal, "name"},
		{"As Jim Hale said, who is out on parole, freedom is everything.", Blocked, 0, "name"},
		{"As Mrs Ellen Hale said today, we need more hands.", Blocked, Personal, "name"},
		{"In the words of Jim Hale, our chair, one day at a time.", Blocked, Personal, "name"},
		{"As Jim Hale told the court, he had been drinking.", Blocked, 0, "name"},
	})
}

// A quotation signed after a dash or in brackets (« « … » — X », « « … »
// (X) »), or brought in by the name, a verb of saying and a colon
// (« X disait : « … » »), is a public voice's saying too.
func TestSayingSignedPasses(t *testing.T) {
	allPass(t,
		"Pensée du jour : « Le courage, c'est de chercher la vérité et de la dire » (Lucie Aubrac).",
		"« On ne subit pas l'avenir, on le fait. » — Georges Bernanos",
		"Citation de la semaine : « La lecture est une amitié. » — Marcel Proust",
		"Henri Grouès disait : « Un sourire coûte moins cher que l'électricité. »",
		"Thought for the day: \"Kindness is the language which the deaf can hear\" (Mark Twain).",
	)
}

// A signed quotation in the first person is a testimony: the name stays,
// and so do a special-category fact and a tie in the sentence.
func TestSayingSignedGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"« J'ai appris à lire à 40 ans, et ce jour-là j'ai eu l'impression de naître » — Rachida Benali", Blocked, Personal, "name"},
		{"« Je dors dans ma voiture depuis trois mois » — Karim Haddad", Blocked, Personal, "name"},
		{"Paul Martin disait : « je suis fatigué de tout ça ».", Blocked, Personal, "name"},
		{"« La rue, c'est dur » (Paul Martin, notre bénévole).", Blocked, Personal, "name"},
		{"« La prison, ça use » (Paul Martin, sorti de prison hier).", Blocked, Sensitive, "name"},
		{"\"I was drunk,\" Jim Hale said.", Blocked, Sensitive, "name"},
		{"Paul Martin disait hier : « la vie est belle ».", Blocked, Personal, "name"},
		{"« Il faut toujours viser la lune » (Mme Odile Perrin).", Blocked, Personal, "name"},
	})
}
