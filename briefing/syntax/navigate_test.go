package syntax

import "testing"

// A hand-built tree of "The two leaders signed a deal on Monday ."
func sampleTree() Sentence {
	forms := []string{"The", "two", "leaders", "signed", "a", "deal", "on", "Monday", "."}
	heads := []int{2, 2, 3, -1, 5, 3, 7, 3, 3}
	rels := []string{"det", "nummod", "nsubj", "root", "det", "obj", "case", "obl:tmod", "punct"}
	s := Sentence{}
	at := 0
	for i, f := range forms {
		s.Words = append(s.Words, Word{Form: f, Start: at, End: at + len(f), Head: heads[i], Rel: rels[i]})
		at += len(f) + 1
	}
	return s
}

func TestNavigation(t *testing.T) {
	s := sampleTree()
	if r := s.Root(); r != 3 {
		t.Fatalf("root %d", r)
	}
	if got := s.ChildrenWith(3, "nsubj", "obj"); len(got) != 2 || got[0] != 2 || got[1] != 5 {
		t.Fatalf("subject and object: %v", got)
	}
	if got := s.ChildrenWith(3, "obl"); len(got) != 1 || got[0] != 7 {
		t.Fatalf("obl should match obl:tmod: %v", got)
	}
	if a, b := s.Subtree(2); a != 0 || b != 2 {
		t.Fatalf("subject subtree %d..%d", a, b)
	}
	if a, b := s.Subtree(3); a != 0 || b != 8 {
		t.Fatalf("root subtree %d..%d", a, b)
	}
	if !s.Dominates(3, 0) || s.Dominates(5, 0) {
		t.Fatal("dominance is wrong")
	}
	if st, en := s.Bytes(4, 5); st != s.Words[4].Start || en != s.Words[5].End {
		t.Fatal("byte span is wrong")
	}
	if got := s.Children(7); len(got) != 1 || got[0] != 6 {
		t.Fatalf("children of Monday: %v", got)
	}
	if !s.HasCase(7, "by", "On") || s.HasCase(7, "by") || s.HasCase(5, "on") {
		t.Fatal("case markers are wrong")
	}
	if s.ToMarked(3) {
		t.Fatal("signed is no infinitive")
	}
}
