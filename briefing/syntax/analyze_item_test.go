package syntax

import "testing"

// TestListItemParsedWithoutItsMark checks that a list item whose parse
// with its dash has no verb at the root is parsed without the dash, the
// dash hanging on the item's verb, and that every span still slices the
// source to its word.
func TestListItemParsedWithoutItsMark(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const text = "- Malawi and Zambia agreed on 16 July to conduct joint cross-border surveillance."
	s := m.Analyze(text, 0, len(text))
	root := s.Root()
	if root < 0 || s.Words[root].Form != "agreed" {
		t.Fatalf("root %d, want \"agreed\"\n%s", root, dump(s.Words))
	}
	if w := s.Words[0]; w.Form != "-" || w.Head != root || w.Rel != "punct" {
		t.Errorf("the mark is %s of %d, want punct of the root", w.Rel, w.Head)
	}
	if k := 1; s.Words[k].Head != root || s.Words[k].Rel != "nsubj" {
		t.Errorf("Malawi is %s of %d, want nsubj of the root\n%s", s.Words[k].Rel, s.Words[k].Head, dump(s.Words))
	}
	for _, w := range s.Words {
		if text[w.Start:w.End] != w.Form {
			t.Errorf("span %d-%d is %q, want %q", w.Start, w.End, text[w.Start:w.End], w.Form)
		}
	}
	if !isTree(s.Words) {
		t.Errorf("not a tree\n%s", dump(s.Words))
	}
}
