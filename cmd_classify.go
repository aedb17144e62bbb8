package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"tamis/i18n"
	"tamis/library/classify"
	"tamis/store"
)

func cmdClassify(args []string, io streams) int {
	f := newFlags("classify")
	asJSON := f.Bool("json", false, i18n.T("sortie JSON", "JSON output"))
	lines := f.Bool("jsonl", false, i18n.T("une valeur par ligne de l’entrée, un objet JSON par ligne", "one value per input line, one JSON object per line"))
	pos, code, ok := f.parse(args, io)
	if !ok {
		return code
	}
	if *lines && len(pos) > 0 {
		return f.usageError(io, i18n.T("--jsonl lit l’entrée standard, sans TEXTE", "--jsonl reads standard input, without TEXT"))
	}
	c, err := classifierFor(f.db)
	if err != nil {
		return fail(io, err)
	}
	if *lines {
		return classifyLines(c, io)
	}
	text := strings.Join(pos, " ")
	if len(pos) == 0 {
		data, err := readLimited(io.in, i18n.T("entrée standard", "standard input"))
		if err != nil {
			return fail(io, err)
		}
		text = trimFinalNewline(string(data))
	}
	res := c.Classify(text)
	if *asJSON {
		if err := json.NewEncoder(io.out).Encode(res); err != nil {
			return fail(io, err)
		}
	} else {
		printReport(io.out, text, res)
	}
	return exitForVerdict(res.Verdict)
}

// classifyLines classifies each line of stdin on its own and prints one JSON
// object per line, in order; the exit code is that of the worst line.
func classifyLines(c *classify.Classifier, io streams) int {
	sc := bufio.NewScanner(io.in)
	sc.Buffer(make([]byte, 64<<10), maxInputSize)
	enc := json.NewEncoder(io.out)
	worst := classify.OK
	for sc.Scan() {
		res := c.Classify(strings.TrimSuffix(sc.Text(), "\r"))
		if err := enc.Encode(res); err != nil {
			return fail(io, err)
		}
		worst = max(worst, res.Verdict)
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return fail(io, fmt.Errorf(i18n.T("une ligne de l’entrée standard dépasse %d Mio", "a line of standard input is larger than %d MiB"), maxInputSize>>20))
	} else if err != nil {
		return fail(io, fmt.Errorf(i18n.T("lecture de l’entrée standard : %w", "reading standard input: %w"), err))
	}
	return exitForVerdict(worst)
}

func exitForVerdict(v classify.Verdict) int {
	switch v {
	case classify.Blocked:
		return exitBlocked
	case classify.Doubt:
		return exitDoubt
	}
	return exitOK
}

func trimFinalNewline(s string) string {
	s = strings.TrimSuffix(s, "\n")
	return strings.TrimSuffix(s, "\r")
}

// classifierFor builds the classifier with the association's rules and
// profile, read from the store.
func classifierFor(db string) (*classify.Classifier, error) {
	st, err := openStore(db)
	if err != nil {
		return nil, err
	}
	return classifierFromStore(st)
}

func classifierFromStore(st *store.Store) (*classify.Classifier, error) {
	rules, err := st.ClassifierRules()
	if err != nil {
		return nil, err
	}
	return classify.New(classify.Rules(rules)), nil
}

func cmdAnonymize(args []string, io streams) int {
	f := newFlags("anonymize")
	pos, code, ok := f.parse(args, io)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return f.usageError(io, i18n.T("le texte se lit sur l’entrée standard", "the text is read from standard input"))
	}
	c, err := classifierFor(f.db)
	if err != nil {
		return fail(io, err)
	}
	data, err := readLimited(io.in, i18n.T("entrée standard", "standard input"))
	if err != nil {
		return fail(io, err)
	}
	text := string(data)
	if before := c.Classify(text); before.Category >= classify.Sensitive {
		// Codes replace identifiers, not facts: a sensitive fact stays
		// sensitive about a code, even where the anonymised text alone
		// would no longer show whom it is about.
		fmt.Fprintln(io.err, i18n.T(
			"tamis : rien n'est affiché, le texte contient une donnée sensible, qui ne se partage pas même anonymisée :",
			"tamis: nothing printed, the text holds sensitive data, which is not shared even anonymised:"))
		printFindings(io.err, text, sensitiveOnly(before.Findings))
		return exitBlocked
	}
	out, _ := c.Anonymize(text)
	res := c.Classify(out)
	switch res.Verdict {
	case classify.Blocked:
		// Pseudonymised data is still personal data: what remains blocked
		// (a health fact about Personne_001) is never printed.
		fmt.Fprintln(io.err, i18n.T(
			"tamis : rien n'est affiché, le texte anonymisé contient encore des données bloquées :",
			"tamis: nothing printed, the anonymised text still holds blocked data:"))
		printFindings(io.err, out, res.Findings)
		return exitBlocked
	case classify.Doubt:
		fmt.Fprintln(io.err, i18n.T(
			"tamis : attention, le texte anonymisé contient encore des données à vérifier :",
			"tamis: warning, the anonymised text still holds data to check:"))
		printFindings(io.err, out, res.Findings)
	}
	if _, err := io.out.Write([]byte(out)); err != nil {
		return fail(io, err)
	}
	return exitForVerdict(res.Verdict)
}

// sensitiveOnly keeps the category-4 findings: they are why anonymisation
// cannot help, and they do not repeat the identifiers it would replace.
func sensitiveOnly(fs []classify.Finding) []classify.Finding {
	var out []classify.Finding
	for _, f := range fs {
		if f.Category >= classify.Sensitive {
			out = append(out, f)
		}
	}
	return out
}
