package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// TestAsideSubjectRepair parses sentences whose subject is set off by an
// aside between commas, and sentences that only look so, and checks the
// root and its subject.
func TestAsideSubjectRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		construction, text, root, subject, xpos string
	}{
		{"relative clause with which before a bare past verb",
			"Bolivia, which holds the largest reserves, declined to join the agreement.", "declined", "Bolivia", "VBD"},
		{"relative clause on a common noun",
			"The company, which employs 4,000 people, agreed to pay the fine.", "agreed", "company", "VBD"},
		{"relative clause with who on a titled name",
			"Mr Smith, who leads the party, promised to cut taxes.", "promised", "Mr", "VBD"},
		{"relative clause with whose",
			"The union, whose members voted on Friday, rejected the offer.", "rejected", "union", "VBD"},
		{"apposition before a bare past verb",
			"Mr Smith, the party leader, promised to cut taxes.", "promised", "Mr", "VBD"},
		{"opening conjunction and an auxiliary",
			"But the council, which faces a £10m gap, will close two libraries.", "close", "council", "VB"},
		{"passive after the aside",
			"The bank, which was founded in 1900, was bought by HSBC.", "bought", "bank", "VBN"},
		{"aside between dashes after a name the tagger took for a verb",
			"Federated - owner of Macy's and Bloomingdale's - will assume $6bn of May's debt.", "assume", "Federated", "VB"},
		{"aside in brackets",
			"Airbus (EADS) agreed to supply 40 jets.", "agreed", "Airbus", "VBD"},
		{"a verb the tagger took for a plural noun",
			"The deal, signed in Santiago by the two ministers, commits both sides to publish a survey by June.", "commits", "deal", "VBZ"},
		{"a relative clause after a phrase with of describes its last name",
			"A spokesman for Reporters Without Borders, which tracks press freedom, described the sentence as harsh.", "described", "spokesman", "VBD"},
		{"a participle clause between commas that the parser made the root",
			"The accord, signed in the chamber by the leaders of the Social Democrats and the Greens, commits the region to building 40,000 homes by 2032.", "commits", "accord", "VBZ"},
		{"a phrase opened by a preposition between commas",
			"The Bekoran Greens, with four seats, said they would join the boycott from next week.", "said", "Greens", "VBD"},
		{"a list of names is no aside",
			"Britain, France and Germany agreed to the plan.", "agreed", "Britain", "VBD"},
		{"an aside at the end changes nothing",
			"The talks were led by Ms Ruiz, who chairs the committee.", "led", "talks", "VBN"},
	}
	for _, tc := range tests {
		t.Run(tc.construction, func(t *testing.T) {
			words := m.Analyze(tc.text, 0, len(tc.text)).Words
			s := Sentence{Words: words}
			r := s.Root()
			if r < 0 || words[r].Form != tc.root || words[r].XPOS != tc.xpos {
				t.Fatalf("root %+v, want %q (%s)\n%s", words[max(r, 0)], tc.root, tc.xpos, dump(words))
			}
			subj := s.ChildrenWith(r, "nsubj")
			if len(subj) == 0 || words[subj[0]].Form != tc.subject {
				t.Errorf("subject of %q: %v, want %q\n%s", tc.root, subj, tc.subject, dump(words))
			}
			if !isTree(words) {
				t.Errorf("not a tree\n%s", dump(words))
			}
		})
	}
}

// TestAsideSubjectRepairKeepsATree checks that odd word sequences around
// commas leave a tree and never panic.
func TestAsideSubjectRepairKeepsATree(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		", , , agreed", "A, which, agreed.", "The firm, , agreed.", "X, Y, Z, W, agreed, signed, vowed.",
		"But, however, the, which, said.", "Him, who?", ",",
	} {
		words := m.Analyze(text, 0, len(text)).Words
		if len(words) > 0 && !isTree(words) {
			t.Errorf("%q: not a tree\n%s", text, dump(words))
		}
	}
}

func dump(words []Word) string {
	var b strings.Builder
	for i, w := range words {
		fmt.Fprintf(&b, "%d %s %s %d %s\n", i, w.Form, w.XPOS, w.Head, w.Rel)
	}
	return b.String()
}

// TestNounVerbRepairNeedsASingularSubject checks that a plural noun at the
// root is read as a verb only after a singular subject.
func TestNounVerbRepairNeedsASingularSubject(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for text, verbs := range map[string][]string{
		"The two men faced charges following raids in August.":                  {"charges"},
		"The deal, signed in Santiago, commits both sides to publish a survey.": {"sides"},
	} {
		for _, w := range m.Analyze(text, 0, len(text)).Words {
			for _, form := range verbs {
				if w.Form == form && w.UPOS == "VERB" {
					t.Errorf("%q: %q read as a verb\n%s", text, form, dump(m.Analyze(text, 0, len(text)).Words))
				}
			}
		}
	}
}

// TestAsideRepairLeavesAnOpeningPhrase checks that a phrase with a
// preposition before a comma is never made the subject of a later verb.
func TestAsideRepairLeavesAnOpeningPhrase(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "For the agency, new business will be of little interest, said the report."
	for _, w := range m.Analyze(text, 0, len(text)).Words {
		if w.Form == "agency" && strings.HasPrefix(w.Rel, "nsubj") {
			t.Errorf("%q: the opening phrase became a subject\n%s", text, dump(m.Analyze(text, 0, len(text)).Words))
		}
	}
}

