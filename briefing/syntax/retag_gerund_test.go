package syntax

import "testing"

// TestIndefiniteGerundRetag checks that a word in -ing with "a" before it
// as its determiner is a noun, and that a gerund followed by its object's
// article stays a verb.
func TestIndefiniteGerundRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "Loopwave, which has about 1.3 million Australian subscribers, has also given the commission a court-enforceable undertaking to redesign its cancellation process within 60 days.")
	if w := s.Words[find("undertaking")]; w.UPOS != "NOUN" {
		t.Errorf("undertaking is %s %s, want a noun\n%s", w.UPOS, w.XPOS, dump(s.Words))
	}
	s, find = analyzedWords(t, m, "The board is completing a review of the accounts.")
	if w := s.Words[find("completing")]; w.UPOS != "VERB" {
		t.Errorf("completing is %s, want a verb\n%s", w.UPOS, dump(s.Words))
	}
}
