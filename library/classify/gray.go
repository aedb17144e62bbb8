package classify

import (
	"strings"

	"tamis/i18n"
)

// The gray zone is what the rules cannot settle: a statistic about the
// public of the association, a partner's rumoured difficulties, an
// internal decision not yet announced, a person designated by a single
// role. Precaution: doubt, never a silent ok.

func (a *analysis) findGray() {
	toks := a.s.toks
	a.scratch = a.spansOf(dGray, a.scratch[:0])
	for _, sp := range a.scratch {
		t := grayTerms[sp.val-1]
		if t.kind == "aggregate" {
			continue // handled with the public it describes
		}
		a.add(t.kind, Personal, Doubt, sp.i, sp.j, grayReason(t.kind))
	}
	if a.uncertainClosure() {
		a.add("partner", Personal, Doubt, 0, len(toks), grayReason("partner"))
	}
	if a.futureChange() || a.conditionalPartner() {
		a.add("internal", Personal, Doubt, 0, len(toks), grayReason("internal"))
	}
	if a.boardDecision() {
		a.add("internal", Personal, Doubt, 0, len(toks), grayReason("internal"))
	}
	if a.partnerTrouble() {
		a.add("partner", Personal, Doubt, 0, len(toks), grayReason("partner"))
	}
	if !a.isPublished() && (a.aggregated() || a.publicProfile() || a.countedPublic()) {
		a.add("aggregate", Personal, Doubt, 0, len(toks), grayReason("aggregate"))
	}
	a.findPhotos()
}

// aggregated: a statistic about the association's public ("la plupart de
// nos bénéficiaires", "30 % de nos adhérents", "en moyenne").
func (a *analysis) aggregated() bool {
	if a.memo&memoAggregateDone == 0 {
		a.memo |= memoAggregateDone
		if a.computeAggregated() {
			a.memo |= memoAggregate
		}
	}
	return a.memo&memoAggregate != 0
}

func (a *analysis) computeAggregated() bool {
	toks := a.s.toks
	marker, public := a.hasPercent(), false
	for i := range toks {
		if !marker {
			if end, v := a.at(dGray, i); v != 0 && grayTerms[v-1].kind == "aggregate" {
				marker = true
				for k := i; k < end; k++ {
					public = public || a.lex.persons[toks[k].norm]
				}
				i = end - 1
				continue
			}
		}
		if toks[i].is(cPopulation) {
			public = true
		}
	}
	return marker && public
}

// publicProfile: the public in the plural described by a quasi-identifier
// ("nos bénévoles sont surtout des retraités", "40 familles monoparentales").
func (a *analysis) publicProfile() bool {
	if !a.ownPopulation() || len(a.anchors) > 0 {
		return false
	}
	a.scratch = a.spansOf(dQuasi, a.scratch[:0])
	for _, sp := range a.scratch {
		switch quasiTerms[sp.val-1].kind {
		case "age", "job", "family", "arrival":
			return true
		}
	}
	for i, t := range a.s.toks {
		if t.has(fDigit) && i+1 < len(a.s.toks) && isAgeUnit(a.s.toks[i+1].norm) || pluralAttributes[t.norm] {
			return true
		}
	}
	return false
}

// pluralAttributes describe the public's situation in the plural.
var pluralAttributes = newWordSet(`retraités retraitées chômeurs chômeuses étudiants étudiantes seniors
isolés isolées monoparentales monoparentaux précaires allocataires rsa sdf sans-abri mineurs âgés
âgées veuves veufs divorcés divorcées célibataires salariés ouvriers cadres agriculteurs migrants
réfugiés retired unemployed students elderly`)

// partnerTrouble: another organisation and a difficulty in the same
// sentence ("la banque alimentaire manque de bénévoles").
func (a *analysis) partnerTrouble() bool {
	org, trouble := false, false
	for _, t := range a.s.toks {
		org = org || t.is(cOrg)
		trouble = trouble || t.is(cTrouble)
	}
	return org && trouble
}

