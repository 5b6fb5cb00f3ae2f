package syntax

import "testing"

func TestReportSubjectAfterComma(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"two states report, the second a conjunct", "Both sides agreed to a truce, Saudi Arabia and the United States said in a joint statement.", "Arabia", "said", "nsubj"},
		{"two states report, the report on the root", "Both sides agreed to a truce, Saudi Arabia and the United States said in a joint statement.", "said", "agreed", "parataxis"},
		{"two states report, no state in the truce", "Both sides agreed to a truce, Saudi Arabia and the United States said in a joint statement.", "States", "Arabia", "conj"},
		{"one state, no relative clause on the truce", "The two sides agreed on Saturday to a truce, Saudi Arabia said.", "said", "agreed", "parataxis"},
	})
}

func TestReportSubjectKeepsInterjection(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "The deal, the minister said, would be signed in May.")
	if w := s.Words[find("minister")]; w.Rel != "nsubj" || w.Head != find("said") {
		t.Errorf("the interjected report lost its subject\n%s", dump(s.Words))
	}
}
