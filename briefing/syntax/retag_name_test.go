package syntax

import "testing"

// TestNameWordAsVerbRetag checks that a capitalised word in -s inside a
// name that acts later in the sentence is a proper noun, and the name
// the subject of that verb.
func TestNameWordAsVerbRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "South Sudan's government and the rebel Lakes Popular Resistance Front (LPRF) signed a ceasefire on Friday.")
	if w := s.Words[find("Lakes")]; w.UPOS != "PROPN" {
		t.Errorf("Lakes is %s %s, want a proper noun\n%s", w.UPOS, w.XPOS, dump(s.Words))
	}
	if w := s.Words[find("government")]; w.Rel != "nsubj" || w.Head != find("signed") {
		t.Errorf("government is %s of %d, want nsubj of signed\n%s", w.Rel, w.Head, dump(s.Words))
	}
}
