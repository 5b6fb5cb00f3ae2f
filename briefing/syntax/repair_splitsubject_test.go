package syntax

import "testing"

// TestSplitSubjectRepair checks that a subject the parser split at "and"
// into two subjects of one verb is one coordinated phrase again.
func TestSplitSubjectRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "More than 38,000 homes and businesses in Hexley and surrounding villages have been told to boil their tap water after a failure at the treatment works."
	s, find := analyzedWords(t, m, text)
	if subs := subjectsOf(s.Words, find("told")); len(subs) != 1 {
		t.Errorf("told has %d subjects, want 1\n%s", len(subs), dump(s.Words))
	}
	if w := s.Words[find("villages")]; w.Rel != "conj" {
		t.Errorf("villages is %s of %d, want a conjunct\n%s", w.Rel, w.Head, dump(s.Words))
	}
	if !isTree(s.Words) {
		t.Errorf("not a tree\n%s", dump(s.Words))
	}
}
