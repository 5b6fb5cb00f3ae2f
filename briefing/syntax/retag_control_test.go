package syntax

import "testing"

// TestControlVerbRetag checks that a verb taking an infinitive, read by
// the tagger as a noun or an adjective in a sentence with no verb at its
// root, is the sentence's verb with its subject.
func TestControlVerbRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		construction, text, subject, verb string
	}{
		{"a plural noun's form after an apposition",
			"The mission's head, Lieutenant General Ake Ndri of Cote d'Ivoire, plans to open two new patrol bases by the end of September.",
			"head", "plans"},
		{"a verb's form read as the subject of its infinitive",
			"The manifesto pledges to build 20,000 homes.",
			"manifesto", "pledges"},
		{"a participle's form read as an adjective",
			"Under that accord both governments committed to keep heavy weapons out of the zone.",
			"governments", "committed"},
	}
	for _, tt := range tests {
		s, find := analyzedWords(t, m, tt.text)
		n, v := find(tt.subject), find(tt.verb)
		if w := s.Words[v]; w.UPOS != "VERB" {
			t.Errorf("%s: %s is %s, want a verb\n%s", tt.construction, tt.verb, w.UPOS, dump(s.Words))
		}
		if w := s.Words[n]; w.Rel != "nsubj" || w.Head != v {
			t.Errorf("%s: %s is %s of %d, want nsubj of %s (%d)\n%s", tt.construction, tt.subject, w.Rel, w.Head, tt.verb, v, dump(s.Words))
		}
	}
	s, find := analyzedWords(t, m, "Plans to open two new bases.")
	if w := s.Words[find("Plans")]; w.UPOS == "VERB" {
		t.Errorf("a heading's noun with no subject became a verb\n%s", dump(s.Words))
	}
}

func TestCoordinatedControlVerbRetag(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a plural noun's form after and before an infinitive joins the clause before",
			"Sanrei will be responsible for development and regulatory activities in the territory and plans to submit a notification by June.",
			"plans", "responsible", "conj"},
	})
}
