package main

import (
	"errors"
	"fmt"

	"tamis/i18n"
	"tamis/library/classify"
	"tamis/library/settings"
	"tamis/store"
)

// The checks themselves live in library/settings, shared with the
// interface; here they are run on what the command line was given and
// their refusals printed with the classifier's report.

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
	c := settings.AllowClassifier(classify.Rules(rules))
	for _, e := range allow {
		err := settings.CheckAllow(c, e)
		var refused *settings.AllowRefused
		if errors.As(err, &refused) {
			fmt.Fprintf(io.err, i18n.T("tamis : %s.\n", "tamis: %s.\n"), refused)
			if refused.Probe == "" {
				printReport(io.err, e, refused.Result)
			}
			return exitWith(exitBlocked)
		}
		if err != nil {
			return usageErrorf("%s", err)
		}
	}
	return nil
}

// checkDenyEntry says why a deny entry is refused, or nil.
func checkDenyEntry(e string) error { return settings.CheckDeny(e) }

// checkRemovals refuses to remove an entry that is in neither list, so a
// typo is said rather than silently ignored.
func checkRemovals(cur store.Rules, remove []string) error {
	return settings.CheckRemovals(cur.Allow, cur.Deny, remove)
}
