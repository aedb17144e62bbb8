package method

import (
	"regexp"
	"strings"
	"testing"
)

func TestDefaultCharterHasTheEightSectionsInOrder(t *testing.T) {
	heads := regexp.MustCompile(`(?m)^## [0-9]\. (.+)$`).FindAllStringSubmatch(DefaultCharter, -1)
	if len(heads) != len(CharterSections) {
		t.Fatalf("%d sections, want %d", len(heads), len(CharterSections))
	}
	for i, h := range heads {
		if h[1] != CharterSections[i] {
			t.Errorf("section %d = %q, want %q", i+1, h[1], CharterSections[i])
		}
	}
	for _, must := range []string{"règle d'or", "test de la porte", "pseudonymisées", "prénom ou de mes initiales"} {
		if !strings.Contains(strings.ToLower(DefaultCharter), strings.ToLower(must)) {
			t.Errorf("the charter does not say %q", must)
		}
	}
}

func TestCharterOrDefault(t *testing.T) {
	if CharterOrDefault("  \n") != DefaultCharter {
		t.Error("a blank charter must fall back to the default")
	}
	if CharterOrDefault("# Notre charte") != "# Notre charte" {
		t.Error("the référent's charter must win")
	}
}
