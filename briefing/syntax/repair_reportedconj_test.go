package syntax

import "testing"

// TestReportedConjunctGoesOnTheClauseSaid checks that a verb with "would"
// and no subject, joined by "and" after the clause a verb of saying
// reports, hangs on that clause, not on the saying.
func TestReportedConjunctGoesOnTheClauseSaid(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string][2]string{
		"Vasquez-Hoyt said the company accepted the conditions and would place orders for eight cranes.": {"place", "accepted"},
		"She said the union rejected the offer and would strike on Monday.":                              {"strike", "rejected"},
	} {
		words := m.Analyze(text, 0, len(text)).Words
		for _, w := range words {
			if w.Form == want[0] && (w.Head < 0 || words[w.Head].Form != want[1]) {
				t.Errorf("%q: %q hangs on %d, want %q\n%s", text, want[0], w.Head, want[1], dump(words))
			}
		}
	}
}
