package commitments

import "testing"

// TestQuotedCommitmentEndsAtItsOwnWords checks that a quoted commitment
// followed by another with its own subject in the same quotation ends
// with its own words when the parser hung the attribution after the
// quotation on the quoted verb.
func TestQuotedCommitmentEndsAtItsOwnWords(t *testing.T) {
	text := `Carol Hendry said the firm had lost money. "We will keep the boats sailing until the handover and we will not cut the timetable before then," she said.`
	cs := Find(testDoc(t, text, []string{"Carol Hendry/person"}, nil))
	want := []string{"We will keep the boats sailing until the handover.", "we will not cut the timetable before then."}
	if len(cs) != len(want) {
		t.Fatalf("got %d commitments %+v", len(cs), cs)
	}
	for k, c := range cs {
		if c.Text != want[k] {
			t.Errorf("commitment %d: %q, want %q", k, c.Text, want[k])
		}
	}
}