// TestParticipleWithASubjectIsAPastTense checks that a verb with a subject
// and no auxiliary is never left a participle.
func TestParticipleWithASubjectIsAPastTense(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Both sides agreed to a truce on Friday.",
		"Exports fell by a fifth last year.",
		"Bolivia, which holds the largest reserves, declined to join the agreement.",
	} {
		s := m.Analyze(text, 0, len(text))
		for i, w := range s.Words {
			if w.XPOS == "VBN" && len(s.ChildrenWith(i, "aux")) == 0 && len(s.ChildrenWith(i, "nsubj")) > 0 && s.Words[s.ChildrenWith(i, "nsubj")[0]].Rel == "nsubj" {
				t.Errorf("%q: %q left a participle\n%s", text, w.Form, dump(s.Words))
			}
		}
	}
}

// TestInfinitiveAfterToIsAVerb checks that the word after the "to" of a
// verb that takes an infinitive is read as that verb with the noun phrase
// after it as its object, and that a "to" of other verbs is left alone.
func TestInfinitiveAfterToIsAVerb(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		construction, text, verb, object string
	}{
		{"an infinitive read as an adjective", "Mr Rossi is expected to table reforms next week.", "table", "reforms"},
		{"an infinitive read as an adverb", "The Greens plan to back the budget.", "back", "budget"},
		{"an infinitive read as a noun", "She decided to market her own brand.", "market", "brand"},
		{"a phrase after a verb that takes one stays a phrase", "The rise led to market turmoil.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.construction, func(t *testing.T) {
			s := m.Analyze(tc.text, 0, len(tc.text))
			for i, w := range s.Words {
				if w.Form == "market" && tc.verb == "" && w.UPOS == "VERB" {
					t.Errorf("%q: %q read as a verb\n%s", tc.text, w.Form, dump(s.Words))
				}
				if w.Form != tc.verb {
					continue
				}
				objs := s.ChildrenWith(i, "obj")
				if w.UPOS != "VERB" || len(objs) != 1 || s.Words[objs[0]].Form != tc.object {
					t.Errorf("%q: %q is not a verb with object %q\n%s", tc.text, tc.verb, tc.object, dump(s.Words))
				}
			}
		})
	}
}

// TestDateIsNoSubject checks that a date after "by" is a phrase of time of
// the verb before it, and the verb after "and" that verb's conjunct.
func TestDateIsNoSubject(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Both sides will withdraw heavy weapons 20km from the front line by 15 December and allow aid convoys to reach the town."
	s := m.Analyze(text, 0, len(text))
	find := func(form string) int {
		for i, w := range s.Words {
			if w.Form == form {
				return i
			}
		}
		t.Fatalf("no %q", form)
		return -1
	}
	dec, withdraw, allow := find("December"), find("withdraw"), find("allow")
	if w := s.Words[dec]; w.Rel != "obl" || w.Head != withdraw {
		t.Errorf("December: %s of %d, want obl of withdraw\n%s", w.Rel, w.Head, dump(s.Words))
	}
	if w := s.Words[allow]; w.Rel != "conj" || w.Head != withdraw {
		t.Errorf("allow: %s of %d, want conj of withdraw\n%s", w.Rel, w.Head, dump(s.Words))
	}
	if !isTree(s.Words) {
		t.Errorf("not a tree\n%s", dump(s.Words))
	}
}

// TestParticipleAsideRepair checks that a participle clause set off by
// commas after a subject modifies the subject.
func TestParticipleAsideRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a past participle aside before the main verb",
			"The accord, signed in the chamber by the leaders of the Social Democrats and the Greens, commits the region to building 40,000 homes by 2032.",
			"signed", "accord", "acl"},
	})
}

// TestNounVerbRepairReadsAnInfinitive checks that a plural noun at the root
// with a singular subject and a to-infinitive right after it is the verb
// that governs the infinitive, while a noun with no subject of its own
// keeps its infinitive as a clause on it.
func TestNounVerbRepairReadsAnInfinitive(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, noun, verb, rel string }{
		{"The International Organization for Migration (IOM) plans to register all displaced families in the Centre department by the end of the year.", "plans", "VERB", "xcomp"},
		{"The government's plans to register all displaced families were dropped in March.", "plans", "NOUN", "acl"},
	} {
		words := m.Analyze(c.text, 0, len(c.text)).Words
		for i, w := range words {
			if w.Form == c.noun && (w.UPOS != c.verb || words[i+2].Rel != c.rel) {
				t.Errorf("%q: %q is %s with a %s after it, want %s with %s\n%s", c.text, c.noun, w.UPOS, words[i+2].Rel, c.verb, c.rel, dump(words))
			}
		}
	}
}

// TestNounVerbRepairReadsWhatWasSaid checks that a plural noun at the
// root with a singular subject and a "that" clause right after it is the
// verb of saying, and the clause what was said.
func TestNounVerbRepairReadsWhatWasSaid(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a government announces that",
			"The Royal Thai Government announces that it has agreed with the Patani Liberation Front (PLF) to extend the ceasefire.", "agreed", "announces", "ccomp"},
	})
}
