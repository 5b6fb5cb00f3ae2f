package syntax

import "testing"

// TestWhoseVerbRetag checks that the verb of a "whose" clause after names
// listed in apposition is a verb with the clause's noun for its subject,
// and the name before the clause the main verb's subject; a "whose" clause
// whose verb was read as one stays as parsed.
func TestWhoseVerbRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "The Aurora Shipping Alliance, whose members Corliss Line, Oristano Container Lines (OCL) and Kaibo Shipping operate about 640 container ships, today pledged to cut emissions by 45% by 2030.")
	if w := s.Words[find("operate")]; w.UPOS != "VERB" {
		t.Errorf("operate is %s %s, want a verb\n%s", w.UPOS, w.XPOS, dump(s.Words))
	}
	if w := s.Words[find("members")]; w.Rel != "nsubj" || w.Head != find("operate") {
		t.Errorf("members is %s of %d, want the subject of operate\n%s", w.Rel, w.Head, dump(s.Words))
	}
	if w := s.Words[find("Alliance")]; w.Rel != "nsubj" || w.Head != find("pledged") {
		t.Errorf("Alliance is %s of %d, want the subject of pledged\n%s", w.Rel, w.Head, dump(s.Words))
	}
	s, find = analyzedWords(t, m, "The union, whose members voted to strike, said it would meet the company on Monday.")
	if w := s.Words[find("voted")]; w.UPOS != "VERB" {
		t.Errorf("voted is %s, want a verb\n%s", w.UPOS, dump(s.Words))
	}
}