var partnerOrgs = newWordSet(`partenaire partenaires mairie fondation entreprise société magasin
supermarché banque épicerie bailleur fournisseur prestataire mécène financeur sponsor restos secours
croix-rouge emmaüs club festival enseigne company partner sponsor funder`)

var troubleWords = newWordSet(`difficulté difficultés manque manquent problème problèmes souci soucis
crise fermer fermeture perte pertes dette dettes déficit licenciements grève tensions faillite
liquidation redressement trouble struggling`)

// uncertainClosure: a closure or an end that is not yet certain ("va
// probablement fermer", "pourrait disparaître") is a rumour until announced.
func (a *analysis) uncertainClosure() bool {
	closing, unsure := false, false
	for _, t := range a.s.toks {
		switch t.norm {
		case "fermer", "fermeture", "disparaitre", "cesser", "arreter", "supprimer", "suppression", "close", "shut":
			closing = true
		case "probablement", "pourrait", "pourraient", "risque", "risquent", "envisage", "envisagent",
			"doute", "menace", "menacee", "menaces", "bientot", "possible", "probably", "might", "could":
			unsure = true
		}
	}
	return closing && unsure
}

// futureChange: an internal change announced for later ("l'atelier
// couture s'arrête à la rentrée", "la cotisation passera à 25 € l'an
// prochain") is not public until the association says so.
func (a *analysis) futureChange() bool {
	when, change := false, false
	toks := a.s.toks
	for i, t := range toks {
		switch t.norm {
		case "prochain", "prochaine", "rentree", "bientot", "prochainement", "desormais", "next":
			when = true
		case "dès", "des", "a", "d":
			if i+1 < len(toks) && isMonth(toks[i+1].norm) && t.norm != "a" {
				when = true
			}
		}
		if t.is(cChange) {
			change = true
		}
	}
	return when && change
}

func isMonth(w string) bool {
	switch w {
	case "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre":
		return true
	}
	return false
}

var changeWords = newWordSet(`supprimé supprimée supprimer suppression arrête arrêter arrêt arrêtera
change changer changement augmente augmenter augmentation baisse baisser passera passer déménage
déménager déménagement fermer fermera fermeture créer création recruter recrutement embaucher réduire
réduction remplacer quitter quitte partir partira cesser stop cut close closing reporté repoussé
décalé suspendu gelé transféré délocalisé externalisé payant payante`)

// conditionalPartner: a conditional about an organisation ("la mairie
// pourrait reprendre le local", "le magasin serait racheté").
func (a *analysis) conditionalPartner() bool {
	cond, org := false, false
	for _, t := range a.s.toks {
		switch t.norm {
		case "pourrait", "pourraient", "serait", "seraient", "aurait", "auraient", "devrait",
			"devraient", "voudrait", "voudraient", "risquerait", "envisagerait", "selon", "apparemment":
			cond = true
		case "mairie", "partenaire", "partenaires", "fondation", "entreprise", "supermarche", "magasin",
			"banque", "region", "departement", "caf", "ville", "fournisseur", "mecene", "financeur",
			"financeurs", "club", "festival", "prefecture", "bailleur", "epicerie", "enseigne", "company",
			"partner", "sponsor", "funder":
			org = true
		}
	}
	return cond && org
}

// boardDecision: a decision of the association's bodies ("le bureau a
// voté", "le CA a refusé") is internal until announced.
func (a *analysis) boardDecision() bool {
	toks := a.s.toks
	body := false
	for i, t := range toks {
		switch t.norm {
		case "bureau", "ca", "copil":
			body = body || i == 0 || toks[i-1].norm == "le" || toks[i-1].norm == "du" || toks[i-1].norm == "en"
		case "vote", "decide", "valide", "acte", "refuse", "tranche", "retenu", "choisi", "rejete", "adopte":
			if body && i > 0 && (toks[i-1].norm == "a" || toks[i-1].norm == "ont" || toks[i-1].norm == "avons") {
				return true
			}
		}
	}
	return false
}

