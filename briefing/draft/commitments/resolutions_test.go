package commitments

import "testing"

// TestMinutes checks a body's minutes: what it RESOLVED is the body's
// decision, and an office the roster gives a member names that member.
func TestMinutes(t *testing.T) {
	const head = "Kelby Parish Council\n\nMinutes of the meeting held on 3 March.\n\nPresent: Cllr Ana Roth (Chair), Cllr Tom Hale.\n\n"
	runCases(t, []commitmentCase{
		{"a resolution is the council's decision",
			head + "RESOLVED that the payments be approved.",
			[]string{"Kelby Parish Council/organisation", "Ana Roth/person/Chair", "Tom Hale/person/Councillor"}, nil,
			[]brief{{"Kelby Parish Council", "agreed", "", ""}}},
		{"a resolution with a proviso is conditional",
			head + "It was RESOLVED that the council grant a new lease to the bowls club, provided that the club maintains the hedge.",
			[]string{"Kelby Parish Council/organisation", "Ana Roth/person/Chair", "Tom Hale/person/Councillor"}, nil,
			[]brief{{"Kelby Parish Council", "conditional", "", ""}}},
		{"the chair is the member who holds the chair",
			head + "The Chair agreed to write to the county council about the streetlight.",
			[]string{"Kelby Parish Council/organisation", "Ana Roth/person/Chair", "Tom Hale/person/Councillor"}, nil,
			[]brief{{"Ana Roth", "agreed", "", ""}}},
		{"a resolve in lower case inside a sentence is no resolution",
			head + "Residents said they had resolved that the hedge was too high.",
			[]string{"Kelby Parish Council/organisation", "Ana Roth/person/Chair"}, nil, nil},
	})
}

// TestMembersOfABloc checks that the members of a bloc acting together
// ("OPEC+ producers", "NATO allies") are the bloc.
func TestMembersOfABloc(t *testing.T) {
	runCases(t, []commitmentCase{
		{"producers of a bloc",
			"OPEC+ producers agreed on Sunday to cut output by 900,000 barrels per day.",
			[]string{"OPEC+/organisation"}, nil,
			[]brief{{"OPEC+", "agreed", "", ""}}},
		{"allies of an alliance",
			"NATO allies pledged to raise defence spending.",
			[]string{"NATO/organisation"}, nil,
			[]brief{{"NATO", "pledged", "", ""}}},
	})
}

// TestGoingOnWithAnAct checks "will continue to" with an act told by its
// maker, and an absolute clause with "with" whose noun agrees.
func TestGoingOnWithAnAct(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a state will continue to support another, its minister said",
			"China will continue to support Kenya in building its railways, Liu said.",
			[]string{"China/country", "Kenya/country", "Liu/person"}, nil,
			[]brief{{"China", "intends", "", ""}}},
		{"prices continuing to rise is no act",
			"Prices will continue to rise, analysts said.",
			nil, nil, nil},
		{"an absolute clause with agreeing",
			"Ardmore held talks with Velsia in Kelby on Friday, with the two sides agreeing to deepen cooperation in farming.",
			[]string{"Ardmore/country", "Velsia/country"}, nil,
			[]brief{{"Ardmore;Velsia", "agreed", "", ""}}},
	})
}

// TestOpenLetter checks a letter that names its voice: its "we" is the
// signatories, and what they will do is their pledge.
func TestOpenLetter(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the letter's we",
			"Eleven firms have written to ministers.\n\nWe, the undersigned chief executives, write as leaders of companies that use water.\n\nWe will publish audited water data for every site.",
			[]string{"chief executives/group"}, nil,
			[]brief{{"chief executives", "pledged", "", ""}}},
		{"a we with no named voice is no one's",
			"Notes from the meeting\n\nWe will publish audited water data for every site.",
			nil, nil, nil},
	})
}

// TestDefinedCompany checks a filing's "the Company", the name it defined
// so, and an agreement entered into.
func TestDefinedCompany(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the Company is the name defined so",
			"Kelby Minerals plc (\"Kelby\" or the \"Company\") and Velsia Mining S.A. (\"Velsia\") have entered into a definitive agreement to merge. The Company intends to apply for a listing in Lisbon.",
			[]string{"Kelby Minerals plc|Kelby/organisation", "Velsia Mining S.A.|Velsia/organisation"}, nil,
			[]brief{{"Kelby Minerals plc;Velsia Mining S.A.", "signed", "2020-08-31", ""}, {"Kelby Minerals plc", "intends", "", ""}}},
	})
}
