package classify

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"tamis/library/classify/direct"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Rules are the association's own lists, kept in the store by the référent.
type Rules struct {
	Allow   []string // never flagged (association name, venues, generic contact e-mail)
	Deny    []string // always category 4 (confidential project names, partners under negotiation)
	Profile []string // the association's own profile texts: a value equal to one is category 1
}

// Classifier sorts values into the method's categories. Build it once with
// New; it is safe for concurrent use.
type Classifier struct {
	lex      *dictionaries
	lists    *lexicon.Dict // allowlist entries (value listAllow) and denylist ones (listDeny)
	profiles map[string]bool
	longest  int // byte length of the longest profile key

	// listHeads are the first words of the lists' entries when they are
	// few and none is a stem: a sentence whose folded words hold none of
	// them skips the lists (lists.go mayHoldList); nil: no such shortcut.
	listHeads []string

	everyStage bool // tests only: run every stage on every sentence, whatever its triggers

	// learnTrace, tests only (learned_train_test.go): receives the learned
	// check's features of each value, and the check adds no finding.
	learnTrace func(feature string)
	noLearned  bool // tests only: the rules alone, without the learned check
	noFamous   bool // tests only: no name is read as a public figure's (famous_lookalikes_test.go)
}

// New compiles the association's rules; the static dictionaries are
// compiled once per process and shared.
func New(r Rules) *Classifier {
	go func() { // read while the volunteer reads the screen; once per process
		lexicon.Warm()
		learnedModel()
		typoTerms() // misspelt_special.go
	}()
	return newWithLexicon(r, sharedLexicon())
}

// newWithLexicon is New with the given dictionaries (a test's own data).
func newWithLexicon(r Rules, lx *dictionaries) *Classifier {
	c := &Classifier{
		lex:      lx,
		lists:    lexicon.NewDict(),
		profiles: map[string]bool{},
	}
	for _, a := range r.Allow {
		c.lists.Add(a, listAllow)
	}
	for _, d := range r.Deny {
		c.lists.Add(d, listDeny)
	}
	c.allowProfileIBANs(r.Profile) // the profile's IBANs join the allowlist
	if heads, ok := c.lists.FirstWords(); ok && len(heads) > 0 && len(heads) <= maxListHeads {
		c.listHeads = heads // after every entry is in
	}
	for _, p := range r.Profile {
		if k := profileKey(p); k != "" {
			c.profiles[k] = true
			c.longest = max(c.longest, len(k))
		}
	}
	return c
}

// profileKey folds a text and collapses its white space, so that a value
// pasted from the profile with other line breaks still matches.
func profileKey(s string) string {
	return strings.Join(strings.Fields(text.Fold(s)), " ")
}

// isProfile reports a value equal to a profile text. Every ASCII byte
// that is not white space stays one byte in the key, so counting them
// rejects a long value (10 MB) without folding it.
func (c *Classifier) isProfile(text string) bool {
	if c.longest == 0 {
		return false
	}
	n := 0
	for i := 0; i < len(text); i++ {
		if b := text[i]; b < utf8.RuneSelf && !isASCIISpace(b) {
			if n++; n > c.longest {
				return false
			}
		}
	}
	return c.profiles[profileKey(text)]
}

func isASCIISpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r'
}

// Classify returns the category, verdict and findings of one value.
// The rules read the text prepared (prepare.go): hidden characters out,
// spaces and digits in ASCII; the findings point into text.
func (c *Classifier) Classify(text string) Result {
	a, p, r, done := c.start(text)
	if done {
		return r
	}
	a.run()
	return a.result(p)
}

