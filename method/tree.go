package method

import "tamis/i18n"

// Step is one question of the decision tree. Yes and No name the next step
// or an end; « je ne sais pas » always leads to the precaution end.
type Step struct {
	ID       string
	Question string
	Explain  string   // why the question is asked, in the method's words
	Examples []string // the method's own examples
	Yes, No  string
}

// End is where the tree stops: the category, and what to do with the
// information.
type End struct {
	ID        string
	Answer    Answer
	Title     string
	Do        []string // the ways out, most advisable first
	Shareable bool
}

// Reply is an answer to one step.
type Reply int

// The three replies to a step.
const (
	Yes Reply = iota
	No
	DontKnow
)

// Tree is the method's decision tree: its first step, its steps and ends.
type Tree struct {
	Start string
	Steps map[string]Step
	Ends  map[string]End
}

// The ids of the steps and ends, so that the tests can name paths.
const (
	StepPublished     = "publie"
	StepDirect        = "direct"
	StepIndirect      = "combinaison"
	StepSpecialPerson = "sensible-personne"
	StepSpecial       = "sensible"
	StepDoor          = "porte"

	EndPublished = "fin-1"
	EndPublic    = "fin-2"
	EndPersonal  = "fin-3"
	EndSensitive = "fin-4"
	EndDoubt     = "fin-doute"
)

// DecisionTree builds the tree in the user's language.
func DecisionTree() Tree {
	return Tree{Start: StepPublished, Steps: steps(), Ends: ends()}
}

// Next is where a reply to step id leads: a step or an end id.
func (t Tree) Next(id string, r Reply) string {
	s := t.Steps[id]
	switch r {
	case Yes:
		return s.Yes
	case No:
		return s.No
	}
	return EndDoubt
}

// Walk follows replies from the start and returns the ids visited (steps
// then the end, if reached) and the end, ok false when the replies stop
// before one.
func (t Tree) Walk(replies ...Reply) (path []string, end End, ok bool) {
	id := t.Start
	for _, r := range replies {
		if _, isStep := t.Steps[id]; !isStep {
			break
		}
		path = append(path, id)
		id = t.Next(id, r)
	}
	path = append(path, id)
	end, ok = t.Ends[id]
	return path, end, ok
}

