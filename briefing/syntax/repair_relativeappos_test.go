package syntax

import "testing"

// TestRelativeApposition checks that a name set off by commas after the
// last noun of a relative clause describes that noun, with an office
// joined to it and its own name, and does not become a second subject of
// the main verb; and that "chief executive" before no noun is a noun.
func TestRelativeApposition(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "The undertaking, which was signed by Harrowfield's chief executive, Dr Nadia Okwuosa, and the WSC's chair, Graham Pettifer, follows an investigation by the regulator.")
	if w := s.Words[find("executive")]; w.UPOS != "NOUN" || w.Rel != "obl:agent" {
		t.Errorf("executive is %s %s, want the agent noun\n%s", w.UPOS, w.Rel, dump(s.Words))
	}
	checks := []struct{ word, rel, head string }{
		{"Nadia", "appos", "executive"},
		{"chair", "conj", "executive"},
		{"Graham", "appos", "chair"},
		{"undertaking", "nsubj", "follows"},
	}
	for _, c := range checks {
		if w := s.Words[find(c.word)]; w.Rel != c.rel || w.Head != find(c.head) {
			t.Errorf("%s is %s of %d, want %s of %s\n%s", c.word, w.Rel, w.Head, c.rel, c.head, dump(s.Words))
		}
	}
	s, find = analyzedWords(t, m, "Its chief executive officer, Dana Lee, said the firm would appeal.")
	if w := s.Words[find("executive")]; w.UPOS == "NOUN" {
		t.Errorf("executive before officer is a noun\n%s", dump(s.Words))
	}
}