// start prepares text and readies a pooled analysis of it; done says
// that the result r is already known (a profile text) and no analysis
// was taken.
func (c *Classifier) start(text string) (a *analysis, p prepared, r Result, done bool) {
	p = prepare(text)
	if len(p.hidden) == 0 && c.isProfile(p.text) {
		return nil, p, Result{Category: Published, Verdict: OK, Findings: []Finding{}}, true
	}
	a = analysisPool.Get().(*analysis)
	a.begin(c, p.text, direct.Find(p.text))
	if len(a.direct) > 256 { // no growth where findings abound; nothing up front for a short value
		a.findings = make([]Finding, 0, min(len(a.direct), direct.MaxFindings)+len(p.hidden)+16)
	}
	return a, p, Result{}, false
}

// result returns the finished analysis to the pool and the value's result.
func (a *analysis) result(p prepared) Result {
	findings := a.takeFindings(len(p.hidden))
	a.reset(nil, "", nil) // the pool keeps buffers, not the text they held
	analysisPool.Put(a)
	p.restore(findings)
	return summarize(append(findings, p.hidden...))
}

// maxPooledFindings is the capacity of the findings' buffer that an
// analysis keeps for the next value; a larger one (a long text full of
// identifiers) goes to the caller as it is.
const maxPooledFindings = 256

// takeFindings returns the findings of the value for the caller, with
// room for n more. A batch of short values found, in a fresh slice of
// four findings per value, four fifths of its garbage: the buffer stays
// with the pooled analysis and the caller gets an exact copy, or nil
// when there is nothing (as before: summarize makes it empty).
func (a *analysis) takeFindings(n int) []Finding {
	if cap(a.findings) > maxPooledFindings {
		fs := a.findings
		a.findings = nil
		return fs
	}
	if len(a.findings) == 0 {
		return nil
	}
	fs := make([]Finding, len(a.findings), len(a.findings)+n)
	copy(fs, a.findings)
	clear(a.findings)
	return fs
}

// analysisPool keeps the buffers of finished analyses: a batch of short
// values (classify --jsonl) would otherwise grow them again for each one.
var analysisPool = sync.Pool{New: func() any { return new(analysis) }}

// reset readies a for a new text, keeping the capacity of its buffers.
// The findings' buffer is reused too: takeFindings gave the caller a copy.
func (a *analysis) reset(c *Classifier, text string, direct []Finding) {
	var lex *dictionaries
	if c != nil {
		lex = c.lex
	}
	// The buffers are set aside, the rest zeroed in place, then the
	// buffers put back: a composite literal of the whole struct would be
	// built aside and copied, twice per value.
	clear(a.findings) // a finding's reason may quote the text: none stays in the pool
	clear(a.topics)
	allowed, appeals, findings, readerAppeals, topics := a.allowed[:0], a.appeals[:0], a.findings[:0], a.readerAppeals[:0], a.topics[:0]
	bodyYears := a.bodyYears[:0]
	sdirect, names, anchors, famous, scratch := a.sdirect[:0], a.names[:0], a.anchors[:0], a.famous[:0], a.scratch[:0]
	hits, hitStart, consumed := a.hits[:0], a.hitStart[:0], a.consumed[:0]
	learned, lkeys := a.learned[:0], a.lkeys[:0]
	if cap(learned) > maxPooledFindings {
		learned = nil // a long text's sentences: the pool keeps no more than a short value's
	}
	if cap(lkeys) > 64*maxPooledFindings {
		lkeys = nil // and no more of their features' keys
	}
	sc, words := a.sc, a.words
	*a = analysis{}
	a.c, a.lex, a.text, a.direct = c, lex, text, direct
	a.allowed, a.appeals, a.findings, a.readerAppeals, a.topics = allowed, appeals, findings, readerAppeals, topics
	a.bodyYears = bodyYears
	a.sdirect, a.names, a.anchors, a.famous, a.scratch = sdirect, names, anchors, famous, scratch
	a.hits, a.hitStart, a.consumed = hits, hitStart, consumed
	a.learned, a.lkeys = learned, lkeys
	a.sc, a.words = sc, words
	if a.words == nil {
		a.words = new(lexicon.WordCache)
	}
	if a.sc == nil {
		a.sc = newScanner() // the parameter text hides the package here
	}
	codeEnd := codeEndFor(text)
	a.codes = codeEnd != nil
	a.every = c != nil && c.everyStage
	a.sc.Reset(text, codeEnd)
}

