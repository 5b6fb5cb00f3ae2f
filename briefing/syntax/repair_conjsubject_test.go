package syntax

import "testing"

// TestConjoinedAsideSubjectRepair checks that a name opening a second
// clause after ", and", set off by an apposition or a relative clause, is
// the subject of the verb after the aside.
func TestConjoinedAsideSubjectRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		construction, text, subject, verb string
	}{
		{"an apposition after a pledge",
			"Britain pledged £20m in aid, and Norway, the co-host of the talks, promised $15m.", "Norway", "promised"},
		{"a relative clause between two reports",
			"The United Kingdom said it would align its sanctions within weeks, and Norway, which is not an EU member, said it would adopt the same measures.",
			"Norway", "said"},
		{"an apposition before an auxiliary",
			"Canada will host a meeting of ministers in May, and Japan, a close ally of Washington, will send its deputy foreign minister.",
			"Japan", "send"},
		{"a participle with its agent after a clause ending in a noun",
			"Pembury's had been losing money for three years after a failed expansion of its online business, and its lenders, led by Carrow Bank, refused last week to extend a credit facility.",
			"lenders", "refused"},
		{"no aside, the phrase read as a conjunct of the verb before",
			"Pembury's, the department store chain, collapsed into administration on Tuesday, and its administrators immediately agreed to sell 20 of its 46 stores.",
			"administrators", "agreed"},
		{"no aside, two names read as conjuncts of the noun before",
			"Officials expect interest from allied nations, and Norway and Estonia have asked to be briefed on the vehicle.",
			"Norway", "asked"},
	}
	for _, tt := range tests {
		s, find := analyzedWords(t, m, tt.text)
		n, v := find(tt.subject), -1
		for i, w := range s.Words {
			if w.Form == tt.verb && i > n {
				v = i
				break
			}
		}
		if w := s.Words[n]; w.Rel != "nsubj" || w.Head != v {
			t.Errorf("%s: %s is %s of %d, want nsubj of %s (%d)\n%s", tt.construction, tt.subject, w.Rel, w.Head, tt.verb, v, dump(s.Words))
		}
		if !isTree(s.Words) {
			t.Errorf("%s: not a tree\n%s", tt.construction, dump(s.Words))
		}
	}
}

// TestConjoinedAsideSubjectRepairKeepsListsOfNames checks that names
// listed after "and" with no verb of their own, or joined to the
// subject before them, are left as they are.
func TestConjoinedAsideSubjectRepairKeepsListsOfNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The talks brought together Britain, France, and Norway, the host, on Monday.",
		"Local traders, who sell fish at the harbour, and tourists, who visit in summer, will be affected.",
	} {
		s := m.Analyze(text, 0, len(text))
		for i, w := range s.Words {
			if (w.Form == "Norway" || w.Form == "tourists") && w.Rel == "nsubj" {
				t.Errorf("%s (%d) made the subject of a clause of its own\n%s", w.Form, i, dump(s.Words))
			}
		}
	}
}

func TestConjoinedSubjectWithPrepositionalPhrase(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"subject after \", but\" with a phrase after a preposition, read as a conjunct of the verb before",
			"Shannonbridge University and the Midlands College of Technology have agreed to merge into a single university by September 2027, but the largest staff union at both institutions has refused to support the plan.",
			"union", "refused", "nsubj"},
	})
}
