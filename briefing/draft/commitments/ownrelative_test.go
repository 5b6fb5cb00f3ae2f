package commitments

import (
	"strings"
	"testing"
)

// TestOwnRelativeLeftOut checks that a relative clause set off by a comma
// that makes a commitment of its own is not part of the commitment of the
// phrase it ends, and is drafted as its own.
func TestOwnRelativeLeftOut(t *testing.T) {
	text := "Verdania and Kostrel agreed to meet again in January, under the auspices of the regional development bank, which has offered to fund a joint monitoring station."
	cs := Find(testDoc(t, text, []string{"Verdania/country", "Kostrel/country"}, nil))
	if len(cs) != 2 {
		t.Fatalf("got %d commitments %+v, want the meeting and the offer", len(cs), cs)
	}
	if strings.Contains(cs[0].Text, "offered") || !strings.HasSuffix(cs[0].Text, "regional development bank.") {
		t.Errorf("meeting %q runs into the bank's offer", cs[0].Text)
	}
	if !strings.Contains(cs[1].Text, "fund a joint monitoring station") {
		t.Errorf("offer %q", cs[1].Text)
	}
}

// TestAsideRelativeLeftOut checks that a relative clause set off by a
// comma at the end of the act tells about the noun before it and is left
// out of the action, even where the parser cut it short.
func TestAsideRelativeLeftOut(t *testing.T) {
	text := "The health minister, Joana Ribeiro, has refused to reopen pay talks with junior doctors, who are due to strike for three days from Monday."
	cs := Find(testDoc(t, text, []string{"Joana Ribeiro|Ribeiro/person"}, nil))
	if len(cs) != 1 {
		t.Fatalf("got %d commitments %+v, want the refusal", len(cs), cs)
	}
	if cs[0].Action != "reopen pay talks with junior doctors" {
		t.Errorf("action %q, want it to end at the doctors", cs[0].Action)
	}
}
