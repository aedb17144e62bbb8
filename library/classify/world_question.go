package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A question or a request about the world (issue 7, section 4, public text
// flagged as a doubt): « Comment rédiger un budget provisoire ? »,
// « Pourquoi les jeunes s'engagent-ils moins qu'avant ? », « Explique-moi
// la différence entre un bilan provisoire et un bilan définitif », "How can
// a landlord justify a rent increase?". The gray cues in it (provisoire,
// baisse, tensions, "drop out") name the topic asked about, not news of
// the association: its gray doubts go. What stays a doubt is a question
// about us: the association's own voice (« on », « nous », "we", its
// board), the asker's own (« mes bénévoles »), a person named, a role of
// ours (« la trésorière »), something pointed at (« cette baisse »), news
// told inside the question (« Faut-il dire aux familles que le séjour est
// annulé ? »), an amount, a time of ours (« à la rentrée »), or a text
// given after a colon. A request (« Rédige… ») that tells or announces
// something carries our news too. Blocks of other rules stay.

var (
	questionOpeners = lexicon.Words(lexicon.Data, "question_openers") // comment, pourquoi, how
	requestVerbs    = lexicon.Words(lexicon.Data, "request_verbs")    // explique, résume, give
	askerOwn        = lexicon.Words(lexicon.Data, "asker_own")        // mes, my
)

// worldRules are the gray rules a question about the world revises.
var worldRules = map[string]bool{"internal": true, "partner": true, "vague": true, "aggregate": true}

// askedPersonRules are the doubts on a person that a question about the
// world revises too: « les droits d'un locataire », "a landlord" are
// anyone (a person of ours, definite or pointed at, stays: nothingOfOurs).
var askedPersonRules = map[string]bool{"indirect": true, "specific-person": true, "single-role": true}

// dropWorldQuestionGray removes the gray doubts of a sentence that asks
// about the world.
func (a *analysis) dropWorldQuestionGray() {
	k := a.sentenceFindings()
	if k == len(a.findings) || !a.asksAboutWorld() {
		return
	}
	a.dropFindingsFrom(k, func(f Finding) bool {
		return f.Verdict == Doubt && (worldRules[f.Rule] || askedPersonRules[f.Rule] && !a.personOfOurs())
	})
}

// asksAboutWorld: the sentence opens on a question word and holds a
// question mark, or opens on a request to the assistant, and holds
// nothing of the association's own.
func (a *analysis) asksAboutWorld() bool {
	toks := a.s.Toks
	if len(toks) < 3 {
		return false
	}
	first := toks[0].Norm
	request := requestVerbs[first]
	if !request && !(questionOpeners[first] && a.endsOnQuestion()) {
		return false
	}
	if request && a.hasAny(cDisclose, cTell) {
		return false // « Rédige un message pour annoncer la fermeture de l'antenne »
	}
	if strings.IndexByte(a.text[toks[0].End:toks[len(toks)-1].To()], ':') >= 0 {
		return false // « Rédige un mail : la subvention baisse »: a text of ours given
	}
	return a.nothingOfOurs()
}

// nothingOfOurs: the sentence holds no person named, no amount, no time
// of ours (a tale's is the tale's: "a story about a bakery that might
// close"), nothing held back, no word of the association's own voice or
// of the asker's, no role of ours, nothing pointed at and no news told
// inside (« dire aux familles qu'un séjour… », « expliquer aux parents que
// la garderie ferme »).
func (a *analysis) nothingOfOurs() bool {
	toks := a.s.Toks
	if a.privateNames() || a.hasMoney() || a.has(cSoon) && !a.asksForFiction() || a.notYet() || a.sentenceCues().has(cueSecrecy) || a.has(cDisclose) && a.negated() {
		return false // « pas encore », « entre nous », « ne pas diffuser »; a label (« provisoire ») is the topic asked about
	}
	for k, t := range toks {
		switch {
		case ownVoice[t.Norm] || askerOwn[t.Norm]:
			return false
		case t.Norm == "on" && !(text.Joined(toks, k, '-') && toks[k-1].Norm == "peut") && !a.inEnglish():
			return false // « Est-ce qu'on pourra payer… », « Doit-on continuer… », not « Peut-on… » nor "on rainy days"
		case t.Is(cRole) && k > 0 && ownedRoleArticle[toks[k-1].Norm]:
			return false // « la trésorière », "the treasurer"
		case pointingWords[t.Norm] && !(t.Norm == "ce" && k+1 < len(toks) && relativeAfterCe[toks[k+1].Norm]):
			return false // « cette baisse », not « ce qu'est un déficit »
		case t.IsAny(cDisclose, cTell) && a.thatAfter(k):
			return false // « dire aux familles qu'un séjour est annulé »
		case a.factTold(k):
			return false // « expliquer aux parents que la garderie ferme »
		}
	}
	return true
}

// thatAfter: « que », "that" within six tokens after k: a news told.
func (a *analysis) thatAfter(k int) bool {
	toks := a.s.Toks
	for i := k + 1; i < min(len(toks), k+7); i++ {
		switch toks[i].Norm {
		case "que", "qu", "that":
			return true
		}
	}
	return false
}

// factTold: token k opens a clause of fact on a definite subject (« que
// la garderie ferme », "that the hall closes"): one matter the asker
// knows, not « ce que », « qu'est-ce que » nor a comparison.
func (a *analysis) factTold(k int) bool {
	toks := a.s.Toks
	switch toks[k].Norm {
	case "que", "qu", "that":
	default:
		return false
	}
	if k == 0 || k+1 >= len(toks) || notFactBefore[toks[k-1].Norm] {
		return false
	}
	n := toks[k+1]
	return n.Is(cDefiniteArticles) || ownVoice[n.Norm] || askerOwn[n.Norm] || pointingWords[n.Norm]
}

// notFactBefore: « ce que », « est-ce que », « plus que », "more than":
// no clause of fact follows.
var notFactBefore = lexicon.WordSet{"ce": true, "est": true, "plus": true, "moins": true, "autant": true, "ainsi": true}

// ownedRoleArticle: a role after one of these is one person, ours.
var ownedRoleArticle = lexicon.WordSet{"le": true, "la": true, "l": true, "the": true, "votre": true, "your": true}

// pointingWords point at one thing the asker knows (« cette baisse »);
// "that" and "those" are more often relatives ("a bakery that might close").
var pointingWords = lexicon.WordSet{"ce": true, "cette": true, "cet": true, "ces": true, "this": true, "these": true}

// relativeAfterCe: « ce qu'est », « ce que », « ce qui »: no pointing.
var relativeAfterCe = lexicon.WordSet{"qu": true, "que": true, "qui": true, "dont": true}

// personOfOurs: a person or a role after a definite article, a
// possessive or a pointing word (« la dame du 12 », « sa mère », "the
// caretaker"), or a person the analysis anchored: someone the asker knows.
func (a *analysis) personOfOurs() bool {
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		if toks[k].IsAny(cPerson, cRole, cKin) && (ownedRoleArticle[toks[k-1].Norm] || thirdPossessives[toks[k-1].Norm] || pointingWords[toks[k-1].Norm]) {
			return true
		}
	}
	return false
}

// possessives before a person make them someone's (« sa voisine »).
var thirdPossessives = lexicon.WordSet{"son": true, "sa": true, "ses": true, "leur": true, "leurs": true, "his": true, "her": true, "their": true}
