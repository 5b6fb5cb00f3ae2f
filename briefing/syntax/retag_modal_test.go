package syntax

import "testing"

// TestModalBaseRetag checks that the word after a modal and "no longer"
// that the tagger read as a preposition is the verb the modal goes with,
// and the noun after it its object.
func TestModalBaseRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "Calderdown County Council said it would no longer fund the route.")
	if w := s.Words[find("fund")]; w.UPOS != "VERB" || w.Rel != "ccomp" || w.Head != find("said") {
		t.Errorf("fund is %s %s of %d, want the verb said reports\n%s", w.UPOS, w.Rel, w.Head, dump(s.Words))
	}
	if w := s.Words[find("route")]; w.Rel != "obj" || w.Head != find("fund") {
		t.Errorf("route is %s of %d, want the object of fund\n%s", w.Rel, w.Head, dump(s.Words))
	}
}
