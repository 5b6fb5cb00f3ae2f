package commitments

import (
	"strings"
	"testing"
)

// lastActors returns the actors of the last commitment found in text,
// sorted and joined by ";", "" when none is found.
func lastActors(t *testing.T, text string, parties []string) string {
	t.Helper()
	d := testDoc(t, text, parties, nil)
	cs := Find(d)
	if len(cs) == 0 {
		return ""
	}
	c := cs[len(cs)-1]
	checkSpans(t, d, c)
	actors := append([]string(nil), c.Actors...)
	sortStrings(actors)
	return strings.Join(actors, ";")
}

// actorCase is a text, the parties marked in it and the actors its last
// commitment should have, sorted and joined by ";".
type actorCase struct {
	name, text string
	parties    []string
	want       string
}

// checkActors runs each case as a subtest and compares the actors of the
// last commitment found with the ones wanted.
func checkActors(t *testing.T, tests []actorCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lastActors(t, tt.text, tt.parties); got != tt.want {
				t.Errorf("actors %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSubjectOfVerbAfterRelativeClause checks that the verb after a
// relative clause set off by commas ("…, while Spain, which holds the
// presidency, pledged …") is its subject's act, not that of the clause it
// is coordinated with, when the parser hung the subject on the relative
// clause's verb.
func TestSubjectOfVerbAfterRelativeClause(t *testing.T) {
	checkActors(t, []actorCase{
		{"a state after while",
			"Portugal said it would send two frigates, while Spain, which holds the presidency, pledged to send a tanker.",
			[]string{"Portugal/country", "Spain/country"}, "Spain"},
		{"a council after while, against a description that said",
			"The mayor said the city would cover the cost, while Harlow Council, which owns the land, agreed to lease it for a year.",
			[]string{"Harlow Council/organisation"}, "Harlow Council"},
		{"a donor promising after another's pledge",
			"New Zealand said it would contribute $150m, while Japan, which attended as a partner, promised to consider a contribution.",
			[]string{"New Zealand/country", "Japan/country"}, "Japan"},
	})
}

// TestWhichAfterAPersonsDescription checks that "which" after a comma
// that ends a body's name inside a description of a person stands for the
// body, not the person the parser hung the clause on.
func TestWhichAfterAPersonsDescription(t *testing.T) {
	checkActors(t, []actorCase{
		{"a fund after a manager's description",
			"\"I am pleased,\" said Lena Frisk, a portfolio manager at Alvkarleby Fonder, which declined to take part in the offering.",
			[]string{"Lena Frisk/person", "Alvkarleby Fonder/organisation"}, "Alvkarleby Fonder"},
		{"a bank after an analyst's description",
			"The deal was welcomed by Tom Reyes, an analyst at Corvel Bank, which agreed to lend the buyer 40 million euros.",
			[]string{"Tom Reyes/person", "Corvel Bank/organisation"}, "Corvel Bank"},
		{"who after the description stays the person",
			"The deal was welcomed by Tom Reyes, an analyst at Corvel Bank, who agreed to join its board.",
			[]string{"Tom Reyes/person", "Corvel Bank/organisation"}, "Tom Reyes"},
	})
}

// TestSubjectBeforeATimeWord checks that a bare time phrase between a
// subject and its verb ("HBL today committed") is not read as who acts
// when the parser left the verb without a subject.
func TestSubjectBeforeATimeWord(t *testing.T) {
	checkActors(t, []actorCase{
		{"a firm's name and bracketed acronym before today",
			"Halvorsen Baltic Lines (HBL) today committed to reaching net-zero greenhouse gas emissions across its fleet by 2045.",
			[]string{"Halvorsen Baltic Lines|HBL/organisation"}, "Halvorsen Baltic Lines"},
		{"a union after \"after\", read as a phrase before its verb",
			"The Halvmark Dock Workers' Union called an 11-day strike in September. Dock workers at the port will return to work on Friday morning after their union accepted a two-year pay deal on Thursday.",
			[]string{"Halvmark Dock Workers' Union/organisation"}, "Halvmark Dock Workers' Union"},
		{"a firm's name before today, the sayer of what it will do, after a dateline",
			"Dunmore, 5 August 2025 – Brightwing Airways today confirmed the compensation it will pay to customers.",
			[]string{"Brightwing Airways/organisation"}, "Brightwing Airways"},
		{"a firm's name and its description before today",
			"Halvorsen Baltic Lines (HBL), the short-sea container and ro-ro operator, today committed to reaching net-zero emissions across its fleet by 2045.",
			[]string{"Halvorsen Baltic Lines|HBL/organisation"}, "Halvorsen Baltic Lines"},
	})
}
