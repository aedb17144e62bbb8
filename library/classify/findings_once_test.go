package classify

import "testing"

// Two stages that reach the same finding (same rule, span and reason)
// report it once: the volunteer reads each reason once.
func TestSameFindingReportedOnce(t *testing.T) {
	c := New(Rules{})
	for _, text := range []string{
		"On n'a toujours pas de nouvelles de la fondation pour le dossier de printemps",
		"Le partenariat avec le supermarché ne sera peut-être pas renouvelé",
	} {
		fs := c.Classify(text).Findings
		for i := range fs {
			for j := i + 1; j < len(fs); j++ {
				if fs[i] == fs[j] {
					t.Errorf("%q: %s %d-%d reported twice", text, fs[i].Rule, fs[i].Start, fs[i].End)
				}
			}
		}
	}
}
