package commitments

import "testing"

// TestQuotationsRunOnAcrossSentences checks that the second sentence of a
// quotation is read as quoted words, with single or double marks, so that
// its "we" is the speaker's; a sentence after a closed quotation is not.
func TestQuotationsRunOnAcrossSentences(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a will in the second sentence of a quotation pledges the speaker",
			"\"The storm cost us dearly. We will rebuild every classroom,\" said Mayor Ruth Okafor.",
			[]string{"Ruth Okafor/person/Mayor"}, nil,
			[]brief{{"Ruth Okafor", "pledged", "", ""}}},
		{"a refusal in the second sentence of a quotation refuses",
			"Dario Mele, the club's chairman, spoke after the vote. \"We respect the fans. But we will not sell the stadium to a developer,\" he said.",
			[]string{"Dario Mele/person/chairman"}, nil,
			[]brief{{"Dario Mele", "refused", "", ""}}},
		{"single quotation marks quote as double ones do",
			"'We will hunt down every smuggler, and we will not stop until the port is safe,' said Inspector Leah Marsh.",
			[]string{"Leah Marsh/person/Inspector"}, nil,
			[]brief{{"Leah Marsh", "pledged", "", ""}, {"Leah Marsh", "conditional", "", ""}}},
		{"a first-person will outside any quotation is no speaker's pledge",
			"\"The price is fair,\" said Anil Rao. We will see whether buyers agree.",
			[]string{"Anil Rao/person"}, nil, nil},
	})
}

// TestQuotedWordReadsTheMarks checks which words stand inside quotation
// marks, one sentence at a time.
func TestQuotedWordReadsTheMarks(t *testing.T) {
	tests := []struct {
		text string
		word string
		want bool
	}{
		{"We will pay every euro,\" he said.", "We", true},
		{"We will pay every euro,\" he said.", "said", false},
		{"\"We will pay,\" he said.", "said", false},
		{"'We will pay,' he said.", "We", true},
		{"'We will pay,' he said.", "said", false},
		{"The firm's 'final' offer was rejected by the workers' union.", "rejected", false},
		{"The firm's 'final' offer was rejected by the workers' union.", "final", true},
		{"The union said it was an \"\"unfair\" offer and rejected it.", "rejected", false},
		{"He said they would “never” sell.", "sell", false},
	}
	for _, tt := range tests {
		d := testDoc(t, tt.text, nil, nil)
		s := &d.Parsed[0]
		found := false
		for k, w := range s.Words {
			if w.Form == tt.word {
				found = true
				if got := quotedWord(s, k); got != tt.want {
					t.Errorf("%q: quotedWord(%q) = %v, want %v", tt.text, tt.word, got, tt.want)
				}
				break
			}
		}
		if !found {
			t.Errorf("%q: no word %q", tt.text, tt.word)
		}
	}
}
