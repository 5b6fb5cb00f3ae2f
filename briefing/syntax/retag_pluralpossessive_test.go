package syntax

import "testing"

// TestPluralPossessiveRetag checks that an apostrophe after a plural in a
// name is the possessive, so that the name's last word heads the subject,
// while a single quotation mark that closes a quoted word stays one.
func TestPluralPossessiveRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "But the Lunsenga Lions Supporters' Trust, which has 6,400 members, said it would not back the deal.")
	if w := s.Words[find("'")]; w.XPOS != "POS" || w.Head != find("Supporters") {
		t.Errorf("the apostrophe is %s on %d, want the possessive of Supporters\n%s", w.XPOS, w.Head, dump(s.Words))
	}
	if w := s.Words[find("Trust")]; w.Rel != "nsubj" || w.Head != find("said") {
		t.Errorf("Trust is %s of %d, want the subject of said\n%s", w.Rel, w.Head, dump(s.Words))
	}
	q, qfind := analyzedWords(t, m, "The 'experts' said the plan would fail.")
	if w := q.Words[qfind("experts")+1]; w.XPOS == "POS" {
		t.Errorf("the quotation mark closing 'experts' was read as a possessive\n%s", dump(q.Words))
	}
}