// begin is reset for an analysis of the pool: result released it (reset
// to nothing but its buffers) before putting it there, or the pool made
// it new, so only the fields of a value are set, without zeroing the
// whole analysis a second time for each value.
func (a *analysis) begin(c *Classifier, text string, direct []Finding) {
	a.c, a.lex, a.text, a.direct = c, c.lex, text, direct
	if a.words == nil {
		a.words = new(lexicon.WordCache)
	}
	if a.sc == nil {
		a.sc = newScanner()
	}
	codeEnd := codeEndFor(text)
	a.codes = codeEnd != nil
	a.every = c.everyStage
	a.sc.Reset(text, codeEnd)
}

// newScanner returns an empty scanner, once per pooled analysis.
func newScanner() *text.Scanner { return new(text.Scanner) }

// summarize sorts the findings, drops those another one already covers,
// and takes their maximum.
func summarize(fs []Finding) Result {
	slices.SortStableFunc(fs, func(x, y Finding) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return y.End - x.End // the outer finding first
	})
	fs = dropCovered(fs)
	r := Result{Category: Public, Verdict: OK, Findings: fs}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	if len(fs) > 0 {
		r.Category = fs[0].Category
	}
	for _, f := range fs {
		r.Category = max(r.Category, f.Category)
		r.Verdict = max(r.Verdict, f.Verdict)
	}
	return r
}

// dropCovered removes, from findings sorted by start (outer first), each
// one that lies strictly inside an earlier blocked finding at least as
// severe: the first name of "jeanne.martin@gmail.com" adds nothing to the
// e-mail finding, and would hide the better reason from the volunteer. A
// doubt over a whole sentence keeps the more precise findings it holds.
// Hidden characters are always reported: they are what the volunteer must
// remove, whatever else the span holds.
func dropCovered(fs []Finding) []Finding {
	out := fs[:0]
	cover := -1 // index in out of the kept finding reaching furthest
	for _, f := range fs {
		if cover >= 0 {
			c := out[cover]
			inside := f.End <= c.End && (f.Start > c.Start || f.End < c.End) // strictly: same span, both kept
			if inside && c.Verdict == Blocked && c.Category >= f.Category && !hiddenRule(f.Rule) {
				continue
			}
		}
		out = append(out, f)
		if (cover < 0 || f.End > out[cover].End) && !learnedRule(f.Rule) {
			cover = len(out) - 1 // a learned finding covers nothing: it weighs the sentence, it does not name what a rule named
		}
	}
	return out
}

