package syntax

import "testing"

func TestObjectParticipleRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		construction, text, participle, head, rel string
	}{
		{"participle after the object describes the object",
			"Kalvia also promised to release 14 Estovan fishermen detained since March.", "detained", "fishermen", "acl"},
		{"participle after the object of a verb of result stays its complement",
			"The minister had his car stolen last week.", "stolen", "had", "xcomp"},
	}
	for _, tt := range tests {
		s, find := analyzedWords(t, m, tt.text)
		p, h := find(tt.participle), find(tt.head)
		if w := s.Words[p]; w.Rel != tt.rel || w.Head != h {
			t.Errorf("%s: %s is %s of %d, want %s of %s\n%s", tt.construction, tt.participle, w.Rel, w.Head, tt.rel, tt.head, dump(s.Words))
		}
		if !isTree(s.Words) {
			t.Errorf("%s: not a tree\n%s", tt.construction, dump(s.Words))
		}
	}
}
