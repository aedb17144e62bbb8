package classify

import "testing"

// One person designated by a role the association gives once, with a
// fact of its internal business about them — a complaint or a grievance
// against them, a suspicion that they take or sell what is not theirs,
// pay kept off the books — is category 4, blocked, not a doubt. A role
// in a public sentence, someone who complains of a thing, a role doing
// its usual job keep their verdict.
func TestSingleRoleWithInternalFactIsBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les animatrices se plaignent de la coordinatrice, qui change les plannings sans prévenir.", Blocked, Sensitive, "hr"},
		{"Plusieurs familles se plaignent que le chauffeur arrive en retard et fume dans le minibus.", Blocked, Sensitive, "hr"},
		{"The volunteers have filed complaints against the caretaker for shouting at them.", Blocked, Sensitive, "hr"},
		{"Two parents complained about the coach, who swears at the under-10s.", Blocked, Sensitive, "hr"},
		{"On pense que le gardien ramène chez lui les colis de la banque alimentaire.", Blocked, Sensitive, "criminal"},
		{"Apparently the cook is taking food home from the pantry every Friday.", Blocked, Sensitive, "criminal"},
		{"J'ai l'impression que l'animateur a revendu les places de concert offertes aux jeunes.", Blocked, Sensitive, "criminal"},
		{"Le cuisinier est payé en partie de la main à la main, sans fiche de paie.", Blocked, Sensitive, "finance"},
		{"La présidente animera la table ronde du 14 mars à la salle des fêtes.", Doubt, 0, ""}, // a doubt before this rule, and still
		{"The coach will hand out the medals after the final match on Saturday.", Doubt, 0, ""},
		{"On pense que la présidente viendra à la fête de quartier samedi.", Doubt, 0, ""},
		{"We think the coach will take the under-12s to the regional final.", Doubt, 0, ""},
		{"La présidente se plaint du bruit des travaux devant le local.", Doubt, 0, ""},
		{"Les bénévoles se plaignent de la charge de travail le samedi.", Doubt, 0, ""},
		{"Les bénévoles se plaignent de la chaleur dans la salle en été.", Doubt, 0, ""},
		{"Le trésorier a vendu les tickets de tombola à la kermesse.", Doubt, 0, ""},
		{"The treasurer collects the cash from the bar and banks it on Monday.", Doubt, 0, ""},
		{"Atelier : comment réagir quand des parents se plaignent de l'entraîneur ?", Doubt, 0, ""},
		{"We think the caretaker is taking the bins out on Mondays now.", Doubt, 0, ""},
		{"On pense que le trésorier revend les anciens maillots au vide-grenier.", Doubt, 0, ""},
		{"On pense que le gardien se sert de la salle le soir.", Doubt, 0, ""},
		{"Several members complained about the treasurer, who refuses to show the accounts.", Blocked, Sensitive, "hr"},
		{"La trésorière tiendra la caisse de la buvette pendant le tournoi.", Doubt, 0, ""},
		{"Our caretaker will open the hall at 7 for the jumble sale.", Doubt, 0, ""},
	})
}

// One person designated by a single role (« la coordinatrice », "our
// caretaker") with their own trouble — rent unpaid, a job lost, a divorce
// (data/cues/hardship.txt) — is their private life: blocked, personal
// (role_fact.go). Roles in a public notice pass.
func TestRoleWithPrivateHardship(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La secrétaire est en instance de divorce, elle a besoin de calme.", Blocked, Personal, "indirect"},
		{"Notre trésorière a perdu son emploi à l'usine.", Blocked, Personal, "indirect"},
		{"The caretaker of our hall is behind on his rent again.", Blocked, Personal, "indirect"},
		{"Le trésorier présente les comptes à l'assemblée générale chaque année.", OK, 0, ""},
	})
}