// analysis is the state of one Classify call.
type analysis struct {
	c         *Classifier
	lex       *dictionaries
	text      string
	bearsName int       // eponym_told.go: 0 not read yet, -1 none in the value, else 1 + where the last phrase starts
	direct    []Finding // from direct.Find, sorted by Start
	di        int       // first direct finding not yet before the sentence
	findings  []Finding
	allowed   [][2]int // byte spans matched by the allowlist
	appeals   [][2]int // byte spans of sentences that publish the association's bank details

	readerAppeals [][2]int // byte spans of sentences that ask the readers of a public appeal (reader_appeal.go)
	oneAsked      bool     // another question asks one « tu »: a chat, not a poster (reader_appeal.go)
	bodyYears     [][2]int // byte spans of years of birth said of a body (org_birth.go)

	topics []Finding // special facts read as a general topic, kept if the value names someone (topic_named.go)
	// the first and the last sentence that speak of someone (topic_named.go notePersonSentence)
	personFirst, personLast span
	codeSeen                bool   // an anonymisation code stands in the value (beginSentence)
	placeSeen               RuleID // the category of the last place of venue_visited.go read in the value, 0 before one

	// What the release of names alone weighs (learned_release.go).
	namesReported int  // name findings of reportName
	unlistedNames int  // of them, names that no list of public figures holds
	heldName      bool // a name the rules hold a person's whatever the words around (an amateur's stage, an age)
	officerNamed  bool // a board officer's name claimed from our site stays a doubt (published_officer.go, public_heading.go)

	sc    *text.Scanner      // cuts the text into sentences; kept with its buffers, a pointer that reset copies
	words *lexicon.WordCache // recent answers of the lexicon, kept with the pooled analysis

	// per sentence
	s              text.Sentence // its tokens' Norm point into sc's buffer: valid for this sentence only (clone one to keep it)
	sdirect        []Finding
	names          []nameHit
	anchors        []anchor
	famous         []span // the famous names of the sentence (famous_names.go)
	scratch        []span
	hits           []hit         // entries of the static dictionaries, see word_classes.go
	hitStart       []int         // first hit of each token
	population     bool          // a plural noun of the association\'s public is in the sentence
	digits         bool          // a token of the sentence holds a digit
	definition     bool          // the sentence defines a special-category term (special.go definesTerm), set by findSpecial
	shapes         text.Flags    // union of the flags of the sentence's tokens (guards.go lacksShape)
	sentCls        text.ClassSet // union of the classes of the sentence's words
	dictHits       uint32        // the dictionaries with an entry in the sentence (bit dictID)
	consumed       []bool        // tokens already explained (venue, allowlisted)
	labelStart     int           // first token of a name found after a form label
	carried        bool          // an earlier sentence of the value is about a person (carried_person.go)
	secretAsked    bool          // an earlier short sentence named a password (secret_carried.go)
	headRead       bool          // the value's first sentence was read for a heading (public_heading.go)
	publicHead     bool          // the value opens on a heading of a public text (public_heading.go)
	teachRead      bool          // the value's first sentence was read for teaching material (teaching_frame.go)
	teaching       bool          // the value is teaching material (teaching_frame.go)
	work           workHeading   // the value opens on the heading of a work's story (work_heading.go)
	codes          bool          // the text may hold an anonymisation code (codeEndFor)
	storyAt        int           // storyFrom's answer for the sentence, once memoStoryDone is set
	storyNext      uint8         // what the last sentence leaves to the next one: storySummary, storyList (story_frame.go)
	inventedNext   bool          // the last sentence told an invented case (invented_case.go)
	unverifiedNext bool          // and that case named someone (invented_case.go caseNamesSomeone)
	caseDoubted    bool          // findings of such a case were made doubts (invented_case.go doubtUnverifiedCase)
	funderBefore   bool          // an earlier sentence named a funder, a grant or figures (strategy_padded.go): « Dossier CAF : on met 45 participants… »
	tenderBefore   bool          // an earlier sentence named a tender (tender_bid.go): « Réponse à l'appel d'offres… Notre prix sera de… »
	every          bool          // the classifier's everyStage, read by the guards (guards.go)
	memo           memo
	over           direct.Overflow // findings past direct.MaxFindings (direct/bounds.go)

	// listsFound's memo: the lists of the dictionaries of listsDone (bit dictID)
	lists     [numDicts]uint64
	listsDone uint32

	// the line of the last sentence that asked for it (cue_credentials.go lineOf)
	lineStart, lineEnd int
	lineKnown          bool

	// per value, for the rules that read beyond their sentence (value_scan.go)
	sentFirst int  // len(findings) when the sentence began: the findings before lie before it
	sentKept  int  // findings kept since: fewer remain when a stage dropped one (learned_check.go)
	money     int8 // whether the value holds an amount: 0 not asked yet, 1 no, 2 yes

	// the learned check (learned_check.go)
	learned []learnedSentence
	lkeys   []uint64 // the keys of a sentence's features, sorted to count each once

	// work counters, read by the tests that keep the work linear
	steps     int // token predicates asked by the name shapes
	tokens    int
	lineBytes int // bytes scanned to find the lines of sentences (lineOf)
}