func steps() map[string]Step {
	special := i18n.T("Est-ce une catégorie particulière (origine, opinions politiques, religion, syndicat, santé, génétique ou biométrie, vie ou orientation sexuelle), une affaire pénale, une affaire confidentielle de l’association, ou un identifiant de connexion ?",
		"Is it a special category (origin, political opinions, religion, union, health, genetic or biometric data, sex life or orientation), a criminal matter, a confidential matter of the association, or a login credential?")
	specialWhy := i18n.T("Ces informations peuvent nuire gravement aux personnes ou à l’association : elles ne vont jamais dans une IA publique, même anonymisées.",
		"This information can seriously harm people or the association: it never goes into a public AI, even anonymised.")
	specialEx := []string{
		i18n.T("« Mme X est diabétique » (mais « atelier de prévention du diabète ouvert à tous » est public)", "“Mrs X is diabetic” (but “diabetes prevention workshop open to all” is public)"),
		i18n.T("un projet de fusion, une négociation en cours, une demande de subvention non déposée", "a merger plan, an ongoing negotiation, a grant application not yet filed"),
		i18n.T("un conflit interne, un contentieux, un mot de passe", "an internal conflict, a lawsuit, a password"),
	}
	return map[string]Step{
		StepPublished: {ID: StepPublished,
			Question: i18n.T("Cette information est-elle publiée sur Internet par l’association elle-même ?", "Is this information published online by the association itself?"),
			Explain:  i18n.T("Ce que nous avons publié nous-mêmes peut aller dans une IA ; donnez-lui alors votre propre définition, plutôt que de la laisser deviner.", "What we published ourselves may go to an AI; then give it your own definition rather than let it guess."),
			Examples: []string{i18n.T("le texte de notre site", "the text of our website"), i18n.T("notre rapport annuel public", "our public annual report")},
			Yes:      EndPublished, No: StepDirect},
		StepDirect: {ID: StepDirect,
			Question: i18n.T("Permet-elle d’identifier directement une personne ?", "Does it identify a person directly?"),
			Explain:  i18n.T("Une donnée personnelle se rapporte à une personne identifiée : le RGPD la protège.", "Personal data relates to an identified person: the GDPR protects it."),
			Examples: []string{i18n.T("un nom, un courriel personnel, un téléphone, une adresse", "a name, a personal email, a phone number, an address"), i18n.T("une photo, un numéro de sécurité sociale", "a photo, a social security number")},
			Yes:      StepSpecialPerson, No: StepIndirect},
		StepIndirect: {ID: StepIndirect,
			Question: i18n.T("Permet-elle de reconnaître une personne par recoupement ?", "Can a person be recognised by combining details?"),
			Explain:  i18n.T("Sans nom, quelques détails réunis suffisent souvent à savoir de qui l’on parle.", "Without a name, a few details together are often enough to know who is meant."),
			Examples: []string{i18n.T("« la bénéficiaire qui vient le lundi »", "“the beneficiary who comes on Mondays”"), i18n.T("un âge, une ville et une situation", "an age, a town and a situation")},
			Yes:      StepSpecialPerson, No: StepSpecial},
		StepSpecialPerson: {ID: StepSpecialPerson, Question: special, Explain: specialWhy, Examples: specialEx,
			Yes: EndSensitive, No: EndPersonal},
		StepSpecial: {ID: StepSpecial, Question: special, Explain: specialWhy, Examples: specialEx,
			Yes: EndSensitive, No: StepDoor},
		StepDoor: {ID: StepDoor,
			Question: i18n.T("Test de la porte : écrite sur une affiche à la porte du local, un passant pourrait-il nuire à quelqu’un avec ?", "Door test: written on a poster on the door of the premises, could a passer-by harm anyone with it?"),
			Explain:  i18n.T("Ce qui peut s’afficher sans risque est public. Sinon, demandez-vous qui pourrait en souffrir, et à quel point.", "What can be posted without risk is public. Otherwise ask who could be harmed, and how badly."),
			Examples: []string{i18n.T("« Cours de FLE le mardi de 14 h à 16 h »", "“French class on Tuesdays, 2 to 4 pm”"), i18n.T("l’adresse du local, la mission, les thèmes des ateliers", "the address of the premises, the mission, the workshop themes")},
			Yes:      EndDoubt, No: EndPublic},
	}
}

func ends() map[string]End {
	neverPersonal := []string{
		i18n.T("anonymiser vraiment : chaque identifiant remplacé par un code (Bénéficiaire_001)", "truly anonymise: each identifier replaced by a code (Bénéficiaire_001)"),
		i18n.T("inventer des données réalistes", "invent realistic data"),
		i18n.T("utiliser un modèle vide, à compléter à la main ensuite", "use an empty template, filled by hand afterwards"),
	}
	return map[string]End{
		EndPublished: {ID: EndPublished, Answer: Published, Shareable: true,
			Title: i18n.T("Catégorie 1 : publié par l’association", "Category 1: published by the association"),
			Do:    []string{i18n.T("partager, en donnant à l’IA votre propre définition", "share, giving the AI your own definition")}},
		EndPublic: {ID: EndPublic, Answer: Public, Shareable: true,
			Title: i18n.T("Catégorie 2 : public, non sensible", "Category 2: public, not sensitive"),
			Do:    []string{i18n.T("partager", "share")}},
		EndPersonal: {ID: EndPersonal, Answer: Personal,
			Title: i18n.T("Catégorie 3 : donnée personnelle — jamais dans une IA publique", "Category 3: personal data — never in a public AI"),
			Do:    neverPersonal},
		EndSensitive: {ID: EndSensitive, Answer: Sensitive,
			Title: i18n.T("Catégorie 4 : donnée sensible — jamais dans une IA publique", "Category 4: sensitive data — never in a public AI"),
			Do: []string{i18n.T("ne pas partager, même anonymisé", "do not share, even anonymised"),
				i18n.T("utiliser un modèle vide, à compléter à la main ensuite", "use an empty template, filled by hand afterwards")}},
		EndDoubt: {ID: EndDoubt, Answer: Doubt,
			Title: i18n.T("Zone grise : dans le doute, précaution", "Gray zone: when in doubt, precaution"),
			Do: append([]string{i18n.T("traiter comme sensible : ne pas partager, ou demander au référent", "treat as sensitive: do not share, or ask the référent")},
				neverPersonal[1:]...)},
	}
}
