package syntax

import "testing"

// TestRelativeVerbRetag checks that a verb in -s read as a plural noun
// right after a relative "that" is the relative clause's verb, with
// "that" its subject.
func TestRelativeVerbRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "Three weeks after the election, the Social Democrats and the Greens have signed a coalition agreement that hands the premiership to Jana Marek and splits the ministries six to five.")
	v := find("hands")
	if w := s.Words[v]; w.UPOS != "VERB" || w.Rel != "acl:relcl" {
		t.Errorf("hands is %s %s, want a verb heading a relative clause\n%s", w.UPOS, w.Rel, dump(s.Words))
	}
	if w := s.Words[find("that")]; w.Rel != "nsubj" || w.Head != v {
		t.Errorf("that is %s of %d, want the subject of hands\n%s", w.Rel, w.Head, dump(s.Words))
	}
	s, find = analyzedWords(t, m, "It is the first of the tariffs that the ministry plans to cut.")
	if w := s.Words[find("tariffs")]; w.UPOS != "NOUN" {
		t.Errorf("a plural noun before a relative clause became a verb\n%s", dump(s.Words))
	}
}
