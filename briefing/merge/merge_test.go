package merge

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// oneSource returns a brief of one source whose text is the sentences,
// one span each.
func oneSource(sentences ...string) *briefing.Brief {
	b := &briefing.Brief{}
	var text strings.Builder
	for _, s := range sentences {
		if text.Len() > 0 {
			text.WriteString(" ")
		}
		b.Source.Sentences = append(b.Source.Sentences, briefing.Span{Start: text.Len(), End: text.Len() + len(s)})
		text.WriteString(s)
	}
	b.Source.Text = text.String()
	b.Normalize()
	return b
}

func TestMergeNeedsABrief(t *testing.T) {
	if _, err := Merge(); err == nil {
		t.Error("Merge of nothing gave no error")
	}
	if _, err := Draft(nil); err == nil {
		t.Error("Draft of nothing gave no error")
	}
}

func TestPartiesOnePerEntity(t *testing.T) {
	party := func(name, kind string, aliases ...string) briefing.Party {
		return briefing.Party{Name: name, Kind: kind, Aliases: aliases, Mentions: []briefing.Span{{Start: 0, End: 1}}}
	}
	cases := []struct {
		name string
		a, b briefing.Party
		one  bool
	}{
		{"acronym of the name", party("African Union", briefing.KindOrganisation), party("AU", briefing.KindOrganisation), true},
		{"alias", party("International Monetary Fund", briefing.KindOrganisation, "IMF"), party("IMF", briefing.KindOrganisation), true},
		{"accents", party("Sofía Álvarez", briefing.KindPerson), party("Sofia Alvarez", briefing.KindPerson), true},
		{"spelling", party("Nasrin Haque", briefing.KindPerson), party("Nasreen Haque", briefing.KindPerson), true},
		{"title in front", party("Oceans Maria Lindqvist", briefing.KindPerson), party("Maria Lindquist", briefing.KindPerson), true},
		{"one-word spelling", party("Zelensky", briefing.KindPerson), party("Zelenskyy", briefing.KindPerson), true},
		{"two countries", party("Niger", briefing.KindCountry), party("Nigeria", briefing.KindCountry), false},
		{"two people", party("Sam Lee", briefing.KindPerson), party("Kim Lee", briefing.KindPerson), false},
		{"short names", party("Ali", briefing.KindPerson), party("Ala", briefing.KindPerson), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b := oneSource("x"), oneSource("y")
			a.Parties, b.Parties = []briefing.Party{c.a}, []briefing.Party{c.b}
			m, err := Merge(a, b)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(m.Parties) == 1; got != c.one {
				t.Fatalf("%q and %q gave %d parties: %+v", c.a.Name, c.b.Name, len(m.Parties), m.Parties)
			}
			if c.one && !slices.Equal(m.SourceIDs(m.Parties[0].Mentions), []string{"A", "B"}) {
				t.Errorf("merged party's mentions: %v", m.Parties[0].Mentions)
			}
		})
	}
}

// TestMergeAddsASource merges a brief of two sources with a third: the
// third becomes C, a commitment all three report is corroborated by 3 of
// 3, and the inputs are left as they were.
func TestMergeAddsASource(t *testing.T) {
	briefs := []*briefing.Brief{
		oneSource("Chile signed a copper pact with Peru on Monday."),
		oneSource("Chile and Peru signed a copper pact on Monday in Lima."),
		oneSource("Chile signed the copper pact with Peru."),
	}
	for _, b := range briefs {
		b.Commitments = []briefing.Commitment{{Actors: []string{"Chile"}, Verb: "signed", Status: briefing.StatusSigned,
			Action: "a copper pact", Spans: []briefing.Span{b.Source.Sentences[0]}}}
	}
	before, _ := briefs[0].MarshalIndent()
	two, err := Merge(briefs[0], briefs[1])
	if err != nil {
		t.Fatal(err)
	}
	three, err := Merge(two, briefs[2])
	if err != nil {
		t.Fatal(err)
	}
	if err := three.Validate(); err != nil {
		t.Fatal(err)
	}
	if ids := three.SourceIDs(three.Source.Sentences[:1]); three.SourceCount() != 3 || three.Others[1].ID != "C" || !slices.Equal(ids, []string{"A"}) {
		t.Fatalf("sources after adding a third: %d, %+v", three.SourceCount(), three.Others)
	}
	if len(three.Commitments) != 1 || three.CorroborationText(three.Commitments[0].Spans) != "3 of 3 sources" {
		t.Errorf("commitments: %+v", three.Commitments)
	}
	if after, _ := briefs[0].MarshalIndent(); !bytes.Equal(before, after) {
		t.Error("Merge changed a brief it merged")
	}
}

