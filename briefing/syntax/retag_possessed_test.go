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

// TestPossessedAdjectiveBeforeConjunction checks that a word read as an
// adjective between a possessive and "and" is the noun the possessive
// owns, the first of the two subjects.
func TestPossessedAdjectiveBeforeConjunction(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "Sudan's military and the paramilitary Rapid Support Forces agreed on Saturday to a truce, Saudi Arabia and the United States said.")
	if w := s.Words[find("military")]; w.UPOS != "NOUN" || w.Rel != "nsubj" || w.Head != find("agreed") {
		t.Errorf("military is %s %s of %d, want a noun, subject of agreed\n%s", w.UPOS, w.Rel, w.Head, dump(s.Words))
	}
}
