package syntax

import "testing"

func TestStartAfterRelativeClause(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ construction, text, start, verb string }{
		{"after a relative clause on the object", "The agency will hand out 9,000 food parcels, which reached the port yesterday, starting on Monday.", "starting", "hand"},
		{"after a relative clause on a person", "The ministry will pay the nurses, who went on strike last month, beginning in March.", "beginning", "pay"},
	} {
		s, find := analyzedWords(t, m, tt.text)
		if p, v := find(tt.start), find(tt.verb); s.Words[p].Head != v {
			t.Errorf("%s: want %s on %s\n%s", tt.construction, tt.start, tt.verb, dump(s.Words))
		}
	}
}
