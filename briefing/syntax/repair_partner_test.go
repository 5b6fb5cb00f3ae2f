package syntax

import "testing"

func TestPartnerInfinitiveRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		construction, text, infinitive, head, rel string
	}{
		{"an infinitive after a long partner phrase is what the verb agreed",
			"Sardova has agreed with a committee of its largest bondholders to restructure $9.2 billion of defaulted bonds.",
			"restructure", "agreed", "xcomp"},
		{"a noun that takes an infinitive of its own keeps it",
			"The union agreed with the need to modernise the plant.", "modernise", "need", "acl"},
		{"an infinitive after a noun that is no verb's partner stays the noun's",
			"The firm signed a deal with Airbus to supply engines.", "supply", "deal", "acl"},
	}
	for _, tt := range tests {
		s, find := analyzedWords(t, m, tt.text)
		v, h := find(tt.infinitive), find(tt.head)
		if w := s.Words[v]; w.Rel != tt.rel || w.Head != h {
			t.Errorf("%s: %s is %s of %d, want %s of %s\n%s", tt.construction, tt.infinitive, w.Rel, w.Head, tt.rel, tt.head, dump(s.Words))
		}
		if !isTree(s.Words) {
			t.Errorf("%s: not a tree\n%s", tt.construction, dump(s.Words))
		}
	}
}
