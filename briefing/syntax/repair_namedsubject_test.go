package syntax

import "testing"

// TestNamedSubjectBeforeADescription checks that a name opening a
// sentence, with a description between commas after it, is the subject
// of the verb and the description its apposition.
func TestNamedSubjectBeforeADescription(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := `Pennywell Stores plc ("Pennywell"), the UK's seventh-largest supermarket group, today announced that it will pay every one of its 41,000 store colleagues at least the Real Living Wage from 1 October.`
	words := m.Analyze(text, 0, len(text)).Words
	for i, w := range words {
		if w.Form == "plc" && (w.Rel != "nsubj" || words[w.Head].Form != "announced") {
			t.Errorf("%q: %q is %s of %q, want the subject of \"announced\"\n%s", text, w.Form, w.Rel, words[w.Head].Form, dump(words))
		}
		if w.Form == "seventh" && words[i].Rel == "nsubj" {
			t.Errorf("%q: the description is the subject\n%s", text, dump(words))
		}
	}
}