// TestRefusalIsNotAPledge keeps a refusal and a pledge of the same action
// apart, and two dates for one signing side by side.
func TestRefusalIsNotAPledge(t *testing.T) {
	a := oneSource("Peru pledged to cut copper tariffs on 3 May.")
	b := oneSource("Peru refused to cut copper tariffs.")
	c := oneSource("Peru pledged to cut copper tariffs on 5 May.")
	status := []string{briefing.StatusPledged, briefing.StatusRefused, briefing.StatusPledged}
	when := []string{"2024-05-03", "", "2024-05-05"}
	for i, x := range []*briefing.Brief{a, b, c} {
		x.Commitments = []briefing.Commitment{{Actors: []string{"Peru"}, Verb: "pledged", Status: status[i],
			Action: "to cut copper tariffs", When: when[i], Spans: []briefing.Span{x.Source.Sentences[0]}}}
	}
	m, err := Merge(a, b, c)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Commitments) != 2 || m.Commitments[1].Status != briefing.StatusRefused {
		t.Fatalf("commitments: %+v", m.Commitments)
	}
	if len(m.Disagreements) != 1 || m.Disagreements[0].Kind != briefing.DisagreeDate || len(m.Disagreements[0].Claims) != 2 {
		t.Fatalf("disagreements: %+v", m.Disagreements)
	}
	if m.Commitments[0].When != "2024-05" {
		t.Errorf("the disputed date reads %q, want the month both give", m.Commitments[0].When)
	}
}

// TestSummaryAndBackground keeps each point once, with the spans of every
// source that makes it, and orders the background by date.
func TestSummaryAndBackground(t *testing.T) {
	a := oneSource("Chile and Peru signed a copper pact.", "The border was settled in 1929.", "Trade doubled after 2010.")
	b := oneSource("Peru and Chile agreed a copper deal.", "Trade between them doubled after 2010.", "Lima hosted talks in 2019.", "Copper prices fell in 2023.")
	a.Summary = []briefing.Item{{Text: a.Source.SentenceText(1), Spans: a.Source.Sentences[:1]}}
	b.Summary = []briefing.Item{{Text: b.Source.SentenceText(1), Spans: b.Source.Sentences[:1]},
		{Text: b.Source.SentenceText(4), Spans: b.Source.Sentences[3:4]}}
	a.Background = []briefing.Item{{Text: a.Source.SentenceText(3), When: "2010", Spans: a.Source.Sentences[2:3]},
		{Text: a.Source.SentenceText(2), When: "1929", Spans: a.Source.Sentences[1:2]}}
	b.Background = []briefing.Item{{Text: b.Source.SentenceText(3), When: "2019", Spans: b.Source.Sentences[2:3]},
		{Text: b.Source.SentenceText(2), When: "2010", Spans: b.Source.Sentences[1:2]}}
	m, err := Merge(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Summary) != 2 || m.Refs(m.Summary[0].Spans) != "[A·S1, B·S1]" || m.Refs(m.Summary[1].Spans) != "[B·S4]" {
		t.Errorf("summary: %+v", m.Summary)
	}
	var got []string
	for _, it := range m.Background {
		got = append(got, it.When+" "+m.Refs(it.Spans))
	}
	if want := []string{"1929 [A·S2]", "2010 [A·S3, B·S2]", "2019 [B·S3]"}; !slices.Equal(got, want) {
		t.Errorf("background = %q, want %q", got, want)
	}
}

// TestWordsOfOneSense merges two reports of one commitment worded as
// different outlets word it: a truce deal, a ceasefire agreement.
func TestWordsOfOneSense(t *testing.T) {
	a := oneSource("Kenya agreed a truce deal with its neighbour.")
	b := oneSource("Kenya signed up to a ceasefire agreement.")
	for _, x := range []*briefing.Brief{a, b} {
		x.Commitments = []briefing.Commitment{{Actors: []string{"Kenya"}, Verb: "agreed", Status: briefing.StatusAgreed,
			Action: strings.TrimPrefix(strings.TrimSuffix(x.Source.SentenceText(1), "."), "Kenya "), Spans: x.Source.Sentences[:1]}}
	}
	m, err := Merge(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Commitments) != 1 || m.CorroborationText(m.Commitments[0].Spans) != "2 of 2 sources" {
		t.Errorf("commitments: %+v", m.Commitments)
	}
}
