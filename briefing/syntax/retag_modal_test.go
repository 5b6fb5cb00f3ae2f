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

// TestAdverbAfterModalRetag checks that an adverb after a modal, with a
// determiner after it and no verb in its clause, is the modal's verb, and
// that an adverb before the verb stays one.
func TestAdverbAfterModalRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"Acme said it would back the government.", "Acme said it would only back the government."} {
		s, find := analyzedWords(t, m, text)
		if w := s.Words[find("back")]; w.UPOS != "VERB" || w.Head != find("said") {
			t.Errorf("%s: back is %s of %d, want the verb said reports\n%s", text, w.UPOS, w.Head, dump(s.Words))
		}
		if w := s.Words[find("government")]; w.Rel != "obj" || w.Head != find("back") {
			t.Errorf("%s: government is %s of %d, want the object of back\n%s", text, w.Rel, w.Head, dump(s.Words))
		}
	}
	s, find := analyzedWords(t, m, "The firm would soon close the plant.")
	if w := s.Words[find("soon")]; w.UPOS != "ADV" {
		t.Errorf("soon is %s, want an adverb\n%s", w.UPOS, dump(s.Words))
	}
}
