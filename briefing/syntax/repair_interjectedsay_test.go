package syntax

import "testing"

// TestConjunctAfterInterjectionRepair checks that a verb group after an
// interjected report (", she said, and would …") joins the clause the
// report interrupts, not the verb of saying.
func TestConjunctAfterInterjectionRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		construction, text, first, second string
	}{
		{"a pronoun's report between two modal groups",
			"The university would fund the extra contributions from its reserves, she said, and would not seek to recover pay for strike days.",
			"fund", "seek"},
		{"a name's report between two future groups",
			"The bank will cut its rate in March, Ms Ortega said, and will review its bond purchases in June.",
			"cut", "review"},
	}
	for _, tt := range tests {
		s, find := analyzedWords(t, m, tt.text)
		f, c := find(tt.first), find(tt.second)
		if w := s.Words[c]; w.Rel != "conj" || w.Head != f {
			t.Errorf("%s: %s is %s of %d, want conj of %s (%d)\n%s", tt.construction, tt.second, w.Rel, w.Head, tt.first, f, dump(s.Words))
		}
		if !isTree(s.Words) {
			t.Errorf("%s: not a tree\n%s", tt.construction, dump(s.Words))
		}
	}
	unchanged := "The bank will cut its rate, she said, and added that it would wait."
	s, find := analyzedWords(t, m, unchanged)
	if w := s.Words[find("added")]; w.Head == find("cut") {
		t.Errorf("a second report of the speaker joined the clause it follows\n%s", dump(s.Words))
	}
}
