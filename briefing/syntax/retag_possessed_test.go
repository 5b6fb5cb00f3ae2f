package syntax

import "testing"

// TestPossessedAdjectiveRetag checks that a word read as an adjective
// between a possessive and an auxiliary is the noun the possessive owns
// and the subject of the verb.
func TestPossessedAdjectiveRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "The Varnholm Nurses' Federation (VNF), which represents about 18,000 nurses, said its executive had voted 14 to 3 on Saturday to accept the offer in principle.")
	if w := s.Words[find("executive")]; w.UPOS != "NOUN" || w.Rel != "nsubj" || w.Head != find("voted") {
		t.Errorf("executive is %s %s of %d, want a noun, subject of voted\n%s", w.UPOS, w.Rel, w.Head, dump(s.Words))
	}
}