// countedPublic: a count of the association's public ("200 familles",
// "près de 80 adhérents") is an aggregated statistic.
func (a *analysis) countedPublic() bool {
	toks := a.s.toks
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].has(fDigit) || !statPopulation[toks[i+1].norm] {
			continue
		}
		if i == 0 || !recruitWords[toks[i-1].norm] {
			return true
		}
	}
	return false
}

var statPopulation = newWordSet(`bénéficiaires familles adhérents adhérentes usagers donateurs
donatrices foyers ménages accueillis accueillies beneficiaries families members donors households`)

var recruitWords = newWordSet(`cherche recherche cherchons recherchons recrute recrutons besoin
max maximum jusqu pour places limité limitée`)

// ownPopulation: "nos bénéficiaires", "our members": the association's own
// public, not the public its mission addresses ("les personnes âgées").
func (a *analysis) ownPopulation() bool {
	toks := a.s.toks
	for i := 1; i < len(toks); i++ {
		if toks[i].is(cPopulation) {
			switch toks[i-1].norm {
			case "nos", "our", "ces", "leurs", "vos":
				return true
			}
		}
	}
	return false
}

// hasPopulation: the sentence is about the association's public in the plural.
func (a *analysis) hasPopulation() bool {
	return a.population
}

// hasPercent: a number followed by '%' in the sentence.
func (a *analysis) hasPercent() bool {
	s := a.text[a.s.start:min(len(a.text), a.s.end+3)]
	for i := strings.IndexByte(s, '%'); i >= 0; i = strings.IndexByte(s, '%') {
		j := i - 1
		for j >= 0 && s[j] == ' ' {
			j--
		}
		if j >= 0 && s[j] >= '0' && s[j] <= '9' {
			return true
		}
		s = s[i+1:]
	}
	return false
}

// findPhotos: a picture or a recording of people is personal data.
func (a *analysis) findPhotos() {
	toks := a.s.toks
	for i := range toks {
		if !toks[i].is(cPhoto) {
			continue
		}
		if len(a.names) > 0 || a.peopleNear(i) {
			a.add("photo", Personal, Blocked, i, i+1,
				i18n.T("photo ou vidéo de personnes identifiables", "photo or video of identifiable people"))
			return
		}
	}
}

// peopleNear: people are shown ("où l'on voit", "des enfants", "visage").
func (a *analysis) peopleNear(k int) bool {
	toks := a.s.toks
	for i := max(0, k-4); i < min(len(toks), k+8); i++ {
		w := toks[i].norm
		if a.lex.population[w] || a.lex.persons[w] || w == "voit" || w == "visage" || w == "visages" ||
			w == "face" || w == "faces" || w == "groupe" {
			return true
		}
	}
	return false
}

func grayReason(kind string) string {
	switch kind {
	case "aggregate":
		return i18n.T("statistique sur le public de l'association : à vérifier", "statistic about the association's public: check")
	case "partner":
		return i18n.T("information non publique sur un partenaire : à vérifier", "non-public information about a partner: check")
	case "vague":
		return i18n.T("situation personnelle ou délicate évoquée : à vérifier", "personal or delicate situation: check")
	case "internal":
		return i18n.T("décision interne non publique : à vérifier", "internal decision not yet public: check")
	}
	return i18n.T("zone grise : à vérifier", "gray zone: check")
}

