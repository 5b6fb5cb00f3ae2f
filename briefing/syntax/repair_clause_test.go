package syntax

import "testing"

func TestClauseAfterPrepositionRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		construction, text, verb, subject, mark string
	}{
		{"clause after a preposition whose past tense was read as a participle with a complement",
			"Nurses in Varnholm will suspend a week-long strike from Monday after the health ministry promised to hire 1,200 nurses by the end of next year.",
			"promised", "ministry", "after"},
		{"clause after a preposition whose past tense was read as a participle modifying its subject",
			"Bus drivers in Norbridge have called off next week's three-day strike after the city council improved its pay offer, the union said on Friday.",
			"improved", "council", "after"},
		{"clause after a preposition read as a phrase and a conjunct",
			"Dock workers at the port will return to work on Thursday after their union accepted a pay offer from the operator.",
			"accepted", "union", "after"},
		{"clause after a preposition whose subject is a name with a phrase of its own, read as a complement",
			"Students will have to lock away their phones starting in August, after the Maple Ridge City Schools Board of Education voted 4-1 on Tuesday to adopt a cellphone ban.",
			"voted", "Board", "after"},
		{"clause after a preposition left loose after a phrase of the verb",
			"The FGU's leader announced on Monday morning that the party's six ministers would resign with immediate effect after the cabinet failed to agree on the 2026 budget.",
			"failed", "cabinet", "after"},
		{"passive clause after a preposition, its auxiliary between subject and verb, read as a conjunct",
			"Velora agreed not to begin construction before the environmental assessment is published.",
			"published", "assessment", "before"},
		{"clause after a preposition whose subject is a number of a group, read as a conjunct",
			"The board agreed on Thursday to dredge its main channel by the end of 2027, after two of its largest customers said they would move services elsewhere unless deeper berths were available.",
			"said", "two", "after"},
		{"clause after a preposition read as a subjectless clause holding the main verb's date",
			"Two hospital trusts will merge on 1 October after the union secured a written guarantee.",
			"secured", "union", "after"},
	}
	for _, tt := range tests {
		s, find := analyzedWords(t, m, tt.text)
		v, n, c := find(tt.verb), find(tt.subject), find(tt.mark)
		if w := s.Words[v]; w.Rel != "advcl" {
			t.Errorf("%s: %s is %s, want advcl\n%s", tt.construction, tt.verb, w.Rel, dump(s.Words))
		}
		if w := s.Words[n]; baseRel(w.Rel) != "nsubj" || w.Head != v {
			t.Errorf("%s: %s is %s of %d, want nsubj of %s\n%s", tt.construction, tt.subject, w.Rel, w.Head, tt.verb, dump(s.Words))
		}
		if w := s.Words[c]; w.Rel != "mark" || w.Head != v {
			t.Errorf("%s: %s is %s of %d, want mark of %s\n%s", tt.construction, tt.mark, w.Rel, w.Head, tt.verb, dump(s.Words))
		}
		if !isTree(s.Words) {
			t.Errorf("%s: not a tree\n%s", tt.construction, dump(s.Words))
		}
	}
}

func TestClauseAfterPrepositionRepairKeepsCoordination(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "The minister arrived after the talks and signed the deal."
	s := m.Analyze(text, 0, len(text))
	for i, w := range s.Words {
		if w.Form == "signed" && w.Rel == "advcl" {
			t.Errorf("signed (%d) made a clause though a conjunction joins it\n%s", i, dump(s.Words))
		}
	}
}

// analyzedWords analyses text as one sentence and returns it with a
// function that finds the index of a word by its form, failing the test
// when the sentence has no such word.
func analyzedWords(t *testing.T, m *Model, text string) (Sentence, func(form string) int) {
	t.Helper()
	s := m.Analyze(text, 0, len(text))
	return s, func(form string) int {
		t.Helper()
		for i, w := range s.Words {
			if w.Form == form {
				return i
			}
		}
		t.Fatalf("no %q in %q", form, text)
		return -1
	}
}

// TestClauseAfterPrepositionRepairFreesTheDate checks that the main
// verb's date, which the parser hung on the clause after the
// preposition, goes back to the main verb.
func TestClauseAfterPrepositionRepairFreesTheDate(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a date before \"after\" and a clause",
			"Two hospital trusts will merge on 1 October after the union secured a written guarantee.",
			"1", "merge", "obl"},
	})
}
