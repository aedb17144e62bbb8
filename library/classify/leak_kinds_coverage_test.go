package classify

import (
	"path/filepath"
	"testing"
)

// leakKind is one file of testdata/leak_kinds: a kind of personal or
// sensitive value that unseen text showed passing (issue 7 §4).
type leakKind struct {
	file  string
	want  Category // the least category a value must be blocked with
	floor float64  // the least share (percent) blocked so
}

// leakKinds are the kinds, with their floors. Before the work on them
// (main of 1 December 2026, 04:25) the same sentences gave: names 91.7,
// indirect 85.0, life stories 61.1, photos 85.0, IP addresses 100 (with
// four public sentences blocked: public DNS resolvers, a section number,
// « Assurance maladie »), public bodies' identifiers 90.0, everyday
// special categories 89.1, the association's matters 80.0 %; all kinds
// 178/208 = 85.6 %.
var leakKinds = []leakKind{
	{"names", Personal, 90},
	{"indirect", Personal, 80},
	{"life_story", Personal, 94},
	{"photo", Personal, 95},
	{"ip", Personal, 100},
	{"public_ids", Personal, 95},
	{"everyday_special", Sensitive, 94},
	{"matters", Sensitive, 91},
	{"child_protection", Sensitive, 95},  // 15.0 % before kept_child_protection_terms.txt
	{"health_euphemisms", Sensitive, 95}, // 70.0 % before the symptoms of ameli.fr and the NHS A–Z
	{"kept_quiet", Sensitive, 95},        // 37.5 % before kept_quiet.go
	{"family_names", Personal, 85},       // 42.9 % before family_surname.go
	{"member_numbers", Personal, 90},     // 33.3 % before file_codes.go
	{"word_names", Personal, 85},         // 81.0 % before word_names.go; English names that are words still pass
	{"one_in_place", Personal, 90},       // 83.3 % before owedTo and the bodies a person belongs to
	{"unsaid_matters", Sensitive, 90},    // 83.3 % before the hush cues of a matter not told yet
	{"faith_practice", Sensitive, 94},    // 94.4 % before the practices of the Observatoire de la laïcité's guide
	{"login_lines", Sensitive, 95},       // 100 % already: a guard
	{"pointed_person", Personal, 90},     // 55.6 % before floors, deeds, arrivals, cards and « vous voyez qui c'est » (1 December, evening)
	{"worded_address", Personal, 80},     // 55.9 % before guest_room.go and the landmarks of a home
	{"short_name", Personal, 85},         // 65.8 % before civility_particle.go and nickname_said.go
	{"bare_identifier", Personal, 80},    // 64.0 % before record_codes.go
}

// TestLeakKindsCoverage measures, per kind of leak, how many values that
// point at one person (or tell a category-4 fact) are blocked with the
// right category, and checks that public sentences of the same look are
// not blocked (a doubt there is logged: the gray zone's own false alarms).
func TestLeakKindsCoverage(t *testing.T) {
	c := rulesOnly() // the rules' coverage: the learned check is measured on the held-out sets
	total, caught := 0, 0
	for _, k := range leakKinds {
		facts, public := coverageLines(t, filepath.Join("testdata", "leak_kinds", k.file+".txt"))
		n := 0
		for _, s := range facts {
			r := c.Classify(s)
			if r.Verdict == Blocked && r.Category >= k.want {
				n++
				continue
			}
			t.Logf("  %s miss: got %d/%s %v: %q", k.file, r.Category, r.Verdict, describe(s, r), s)
		}
		share := pct(n, len(facts))
		t.Logf("%-16s %3d/%3d blocked as category %d or more: %5.1f %%", k.file, n, len(facts), k.want, share)
		if share < k.floor {
			t.Errorf("%s: %.1f %% blocked, floor %.0f %%", k.file, share, k.floor)
		}
		for _, s := range public {
			switch r := c.Classify(s); r.Verdict {
			case Blocked:
				t.Errorf("%s: public sentence blocked %d/%s %v: %q", k.file, r.Category, r.Verdict, describe(s, r), s)
			case Doubt: // a false alarm of another kind (gray zone, roles): logged, counted by the eval sets
				t.Logf("  %s public sentence flagged: %v: %q", k.file, describe(s, r), s)
			}
		}
		total, caught = total+len(facts), caught+n
	}
	t.Logf("all kinds: %d/%d = %.1f %%", caught, total, pct(caught, total))
}