// grayTerms are doubtful by themselves.
var grayTerms = []term{
	{"aggregate", `la plupart, la plupart de, la majorité, majorité de, en moyenne, moyenne d'âge, pour cent,
		pourcent, beaucoup de, de nombreux, de nombreuses, de plus en plus de, la moitié, un tiers, deux tiers,
		un quart, trois quarts, plus de la moitié, une grande partie, sur dix, sur 10, presque tous, presque toutes,
		majoritairement, principalement, essentiellement, surtout des, en grande partie, dont la moitié,
		parmi eux, parmi elles, parmi nos, parmi les, une famille sur, un enfant sur, une personne sur,
		un sur, une sur, sur trois, sur quatre, sur cinq, proportion, taux de, part des, nombre de,
		plus nombreux, plus nombreuses, de moins en moins, la grande majorité, quasiment tous,
		most of, many of, on average, half of, the majority, percent, a third, most, among our,
		average age, proportion of, share of, surtout, souvent, en majorité, mostly, mainly, often,
		une quarantaine, une trentaine, une vingtaine, une dizaine, une cinquantaine, une centaine,
		a doublé, a triplé, ont doublé, en hausse, en baisse, augmentation du nombre, hausse du nombre,
		baisse du nombre, ont augmenté, a augmenté, ont baissé, a baissé, sont passés de, est passé de,
		profil type, profil de nos, portrait de nos, typique, la moyenne, moyenne, chiffres, statistiques,
		d'après nos chiffres, selon nos chiffres, enquête auprès de nos, sondage,
		aucun de nos, aucune de nos, la plupart d'entre eux, la plupart d'entre elles`, 0},
	{"partner", `envisage de fermer, envisagent de fermer, va fermer, vont fermer, risque de fermer,
		menace de fermer, menacé de fermeture, menacée de fermeture, en difficulté, en difficultés,
		difficultés financières, pourrait ne pas avoir lieu, pourrait être annulé, pourrait être annulée,
		risque d'être annulé, risque d'être annulée, rumeur, rumeurs, il paraît que, bruit qui court,
		plan social, faillite, dépôt de bilan, en crise, perd son financement, perdu sa subvention,
		baisse de subvention, baisse des subventions, coupe budgétaire, coupes budgétaires,
		suppression de poste, suppressions de postes, pas renouvelé, pas renouvelée, non renouvelé,
		non renouvelée, va mal, ne va pas bien, a des problèmes, a des difficultés, retirer son soutien,
		retire son soutien, se retire, se désengage, se désengager, arrêter le partenariat,
		arrête le partenariat, ne plus nous soutenir, ne plus financer, pourrait arrêter, compte arrêter,
		songe à, serait en train de, rachat, racheté, rachetée, changement de direction, redressement,
		licenciements chez, ferme ses portes, fermer ses portes, mettre la clé sous la porte,
		might close, may close, struggling, going bankrupt, rumour, rumor, might not happen,
		in trouble, pulling out, withdraw its support, ne paie plus, n'a pas payé, n'ont pas payé,
		retard de versement, subvention en retard, ne veut plus, veut récupérer, veut reprendre,
		risque de perdre, on va perdre, on risque de perdre, ne sera pas reconduit, ne sera pas reconduite,
		pas reconduit, pas reconduite, il semblerait, il semble que, apparemment, d'après la rumeur,
		serait en difficulté, serait en redressement, aurait des difficultés, aurait perdu,
		récupérer le local, récupérer notre local, reprendre le local, reprendre notre local,
		perdre le local, perdre notre local, réduit sa subvention, réduire sa subvention,
		baisse sa subvention, baisser sa subvention, réduction de subvention, réduction de la subvention,
		subvention réduite, subvention divisée, subvention supprimée, supprime sa subvention,
		supprimer la subvention, fin de la subvention, financement supprimé, ne financera plus,
		problèmes financiers, money problems, financial difficulties, financial trouble, cutting its grant,
		cut its funding, arrête les dons, arrêter les dons, ne donne plus, ne donnera plus, moins de dons,
		réduit ses dons, se retire du, quitte le partenariat, en liquidation, racheté par, rachetée par,
		menace d'arrêter, menace de partir`, 0},
	{"internal", `repoussé, repoussée, repoussés, reporté à l'an prochain, reporté sine die, on a décidé,
		nous avons décidé, décidé en bureau, en bureau, le bureau a décidé, le ca a décidé,
		conseil d'administration a décidé, décision interne, en interne, gel des embauches,
		recrutement, recruter, embauche, embaucher, a été décidé, a décidé de, va être supprimé,
		va être supprimée, sera supprimé, sera supprimée, on arrête, on va arrêter, on supprime, on réduit,
		pas encore voté, pas encore votée, en réflexion, on réfléchit à, on envisage, nous envisageons,
		il est question de, à l'étude, réorganisation, quitte l'association, va quitter, va partir,
		son départ, remplacement de, hausse de la cotisation, augmentation de la cotisation,
		pas encore validé, pas encore validée, pas encore signé, pas encore signée, pas encore confirmé,
		pas encore confirmée, pas encore communiqué, pas encore décidé, non officiel, officieux, officieuse,
		on ne renouvelle pas, ne renouvellera pas, on va fermer, on ferme, fermeture de l'antenne,
		on quitte le local, déménagement prévu, au prochain ca, en conseil d'administration,
		réunion de bureau, compte rendu du bureau, ordre du jour du bureau, prochain président,
		prochaine présidente, va succéder, succédera, ag extraordinaire, assemblée générale extraordinaire,
		élection du bureau, nouveau bureau, nouvelle présidente, nouveau président, nouveau local,
		nouveaux locaux, changement de nom, nouveau nom, nouvel organigramme, projet associatif,
		plan stratégique, feuille de route, prochain ca, cdd, cdi, contrat aidé, création de poste,
		nouveau poste, fiche de poste, poste de, reporté, reportée, suspendu, suspendue, décalé, décalée,
		on travaille sur un, on réfléchit, réfléchit à, pistes, on pense à, on aimerait, on voudrait,
		ouvrir une antenne, nouvelle antenne, s'agrandir, mis en pause, mise en pause, en pause, en suspens,
		gelé, gelée, retardé, retardée, abandonne, abandonner, abandonné, abandonnée, n'aura pas lieu,
		ne fera pas, on ne fera pas, on envisage, envisage, envisagent, envisageons, on hésite, on hésite à,
		we decided, internally, postponed, not yet announced, considering`, 0},
	{"vague", `un souci avec, un problème avec, des soucis avec, des problèmes avec, souci personnel,
		soucis personnels, problème personnel, problèmes personnels, raisons personnelles,
		situation compliquée, situation délicate, situation difficile, situation personnelle,
		un incident, l'incident, incident avec, une histoire avec, histoire compliquée, affaire délicate,
		sujet délicat, sujet sensible, dossier sensible, cas particulier, cas difficile, on m'a dit,
		on m'a raconté, entre eux, tu sais qui, vous savez qui, discrétion, discret, discrète,
		rester discret, rester discrets, pas à tout le monde, a personal issue, personal reasons,
		dont on a parlé, dont je t'ai parlé, dont je vous ai parlé,
		dont on parlait, l'autre jour, tu vois qui, la personne concernée, la personne en question,
		celle dont, celui dont, ce qui s'est passé, ce qui est arrivé, ça ne va pas, traverse une période,
		période difficile, moment difficile, coup dur, mauvaise passe, histoire de famille,
		problèmes familiaux, soucis familiaux, le truc de, tu sais pour, pour le truc, on en reparle,
		je te raconterai, je vous raconterai, c'est compliqué, on en parlera, pas par écrit, de vive voix,
		en privé, a des soucis, a des problèmes, ça se passe mal, se passe mal, ne va pas bien, va mal,
		inquiet pour, inquiète pour, on s'inquiète, inquiétude, préoccupant, préoccupante, alerter,
		signaler, liste des bénéficiaires, liste des adhérents, liste des bénévoles, liste des familles,
		liste des donateurs, fichier des, coordonnées des, suivi des familles, suivi de la famille,
		dossier de la famille, visite à domicile, entretien individuel, assistante sociale,
		assistant social, signalement, information préoccupante, le cas de, suite à l'incident,
		pas sûr que, on ne sait pas si, on ne sait pas encore, incertain, incertaine, incertitude, problèmes d'argent, soucis d'argent, soucis de santé,
		a situation with, sensitive matter, you know who, going through a hard time`, 0},
}
