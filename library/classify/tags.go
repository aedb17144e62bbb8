package classify

// Every static phrase dictionary is compiled into one trie, so that a
// sentence is walked once: each token costs one or two map lookups however
// many dictionaries the rules consult. The values of the combined trie pack
// the dictionary and the entry: dict<<dictShift | value.

type dictID int32

const (
	dSpecial dictID = iota
	dStrategy
	dGeneric
	dPublished
	dGray
	dQuasi
	dTitles
	dGrantIntent
	dFunding
	dCue // cues.go: the lists of data/cues/
	numDicts
)

const dictShift = 20

// hit is one dictionary entry found in the sentence.
type hit struct {
	i, j int
	dict dictID
	val  int
}

// combine builds the single trie from the separate dictionaries' entries.
func combine(sources [numDicts]func(add func(entry string, val int))) *phraseDict {
	all := newPhraseDict()
	for id, src := range sources {
		src(func(entry string, val int) {
			all.add(entry, int(id)<<dictShift|val)
		})
	}
	return all
}

// wordClass says in which word lists a word is: one map lookup per token
// answers every list the per-token loops consult.
type wordClass uint64

const (
	cFirst wordClass = 1 << iota
	cAmbig
	cLast
	cVenue
	cSingDet
	cPopulation
	cChange
	cPhoto
	cPerson
	cOrg
	cTrouble
	cRelation // relations, rapports
	cCool     // fraîches, tendues
	cContract // contrat, CDD
	cContractEnd
	cAccount  // compte, solde
	cQuantity // quelques, plusieurs
	cKin      // neveu, fille
	cPersonMoney
	cSameSex // femmes, hommes (after "deux")
	cCouple
	cSpot // parcelle, flat (before a number)
	cWork // film, livre
	// classes of the rules for text without keywords (issue 7); a token
	// keeps only the first 32 classes (see token.is): those read per
	// token come first, the others are asked of the sentence (a.has)
	cLimit      // max, jusqu'à
	cWomenWed   // mariées, pacsées
	cHandle     // pseudo, snap, discord
	cPlacePrep  // à, de, vers, from: before a commune
	cSurnameCtx // avec, chez, relancer: before a surname
	cMargin     // lâche, plancher, vise
	cOpening    // propose, annonce
	cRefused    // refusé, rejected
	cResubmit   // redéposer, sous un autre nom
	cSuspicion  // soupçonne, accuse
	cMisuse     // carte, caisse, frais
	cBoard      // CA, bureau, board
	cTension    // tendu, divisé
	cFall       // baisse, moins, lost
	cActivity   // inscriptions, fréquentation
	cBodyID     // travail, caf, allocataire
	cWeather    // météo, canicule
	cPending    // attend, pas sûrs, hasn't
	cFunding    // subvention, grant
	cCodeWord   // code, digicode, alarm
	cFraud      // gonfler, inflated
	cFigures    // chiffres, comptes, report
	cRecruit    // récupérer, attirer, poach
	cRival      // voisin, d'en face, concurrent
	cScan       // scan, scanner
	cJeune      // jeune (young) or jeûne (fasting)
	cPartner    // femme, mari, copain, wife
	cBelief     // pense, croit
)

// wordInfo is what the lexicon knows of a word: its classes and the
// combined trie's node for entries starting with it.
type wordInfo struct {
	cls  wordClass
	root *trieNode
}

func (lx *lexicon) buildClasses() {
	lx.class = map[string]wordInfo{}
	for _, set := range []struct {
		words wordSet
		c     wordClass
	}{
		{lx.firstnames, cFirst}, {lx.ambiguous, cAmbig}, {lx.lastnames, cLast}, {lx.venues, cVenue},
		{singularDets, cSingDet}, {lx.population, cPopulation}, {changeWords, cChange},
		{lx.photo, cPhoto}, {lx.persons, cPerson}, {partnerOrgs, cOrg}, {troubleWords, cTrouble},
		{relationWords, cRelation}, {coolWords, cCool}, {contractWords, cContract}, {contractEnds, cContractEnd},
		{accountWords, cAccount}, {quantityWords, cQuantity}, {kinWords, cKin}, {personMoneyWords, cPersonMoney},
		{sameSexPlural, cSameSex}, {coupleWords, cCouple}, {spotWords, cSpot}, {workWords, cWork},
		{marginWords, cMargin}, {openingWords, cOpening}, {limitWords, cLimit}, {refusedWords, cRefused}, {resubmitWords, cResubmit}, {suspicionWords, cSuspicion},
		{misuseMeans, cMisuse}, {boardWords, cBoard}, {tensionWords, cTension}, {fallWords, cFall},
		{activitySubjects, cActivity}, {bodyIDWords, cBodyID}, {weatherWords, cWeather},
		{pendingWords, cPending}, {fundingNouns, cFunding}, {codeWords, cCodeWord},
		{fraudWords, cFraud}, {figureWords, cFigures}, {lureWords, cRecruit}, {rivalWords, cRival},
		{scanVerbs, cScan}, {newWordSet("jeune"), cJeune}, {partnerNouns, cPartner}, {womenCouple, cWomenWed},
		{handleWords, cHandle}, {placePreps, cPlacePrep}, {surnameContext, cSurnameCtx}, {newWordSet("pense pensent croit croient"), cBelief},
	} {
		for w := range set.words {
			info := lx.class[w]
			info.cls |= set.c
			lx.class[w] = info
		}
	}
	for w, child := range lx.all.root.next {
		info := lx.class[w]
		info.root = child
		lx.class[w] = info
	}
}

// is reports whether the token is in a class among the first 32, the only
// ones a token keeps: a smaller token makes the scanner faster.
func (t token) is(c wordClass) bool { return wordClass(t.cls)&c != 0 }

// has reports whether a word of class c is in the sentence: rules that
// need such a word return at once without reading the tokens.
func (a *analysis) has(c wordClass) bool { return a.sentCls&c != 0 }

// tagSentence classifies every word and finds every entry of every static
// dictionary in the sentence.
func (a *analysis) tagSentence() {
	toks := a.s.toks
	a.hits = a.hits[:0]
	a.hitStart = append(a.hitStart[:0], make([]int, len(toks)+1)...)
	a.population = false
	a.digits = false
	a.sentCls = 0
	for i := range toks {
		info := a.lex.class[toks[i].norm]
		toks[i].cls = uint32(info.cls)
		a.sentCls |= info.cls
		a.population = a.population || toks[i].is(cPopulation)
		a.digits = a.digits || toks[i].flags&fLetter == 0
		a.hitStart[i] = len(a.hits)
		a.lex.all.eachMatchFrom(info.root, toks, i, func(end int, v int32) {
			a.hits = append(a.hits, hit{i: i, j: end, dict: dictID(v >> dictShift), val: int(v & (1<<dictShift - 1))})
		})
	}
	a.hitStart[len(toks)] = len(a.hits)
}

// at returns the longest entry of dict starting at token i (val 0: none).
func (a *analysis) at(d dictID, i int) (end, val int) {
	for _, h := range a.hits[a.hitStart[i]:a.hitStart[i+1]] {
		if h.dict == d && h.j > end {
			end, val = h.j, h.val
		}
	}
	return end, val
}

// spansOf returns the non-overlapping longest entries of dict, left to right.
func (a *analysis) spansOf(d dictID, out []span) []span {
	covered := 0
	for k := 0; k < len(a.hits); k++ {
		h := a.hits[k]
		if h.dict != d || h.i < covered {
			continue
		}
		end, val := a.at(d, h.i)
		out = append(out, span{h.i, end, val})
		covered = end
	}
	return out
}
