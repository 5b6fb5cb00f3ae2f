package syntax

import "testing"

func TestTwoSubjectsOfOneVerb(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ construction, text, subject, verb, second string }{
		{"a list agreed, but one refused", "The government, business groups and two of the country's three main union federations agreed on Sunday to raise the wage, but the largest federation refused to sign.", "government", "agreed", "refused"},
	} {
		s, find := analyzedWords(t, m, tt.text)
		subj, v, second := find(tt.subject), find(tt.verb), find(tt.second)
		if s.Words[subj].Head != v || s.Words[v].Head != -1 || s.Words[second].Head != v || s.Words[v].XPOS != "VBD" {
			t.Errorf("%s: want %s the subject of %s, the root, and %s its conjunct\n%s", tt.construction, tt.subject, tt.verb, tt.second, dump(s.Words))
		}
	}
	s, find := analyzedWords(t, m, "The workers sacked by the firm last year protested on Monday, and the union backed them.")
	if v := find("sacked"); s.Words[v].Rel != "acl" {
		t.Errorf("a participle on a subject lost its place\n%s", dump(s.Words))
	}
}

func TestSaidObjectIsTheClauseSubject(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ construction, text, subject, verb string }{
		{"saying a noun would", "The union refused to sign, saying the increase would not keep up with the cost of food.", "increase", "keep"},
		{"a promise's object before will, set beside it", "I promise every single one of my team will get what they are owed.", "one", "get"},
		{"a promise's object before would, as an adverbial clause", "He promised every single one of his team would get what they were owed.", "one", "get"},
		{"a quoted promise taken for the subject of its clause", "\"I promise every single one of my team will get what they are owed.\"", "one", "get"},
		{"a relative word taken for the object of a saying inside its clause", "Munroe proposed a new product, which he says will save part-time commuters money.", "which", "save"},
	} {
		s, find := analyzedWords(t, m, tt.text)
		if subj, v := find(tt.subject), find(tt.verb); s.Words[subj].Head != v || s.Words[subj].Rel != "nsubj" {
			t.Errorf("%s: want %s the subject of %s\n%s", tt.construction, tt.subject, tt.verb, dump(s.Words))
		}
	}
	s, find := analyzedWords(t, m, "She told the minister the plan would fail.")
	if o := find("minister"); s.Words[o].Rel == "nsubj" {
		t.Errorf("the one told became a subject\n%s", dump(s.Words))
	}
}
