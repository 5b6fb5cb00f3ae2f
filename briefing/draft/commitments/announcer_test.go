package commitments

import "testing"

// TestWeOfABodyThatOpenedInTheThirdPerson checks that an unquoted "we"
// after a lead about no party is the body a statement opened with as the
// subject of a verb of stating, across sentences that tell what parties
// do, and not a body that only acts in between or a person who speaks.
func TestWeOfABodyThatOpenedInTheThirdPerson(t *testing.T) {
	const lead = "Councils have cut evening services. Anyone without a car is cut off. A ring-fenced fund would stop that. Villages have lost their buses. "
	checkActors(t, []actorCase{
		{"a department's response that goes on in the first person",
			lead + "The Department for Transport thanks the petitioners for raising this issue. In 2024 the Government committed to give councils more freedom. For that reason we have decided not to reintroduce the grant.",
			[]string{"Department for Transport/organisation", "Government/country"}, "Department for Transport"},
		{"a body that only acts in between is not the voice",
			lead + "Harlow Water welcomes the regulator's report. The Drinking Water Inspectorate fined the company in May. We will replace 40 km of mains by 2027.",
			[]string{"Harlow Water/organisation", "Drinking Water Inspectorate/organisation"}, "Harlow Water"},
		{"a person who states something is no body's voice",
			lead + "Harlow Water welcomes the report. Ana Reyes, a customer, said the pipes were old. We will replace 40 km of mains by 2027.",
			[]string{"Harlow Water/organisation", "Ana Reyes/person/customer"}, ""},
	})
}
