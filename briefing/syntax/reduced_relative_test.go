package syntax

import "testing"

func TestReducedRelativeOnTheSubject(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		construction, text, verb, subject string
	}{
		{"participle with a prepositional phrase before a modal verb group",
			"A British businessman accused of running a $410 million fraud should be extradited to the United States, a judge ruled on Wednesday.", "extradited", "businessman"},
		{"participle with a place before a perfect",
			"A woman arrested in Leeds has been charged with arson.", "charged", "woman"},
		{"participle in a reported clause before a modal",
			"Police said a man detained at the border on Sunday would appear in court today.", "appear", "man"},
		{"participle set off by commas before a modal",
			"The two guards, arrested on 14 October, would stand trial in April.", "stand", "guards"},
		{"participle set off by commas in a reported clause",
			"Officials said the tanker, seized off the coast in May, will be released on Friday.", "released", "tanker"},
		{"participle set off by commas in a reported clause the parse joined to the reporting verb",
			"Minsk said the two guards, arrested on 14 October, would stand trial in Grodno in April.", "stand", "guards"},
		{"participle set off by commas before a past tense",
			"The driver, detained at the border on Sunday, appeared in court in Dover.", "appeared", "driver"},
		{"participle with a date before a future",
			"The company founded in 1990 will close its last shop in March.", "close", "company"},
		{"participle after the subject's phrase of a name and its acronym",
			"Members of the United Transport Workers' Union (UTWU) employed by Redline Buses will strike on Monday.", "strike", "Members"},
	}
	for _, tt := range tests {
		s, find := analyzedWords(t, m, tt.text)
		v, subj := find(tt.verb), find(tt.subject)
		if s.Words[subj].Head != v || !relIn(s.Words[subj].Rel, []string{"nsubj"}) || !relIn(s.Words[v].Rel, []string{"root", "ccomp"}) {
			t.Errorf("%s: want %s heading its clause with subject %s\n%s", tt.construction, tt.verb, tt.subject, dump(s.Words))
		}
	}
}

func TestPastTenseBeforeAClauseOfItsOwnStays(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		construction, text, verb string
	}{
		{"a past tense and a coordinated verb group", "Prices jumped in May and will keep rising.", "jumped"},
		{"a past tense and a complement clause with its subject", "The company warned in a statement that profits would fall.", "warned"},
		{"a past tense and a relative clause", "The firm invested in plants which will open next year.", "invested"},
		{"a past tense and a that-clause whose subject the parser may miss", "The UNECE warned that attempts to bring about a controlled reduction in the US current account deficit could cause difficulties.", "warned"},
	}
	for _, tt := range tests {
		s, find := analyzedWords(t, m, tt.text)
		if v := find(tt.verb); s.Root() != v || s.Words[v].XPOS != "VBD" {
			t.Errorf("%s: want %s the root in the past tense\n%s", tt.construction, tt.verb, dump(s.Words))
		}
	}
}
