package commitments

import (
	"reflect"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// steelParties are the parties of the rows below.
var steelParties = []string{"Velka Steel/organisation", "Ostravia/country"}

// runFoundDateCases drafts the commitments of each row's text with the
// dates the dates stage finds rather than marked ones, published on
// 2020-08-31, a Monday.
func runFoundDateCases(t *testing.T, cases []commitmentCase) {
	t.Helper()
	for _, tc := range cases {
		d := drafttest.Marked(t, tc.text, tc.parties, nil)
		d.Dates = dates.Find(d)
		var got []brief
		for _, c := range Find(d) {
			got = append(got, brief{strings.Join(c.Actors, ";"), c.Status, c.When, c.Deadline})
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %+v\nwant %+v", tc.name, got, tc.want)
		}
	}
}

// The date of a document or act that a relative clause says commits
// someone dates the commitment; a target's year is its deadline.
func TestCommitmentDatedByItsAntecedent(t *testing.T) {
	runFoundDateCases(t, []commitmentCase{
		{"year of a plan that commits", "The land is in Ostravia's 2018 local plan, which commits Velka Steel to building 900 homes by 2040.", steelParties, nil,
			[]brief{{"Velka Steel", "pledged", "2018", "2040"}}},
	})
}

// "By" a date on an act told as done dates the act; on an act still to
// come, one agreed or committed to, one under a condition or one by a
// date after publication, it is the act's deadline.
func TestCommitmentDoneByADate(t *testing.T) {
	runFoundDateCases(t, []commitmentCase{
		{"simple past signing by a weekday", "Velka Steel signed the contract with Ostravia by Friday.", steelParties, nil,
			[]brief{{"Velka Steel", "signed", "2020-08-28", ""}}},
		{"pluperfect agreeing fronted by a month", "By March, Velka Steel had agreed a ceasefire with Ostravia.", steelParties, nil,
			[]brief{{"Velka Steel", "agreed", "2020-03", ""}}},
		{"agreed to sign by a month", "Velka Steel agreed to sign the contract with Ostravia by March.", steelParties, nil,
			[]brief{{"Velka Steel", "agreed", "", "2021-03"}}},
		{"agreed to a noun before the end of the year", "Velka Steel had agreed to a second contract with Ostravia before the end of the year.", steelParties, nil,
			[]brief{{"Velka Steel", "agreed", "", "2020"}}},
		{"committed to a gerund before the end of the year", "Velka Steel committed to publishing the contract with Ostravia before the end of the year.", steelParties, nil,
			[]brief{{"Velka Steel", "pledged", "", "2020"}}},
		{"a past act by a year after publication sets a deadline", "By 2030, Velka Steel had pledged to close its mines with Ostravia.", steelParties, nil,
			[]brief{{"Velka Steel", "pledged", "", "2030"}}},
	})
}