// One person pointed at by a definite description rather than a role
// (« la dame du club », "the gentleman from the bridge club") with a
// debt or their own trouble is their private life as well: blocked,
// personal (role_fact.go findDescribedHardship). A group that owes
// (« les adhérents qui nous doivent »), a body or a supplier's debt to
// the association, a rule for whoever, and « doit » as a modal keep
// their verdict.
func TestDescribedPersonWithDebtOrHardship(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La dame du club nous doit trente euros depuis la sortie au musée.", Blocked, Personal, "indirect"},
		{"La dame de la buvette doit vingt euros à la caisse depuis le loto.", Blocked, Personal, "indirect"},
		{"La voisine du local doit soixante euros à l'association depuis la brocante.", Blocked, Personal, "indirect"},
		{"Le jeune du club de foot nous doit toujours sa licence de l'an dernier.", Blocked, Personal, "indirect"},
		{"La dame de l'atelier tricot ne nous a jamais remboursé les laines.", Blocked, Personal, "indirect"},
		{"The woman with the red scooter who brings the cakes is being evicted.", Blocked, Personal, "indirect"},
		{"The lady from the choir still owes us forty pounds for the coach.", Blocked, Personal, "indirect"},
		{"Le monsieur de la mairie nous doit une réponse sur la salle.", OK, 0, ""},
		{"La mairie nous doit la subvention de l'an dernier, nous l'avons relancée.", OK, 0, ""},
		{"Le bénévole qui doit encore sa cotisation pourra la régler au forum.", OK, 0, ""},
		{"The lady from the council owes us an answer about the hall.", OK, 0, ""},
	})
}

// A nickname no list holds that opens the sentence as its subject
// (« Bébert », « Nanard », maybe with where they belong: « Bébert du
// comité des fêtes ») with their own trouble is someone's private life:
// blocked (unknown_subject.go unknownOpener). A brand or a body that
// opens a sentence passes or keeps its verdict.
func TestNicknameOpenerWithHardship(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Bébert a perdu son travail, il cherche des extras.", Blocked, Personal, "indirect"},
		{"Bébert du comité des fêtes a perdu son boulot au garage.", Blocked, Personal, "indirect"},
		{"Nanard est au chômage depuis l'été.", Blocked, Personal, "indirect"},
		{"Doctolib a lancé une offre pour les associations.", OK, 0, ""},
		{"Emmaüs a perdu son local.", OK, 0, ""},
		{"Pôle emploi a perdu son dossier.", OK, 0, ""},
	})
}

// Money trouble told in everyday words, or an advance asked for oneself,
// about one person designated by their role is their private life; the
// association's own finances presented by its treasurer are not.
func TestRoleWithEverydayMoneyTroubleIsBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre trésorière a des soucis d'argent, elle nous a demandé une avance.", Blocked, Personal, "indirect"},
		{"Le secrétaire de l'amicale a des problèmes d'argent en ce moment.", Blocked, Personal, "indirect"},
		{"The treasurer has money worries at the moment.", Blocked, Personal, "indirect"},
		{"Le trésorier présente les difficultés financières de l'association.", Doubt, 0, ""},
	})
}

// The writer's own money or housing trouble is personal data too; a
// condition asks a rule, and a public number is no one's trouble.
func TestWritersOwnHardship(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Je suis interdit bancaire, je paierai ma cotisation en liquide.", Blocked, Personal, "indirect"},
		{"J'ai une saisie sur salaire, je ne peux pas avancer les frais du séjour.", Blocked, Personal, "indirect"},
		{"I've got bailiffs after me, can someone else front the money for the minibus?", Blocked, Personal, "indirect"},
		{"Je suis en plein divorce, je ne viendrai pas à la réunion.", Blocked, Personal, "indirect"},
		{"La dame au caddie bleu appelle le 115 tous les soirs, elle n'a pas eu de place.", Blocked, Personal, "indirect"},
		{"Si je suis interdit bancaire, puis-je ouvrir un compte ?", OK, 0, ""},
		{"Quand on est interdit bancaire, peut-on ouvrir un livret A ?", OK, 0, ""},
		{"En cas d'urgence, appelle le 115.", OK, 0, ""},
		{"Je suis trésorier et je cherche un modèle de budget.", OK, 0, ""},
	})
}
