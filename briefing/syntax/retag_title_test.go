package syntax

import "testing"

// TestTitleWordRetag checks that a capitalised office qualifier read as
// a common noun after a people's adjective is a word of the title that
// the name carries, so the name is the agent, while a qualifier the
// tagger reads right stays as it was.
func TestTitleWordRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "The memorandum was signed on Tuesday by Velsian Deputy Foreign Minister Anton Krell.")
	if w := s.Words[find("Deputy")]; w.UPOS != "PROPN" || w.Head <= find("Deputy") || w.Head > find("Krell") {
		t.Errorf("Deputy is %s %s of %d, want a proper noun inside the title\n%s", w.UPOS, w.Rel, w.Head, dump(s.Words))
	}
	if w := s.Words[find("Anton")]; w.Rel != "obl:agent" || w.Head != find("signed") {
		t.Errorf("Anton is %s of %d, want the agent of signed\n%s", w.Rel, w.Head, dump(s.Words))
	}
	s, find = analyzedWords(t, m, "The deal was signed by Deputy Prime Minister John Smith.")
	if w := s.Words[find("John")]; w.Rel != "obl:agent" || w.Head != find("signed") {
		t.Errorf("John is %s of %d, want the agent of signed\n%s", w.Rel, w.Head, dump(s.Words))
	}
}

// TestOfficeNounBeforeName checks that an office read as an adjective
// between a noun and a name describes the name, which is the subject.
func TestOfficeNounBeforeName(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"official after a field, the name the subject", "Faroese fisheries official Jogvan Dalsgaard said on Sunday the islands would set their own quota.", "Jogvan", "said", "nsubj"},
		{"official after a field, the office on the name", "Norwegian fisheries official Jogvan Dalsgaard said the islands would set their own quota.", "official", "Jogvan", "nmod:desc"},
		{"executive after a company", "Company executive Jogvan Dalsgaard said the firm would go.", "executive", "Jogvan", "nmod:desc"},
	})
}
