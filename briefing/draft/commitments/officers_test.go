package commitments

import "testing"

// TestOfficersSpeakForTheirOffice checks that a spokesperson or a chair
// telling what "the minister" or "the council" will do announces that
// office's act.
func TestOfficersSpeakForTheirOffice(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a ministry spokesman on the minister's meeting",
			"Ana Ruiz is the transport minister of Kelmar. A ministry spokesman, Tomas Brel, said the minister would meet the drivers' leaders on Thursday.",
			[]string{"Ana Ruiz/person/transport minister", "Tomas Brel/person/ministry spokesman", "Kelmar/country"}, []string{"Thursday=2027-03-04"},
			[]brief{{"Ana Ruiz", "intends", "2027-03-04", ""}}},
		{"a committee chair on what the council will do",
			"The Harwick council approved the scheme. Its chair, Councillor Jo Tarn, said the council would enforce the conditions to the letter.",
			[]string{"Jo Tarn/person/chair", "Harwick council/organisation"}, nil,
			[]brief{{"Harwick council", "agreed", "", ""}, {"Harwick council", "pledged", "", ""}}}, // "to the letter": a promise
	})
}
