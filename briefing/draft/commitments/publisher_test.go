package commitments

import "testing"

// TestOwnVoice checks a page that speaks in the first person: its "we"
// and "our" outside any quotation are the body that publishes it, and a
// person its press release quotes speaks for that body.
func TestOwnVoice(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a we on a body's own page is the body",
			"Tenants win rent freeze\n\nThe Riverside Tenants' Association has won a two-year rent freeze for 400 households.\n\nWe will publish the full agreement on this website next week.",
			[]string{"Riverside Tenants' Association/organisation"}, nil,
			[]brief{{"Riverside Tenants' Association", "intends", "", ""}}},
		{"an our on a body's own page is the body's",
			"Court ruling on dismissals\n\nThe Dockworkers' Guild has lost its case against Pellan Shipping.\n\nOur negotiating team will return to talks with the company on Monday.",
			[]string{"Dockworkers' Guild/organisation", "Pellan Shipping/organisation"}, nil,
			[]brief{{"Dockworkers' Guild", "intends", "", ""}}},
		{"a person a press release quotes speaks for the body on its From line",
			"Press release\n\nFrom: Office of Rail Standards\n\n\"We will inspect every signal box on the line by June,\" said Bruno Tessel.",
			[]string{"Office of Rail Standards/organisation", "Bruno Tessel/person"}, nil,
			[]brief{{"Bruno Tessel;Office of Rail Standards", "pledged", "", ""}}},
		{"a we in the middle of a quotation over several sentences is not the page's",
			"Velta Rail has cut its timetable.\n\n“We have listened to passengers. We will restore the late trains. It is the right thing,” said Ana Kovac.",
			[]string{"Velta Rail/organisation", "Ana Kovac/person"}, nil, nil},
		{"a we under a lead whose subject only holds a name is no body's",
			"Shelling goes on\n\nThe council member from Varnia, who spoke first, did not vote.\n\nWe will fight every plan to divide the province.",
			[]string{"Varnia/country"}, nil, nil},
		{"a we under a lead about a person is no body's",
			"Ana Kovac has won the mayoral vote.\n\nWe will hold her to every promise.",
			[]string{"Ana Kovac/person"}, nil, nil},
	})
}