func (a *analysis) run() {
	for a.nextSentence() {
		a.sentence()
	}
	a.finish()
}

// nextSentence reads the next sentence of the value; false at its end.
func (a *analysis) nextSentence() bool {
	if !a.sc.Next(&a.s) {
		return false
	}
	a.tokens += len(a.s.Toks)
	return true
}

// finish adds what the value's sentences leave to the whole of it.
func (a *analysis) finish() {
	a.addDirectOutside()
	if len(a.readerAppeals) > 0 {
		a.dropReaderAppeals() // reader_appeal.go
	}
	if len(a.appeals) > 0 {
		a.findings = slices.DeleteFunc(a.findings, a.publishedBank)
	}
	if len(a.bodyYears) > 0 {
		a.findings = slices.DeleteFunc(a.findings, a.bodyYear) // org_birth.go
	}
	if o, ok := a.over.Finding(); ok {
		a.findings = append(a.findings, o)
	}
	if len(a.allowed) > 0 {
		a.findings = slices.DeleteFunc(a.findings, func(f Finding) bool {
			return f.Rule != ruleDenylist.String() && a.isAllowed(f)
		})
	}
	if len(a.topics) > 0 {
		a.keepTopicsOfNamed() // topic_named.go
	}
	a.releaseLearned() // learned_release.go: names alone, in text that reads public
	a.addLearned()     // last: it weighs the findings as they stand
}

// sentence runs every rule on the current sentence.
// memo caches sentence-wide predicates that several rules ask for.
type memo uint16

const (
	memoGenericDone memo = 1 << iota
	memoGeneric
	memoAggregateDone
	memoAggregate
	memoPublishedDone
	memoPublished
	memoHistoric // a name of the sentence was taken as historical (history_frame.go)
	memoHistoryCueDone
	memoHistoryCue
	memoStoryDone      // storyAt holds the sentence's story frame (story_frame.go)
	memoInvented       // the sentence tells an invented case (invented_case.go)
	memoUnverifiedCase // the invented case names someone: its findings stay, as doubts (invented_case.go)
	memoSingleQuotedDone
	memoSingleQuoted // a single quotation mark opens a quote (title_frame.go singleQuoted)
	memoPossibleNameDone
	memoPossibleName // a word of the sentence may be a name no shape took (possible_name.go)
)

func (a *analysis) sentence() {
	a.beginSentence()
	a.runStages(a.wantedStages())
	a.endSentence()
}

// wantedStages returns the stages to run on the sentence (stage_index.go).
func (a *analysis) wantedStages() stageSet {
	if a.c.everyStage {
		return stages.all
	}
	return stages.wanted(a)
}

// beginSentence readies the per-sentence state and tags the tokens.
func (a *analysis) beginSentence() {
	a.memo = 0
	a.sentFirst = len(a.findings)
	a.sentKept = 0
	a.names = a.names[:0]
	a.anchors = a.anchors[:0]
	a.famous = a.famous[:0]
	a.consumed = slices.Grow(a.consumed[:0], len(a.s.Toks))[:len(a.s.Toks)]
	clear(a.consumed)
	for k := range a.s.Toks {
		if !a.codes {
			break // no code in the text: no token to read
		}
		t := &a.s.Toks[k]
		a.consumed[k] = t.Has(text.Code) // an anonymisation code explains itself
		a.codeSeen = a.codeSeen || a.consumed[k]
	}
	a.tagSentence()
}

