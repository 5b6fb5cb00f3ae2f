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
