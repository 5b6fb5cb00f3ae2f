package draft

import (
	"strings"
	"testing"
	"time"
)

// TestWitnessSpeaksForTheBodyNamedAfterTheOffice drafts the record of a
// hearing whose witness is introduced by name, office and body ("Witness:
// Anders Holm, Chief Executive, Kerrow Valley Rail Ltd."): the witness's
// "we" is the witness and that body.
func TestWitnessSpeaksForTheBodyNamedAfterTheOffice(t *testing.T) {
	const record = "Transport Committee\nOral evidence: Winter timetables\n\n" +
		"Members present: Ruth Adair (Chair); Colm Brady; Nia Evans.\n\n" +
		"Witness: Anders Holm, Chief Executive, Kerrow Valley Rail Ltd.\n\n" +
		"Q1 Chair: Nordsee Shipping says your trains never connect with its ferries. What will you do?\n\n" +
		"Anders Holm: We will add two trains a day from March.\n"
	b, err := Draft(record, Options{Published: time.Date(2026, 1, 14, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range b.Commitments {
		if strings.Contains(c.Action, "add two trains") {
			got = append(got, strings.Join(c.Actors, ";"))
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "Anders Holm") || !strings.Contains(got[0], "Kerrow Valley Rail") {
		t.Errorf("actors of the witness's pledge %q, want Anders Holm and Kerrow Valley Rail Ltd", got)
	}
	for _, it := range b.Summary {
		if strings.HasPrefix(it.Text, "Members present") || strings.HasPrefix(it.Text, "Witness:") || strings.Contains(it.Text, "never connect") {
			t.Errorf("the summary takes the record's roster or a member's question: %q", it.Text)
		}
	}
	if want := "Transport Committee — Oral evidence: Winter timetables"; b.Title != want {
		t.Errorf("title %q, want %q", b.Title, want)
	}
}

// TestSpeakerOfficeOfBody drafts a release quoting an officer introduced
// by name, then office and "of" a body ("Hiroshi Tanabe, Representative
// Director and President of Kosei"): the quoted "we" is the officer and
// that body, whatever the parse makes of the office.
func TestSpeakerOfficeOfBody(t *testing.T) {
	const release = "Kosei Pharmaceutical Co., Ltd. and Veridane Therapeutics, Inc. today announced a licence agreement for VT-214.\n\n" +
		"\"We are committed to bringing VT-214 to these patients as quickly as possible,\" said Hiroshi Tanabe, Representative Director and President of Kosei.\n"
	b, err := Draft(release, Options{Published: time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range b.Commitments {
		if strings.Contains(c.Text, "committed") {
			got = append(got, strings.Join(c.Actors, ";"))
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "Kosei Pharmaceutical") {
		t.Errorf("actors of the officer's pledge %q, want Kosei Pharmaceutical Co., Ltd. among them", got)
	}
}
