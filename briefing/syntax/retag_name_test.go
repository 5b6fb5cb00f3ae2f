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

// TestInitialNameAsAdverbRetag checks that a firm's name opening a
// sentence before a description set off by commas is a proper noun and
// the subject, while "Meanwhile," stays an adverb.
func TestInitialNameAsAdverbRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "Greenhallow, Britain's fifth-largest supermarket chain, has pledged to pay its suppliers within 14 days.")
	if w := s.Words[find("Greenhallow")]; w.UPOS != "PROPN" || w.Rel != "nsubj" || w.Head != find("pledged") {
		t.Errorf("Greenhallow is %s %s of %d, want a proper noun, subject of pledged\n%s", w.UPOS, w.Rel, w.Head, dump(s.Words))
	}
	s, find = analyzedWords(t, m, "Meanwhile, the group said it would pay its suppliers within 14 days.")
	if w := s.Words[find("Meanwhile")]; w.UPOS != "ADV" {
		t.Errorf("Meanwhile is %s, want an adverb\n%s", w.UPOS, dump(s.Words))
	}
}

// TestNameInIngRetag checks that a capitalised word in -ing before a
// name word is a word of that name, opening the sentence or after a
// dateline, while an office's "Planning" before a name stays as parsed.
func TestNameInIngRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Brightwing Airways today confirmed the compensation it will pay to customers.",
		"Dunmore, 5 August 2025 – Brightwing Airways today confirmed the compensation it will pay to customers.",
	} {
		s, find := analyzedWords(t, m, text)
		if w := s.Words[find("Brightwing")]; w.UPOS != "PROPN" {
			t.Errorf("%q: Brightwing is %s %s, want a proper noun\n%s", text, w.UPOS, w.XPOS, dump(s.Words))
		}
	}
	s, find := analyzedWords(t, m, "Planning Minister Julio De Vido said a contribution could be made.")
	if w := s.Words[find("Minister")]; w.Rel == "flat" && s.Words[w.Head].Form == "Planning" {
		t.Errorf("Minister hangs on Planning as a name\n%s", dump(s.Words))
	}
}
