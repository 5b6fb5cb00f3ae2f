package syntax

import "testing"

// TestSplitSubjectRepair checks that a subject the parser split at "and"
// into two subjects of one verb is one coordinated phrase again.
func TestSplitSubjectRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "More than 38,000 homes and businesses in Hexley and surrounding villages have been told to boil their tap water after a failure at the treatment works."
	s, find := analyzedWords(t, m, text)
	if subs := subjectsOf(s.Words, find("told")); len(subs) != 1 {
		t.Errorf("told has %d subjects, want 1\n%s", len(subs), dump(s.Words))
	}
	if w := s.Words[find("villages")]; w.Rel != "conj" {
		t.Errorf("villages is %s of %d, want a conjunct\n%s", w.Rel, w.Head, dump(s.Words))
	}
	if !isTree(s.Words) {
		t.Errorf("not a tree\n%s", dump(s.Words))
	}
}

// TestAdjacentSubjectsRepair checks that two subjects side by side are
// one noun phrase.
func TestAdjacentSubjectsRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "Halvard Group said on Monday that its chief executive would step down.")
	if subs := subjectsOf(s.Words, find("step")); len(subs) != 1 || s.Words[subs[0]].Form != "executive" {
		t.Errorf("step has subjects %v, want executive alone\n%s", subs, dump(s.Words))
	}
	if w := s.Words[find("chief")]; w.Rel != "compound" || w.Head != find("executive") {
		t.Errorf("chief is %s of %d, want a compound of executive\n%s", w.Rel, w.Head, dump(s.Words))
	}
	if !isTree(s.Words) {
		t.Errorf("not a tree\n%s", dump(s.Words))
	}
}

// TestTitleSubjectRepair checks that a word of a title the parser read as
// a subject of its own before the named subject is part of its phrase.
func TestTitleSubjectRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, subject string }{
		{"Chief executive Dr Liesel Amsler said the first sub-licences would be awarded by March.", "Liesel"},
		{"Interior Minister Rodrigo Santacruz said the contribution would be abolished from Monday 7 July.", "Rodrigo"},
	} {
		s, find := analyzedWords(t, m, c.text)
		if subs := subjectsOf(s.Words, find("said")); len(subs) != 1 || s.Words[subs[0]].Form != c.subject {
			t.Errorf("said has subjects %v, want %s alone\n%s", subs, c.subject, dump(s.Words))
		}
		if !isTree(s.Words) {
			t.Errorf("not a tree\n%s", dump(s.Words))
		}
	}
	s, find := analyzedWords(t, m, "But on Wednesday Prime Minister Yulia Tymoshenko said the government was planning to renationalise 3,000 firms.")
	if w := s.Words[find("Wednesday")]; w.Rel == "compound" {
		t.Errorf("a day after a preposition joined the name after it\n%s", dump(s.Words))
	}
}

func TestJoinedSubjects(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"two bodies joined by and", "The army and the RSF agreed to a week-long truce, the mediators said on Sunday.", "RSF", "army", "conj"},
		{"two bodies joined by and, the first the subject", "The army and the RSF agreed to a week-long truce, the mediators said on Sunday.", "army", "agreed", "nsubj"},
	})
}
