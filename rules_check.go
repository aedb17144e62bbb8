package main

import (
	"fmt"
	"strings"
	"unicode"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/store"
)

// The allow and deny lists change what every check says, so an entry is
// checked before it is saved. An allowlisted text is never flagged again:
// a person's e-mail in it would pass every later check, so an entry the
// classifier finds personal or sensitive (even in doubt) is refused. A
// denylisted text is always sensitive: a short or common entry (« de »,
// « pour les ») would block every prompt, so it is refused too.

// minDenyLetters is the fewest letters or digits a deny entry may have.
const minDenyLetters = 4

// functionWords are French and English words that say nothing on their
// own; a deny entry made only of them would match almost any text.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`le la les l un une des de du d au aux à a et ou en dans sur sous pour par
		avec sans chez ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes qui que quoi
		dont où ne pas plus est sont il elle ils elles on nous vous je tu y se sa
		the a an of to in on at for with by from and or is are be this that these those our your their it`) {
		functionWords[library.Normalize(w)] = true
	}
}

// checkAllowEntries refuses the allow entries that hold personal or
// sensitive data, judged without the lists themselves (an entry must not
// vouch for itself) and without the profile.
func checkAllowEntries(st *store.Store, allow []string, io streams) error {
	if len(allow) == 0 {
		return nil
	}
	rules, err := st.ClassifierRules()
	if err != nil {
		return err
	}
	c := classify.New(classify.Rules{Deny: rules.Deny})
	for _, e := range allow {
		if res := c.Classify(e); res.Category >= classify.Personal {
			fmt.Fprintf(io.err, i18n.T(
				"tamis : « %s » n’a pas été ajouté à la liste autorisée : une donnée personnelle ou sensible ne peut pas y figurer, elle ne serait plus jamais signalée.\n",
				"tamis: %q was not added to the allowlist: personal or sensitive data cannot be in it, it would never be flagged again.\n"), e)
			printReport(io.err, e, res)
			return exitWith(exitBlocked)
		}
		if probe, hides := hidesAName(c, e); hides {
			fmt.Fprintf(io.err, i18n.T(
				"tamis : « %s » n’a pas été ajouté à la liste autorisée : il peut être le nom d’une personne (« %s » est bloqué), et la liste autorisée le cacherait partout.\n",
				"tamis: %q was not added to the allowlist: it may be a person's name (%q is blocked), and the allowlist would hide it everywhere.\n"), e, probe)
			return exitWith(exitBlocked)
		}
	}
	return nil
}

// hidesAName: an allowlisted text explains its words away, so an entry
// that can be part of a person's name ("Dupont") would make "Mme Dupont"
// pass. The entry is tried where a name stands; a venue or a body named
// after someone ("Salle Jean Moulin") stays public there, a surname does not.
func hidesAName(c *classify.Classifier, entry string) (probe string, hides bool) {
	for _, p := range []string{"Mme %s", "Jean %s"} {
		probe = fmt.Sprintf(p, entry)
		if c.Classify(probe).Verdict == classify.Blocked {
			return probe, true
		}
	}
	return "", false
}

// checkDenyEntry says why a deny entry is refused, or nil.
func checkDenyEntry(e string) error {
	letters := 0
	for _, r := range e {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters++
		}
	}
	if letters < minDenyLetters {
		return fmt.Errorf(i18n.T("« %s » est trop court pour la liste interdite (au moins %d lettres ou chiffres) : il bloquerait presque tous les textes",
			"%q is too short for the denylist (at least %d letters or digits): it would block almost every text"), e, minDenyLetters)
	}
	words := strings.FieldsFunc(library.Normalize(e), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, w := range words {
		if !functionWords[w] {
			return nil
		}
	}
	return fmt.Errorf(i18n.T("« %s » n’est fait que de mots courants : dans la liste interdite, il bloquerait presque tous les textes",
		"%q is made only of common words: in the denylist it would block almost every text"), e)
}

// errNotInLists is returned when an entry to remove is in neither list.
type errNotInLists struct{ entry string }

func (e errNotInLists) Error() string {
	return fmt.Sprintf(i18n.T("« %s » n’est ni dans la liste autorisée ni dans la liste interdite : rien n’a été modifié",
		"%q is in neither the allowlist nor the denylist: nothing was changed"), e.entry)
}

// checkRemovals refuses to remove an entry that is in neither list, so a
// typo is said rather than silently ignored.
func checkRemovals(cur store.Rules, remove []string) error {
	present := map[string]bool{}
	for _, e := range append(append([]string{}, cur.Allow...), cur.Deny...) {
		present[library.Normalize(strings.TrimSpace(e))] = true
	}
	for _, r := range remove {
		if !present[library.Normalize(strings.TrimSpace(r))] {
			return errNotInLists{r}
		}
	}
	return nil
}
