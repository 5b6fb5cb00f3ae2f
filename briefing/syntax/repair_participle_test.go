package syntax

import "testing"

// repairCase is a sentence whose repaired parse must hang word on head
// with relation rel.
type repairCase struct {
	construction, text, word, head, rel string
}

// checkRepairs analyses each case's text with the shipped model and
// checks where its word hangs and that the parse is a tree.
func checkRepairs(t *testing.T, cases []repairCase) {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range cases {
		s, find := analyzedWords(t, m, tt.text)
		k, h := find(tt.word), find(tt.head)
		if w := s.Words[k]; w.Rel != tt.rel || w.Head != h {
			t.Errorf("%s: %s is %s of %d, want %s of %s\n%s", tt.construction, tt.word, w.Rel, w.Head, tt.rel, tt.head, dump(s.Words))
		}
		if !isTree(s.Words) {
			t.Errorf("%s: not a tree\n%s", tt.construction, dump(s.Words))
		}
	}
}

func TestObjectParticipleRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"participle after the object describes the object",
			"Kalvia also promised to release 14 Estovan fishermen detained since March.", "detained", "fishermen", "acl"},
		{"participle after the object of a verb of result stays its complement",
			"The minister had his car stolen last week.", "stolen", "had", "xcomp"},
	})
}

func TestTrailingParticipleRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"participle clause after a reduced passive relative tells what the main clause's subject did",
			"The two sides signed a ceasefire on Friday after nine days of talks mediated by the African Union, agreeing to halt fighting in three counties.",
			"agreeing", "signed", "advcl"},
	})
}