// endSentence notes what the sentence leaves to the value.
func (a *analysis) endSentence() {
	a.noteLearned()
	a.funderBefore = a.funderBefore || a.hasAny(cFunding, cFunderBodies, cFigures) || a.sentenceCues().has(cueCounterpart)
	a.tenderBefore = a.tenderBefore || a.sentenceCues().has(cueTenderNotice)
	if a.hasAny(cAccount, cPersonMoney) && a.isPublished() || a.ownAccountNamed() { // own_account_iban.go
		a.appeals = append(a.appeals, [2]int{a.s.Start, a.s.End})
	}
}

// publishedBank: an IBAN in a sentence that publishes it for donations
// ("Pour nous soutenir : IBAN FR76 …") is the association's own, public.
func (a *analysis) publishedBank(f Finding) bool {
	if f.Rule != ruleIBAN.String() || a.someonesAccount(f.Start) { // published_appeal.go
		return false
	}
	for _, s := range a.appeals {
		if f.Start >= s[0] && f.End <= s[1]+1 {
			return true
		}
	}
	return false
}

// collectDirect keeps the direct findings that overlap the sentence and
// reports them.
func (a *analysis) collectDirect() {
	a.sdirect = a.sdirect[:0]
	for a.di < len(a.direct) && a.direct[a.di].End <= a.s.Start {
		a.keepDirect(a.direct[a.di])
		a.di++
	}
	for k := a.di; k < len(a.direct) && a.direct[k].Start < a.s.End; k++ {
		if !a.isAllowed(a.direct[k]) {
			a.sdirect = append(a.sdirect, a.direct[k])
		}
	}
}

// keepDirect reports a direct finding once, when the sentence cursor passes it.
func (a *analysis) keepDirect(f Finding) {
	a.keep(f)
}

// keep records a finding, or folds it past direct.MaxFindings.
func (a *analysis) keep(f Finding) {
	if len(a.findings) >= direct.MaxFindings {
		a.over.Add(f.Start, f.End, f.Category)
		return
	}
	if a.findings == nil {
		a.findings = make([]Finding, 0, 16) // once per pooled analysis: takeFindings copies them out
	}
	if slices.ContainsFunc(a.findings[max(0, len(a.findings)-8):], func(g Finding) bool { return sameFinding(f, g) }) {
		return // two stages reached the same finding, perhaps with two reasons: the volunteer reads the first once
	}
	a.findings = append(a.findings, f)
	a.sentKept++
}

// sameFinding: f and g report the same span by the same rule and
// verdict, whatever their reasons (« Code boîte à clés : 0409 » is one
// code, read by the byte scanner and by a sentence rule).
func sameFinding(f, g Finding) bool {
	return f.Rule == g.Rule && f.Verdict == g.Verdict && f.Start == g.Start && f.End == g.End
}

func (a *analysis) addDirectOutside() {
	for ; a.di < len(a.direct); a.di++ {
		a.keepDirect(a.direct[a.di])
	}
}

// isAllowed: the finding lies inside an allowlisted span. The spans are
// disjoint and in text order, so a binary search finds the only candidate.
func (a *analysis) isAllowed(f Finding) bool {
	k, _ := slices.BinarySearchFunc(a.allowed, f.Start, func(s [2]int, t int) int {
		if s[0] <= t {
			return -1
		}
		return 1
	})
	return k > 0 && f.End <= a.allowed[k-1][1]
}

// add reports a finding of rule r on the token range [i, j) of the
// sentence, with the rule's category, verdict and reason. j is clamped to
// the sentence so that rules may ask for "the next token".
func (a *analysis) add(r RuleID, i, j int) {
	a.addAs(r, r.info().verdict, i, j, r.reason())
}

// addAs is add with another verdict or a more precise reason.
func (a *analysis) addAs(r RuleID, v Verdict, i, j int, reason string) {
	j = min(j, len(a.s.Toks))
	if i >= j {
		return
	}
	a.keep(Finding{
		Rule: r.String(), Category: r.info().cat, Verdict: v,
		Start: a.s.Toks[i].From(), End: a.s.Toks[j-1].To(), Reason: reason,
	})
}
