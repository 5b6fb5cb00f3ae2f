package commitments

import "testing"

// TestBodyTheSpeakerHeads checks that "his committee" or "her group"
// said by a person the text describes as heading that body is the body
// when it is a party, else the person who speaks for it, never another
// organisation named before.
func TestBodyTheSpeakerHeads(t *testing.T) {
	checkActors(t, []actorCase{
		{"his group, after a relative clause saying he leads it, with an organisation named before",
			"The route runs past Elm Park and Brockley Traders. Councillor Owen Hart, who leads the largest opposition group on the council, said his group would call in the decision.",
			[]string{"Brockley Traders/organisation", "Owen Hart/person/Councillor"}, "Owen Hart"},
		{"his committee, not the chamber the committee belongs to",
			"Senator Paul Marois, who chairs the Senate committee on housing, said his committee would hold hearings in April.",
			[]string{"Senate/organisation", "Paul Marois/person/Senator"}, "Paul Marois"},
		{"her committee when the description names it",
			"Ana Brill, who chairs the Housing Committee, said her committee would report in May.",
			[]string{"Housing Committee/organisation", "Ana Brill/person/chair"}, "Housing Committee"},
		{"her party when her office names it with the word after the name",
			"Ines Aldana, president of the opposition Democratic Renewal party, called the deal a surrender and said her party would vote against the enabling legislation.",
			[]string{"Democratic Renewal/organisation", "Ines Aldana/person/president of the opposition Democratic Renewal party"}, "Democratic Renewal"},
		{"her group, the person set in apposition to the office",
			"Tenants of Marsh Lane Housing complained. The leader of the council's opposition group, Cllr Nia Roberts, said her group would ask ministers to intervene.",
			[]string{"Marsh Lane Housing/organisation", "Nia Roberts/person"}, "Nia Roberts"},
		{"her group, of a leader whose office names no body, not the organisation named last",
			"The council will seek a grant from the Department for Transport. Opposition councillors said the price was too high. Their leader, Ruth Penhale, said her group would vote against the budget.",
			[]string{"Department for Transport/organisation", "Ruth Penhale/person/leader", "Opposition councillors/group"}, "Ruth Penhale"},
		{"his group, of a chief executive whose role names the company, is the company",
			"Halvorsen Shipping made a loss. The Department for Transport will fund the route. John Berg, chief executive of Halvorsen Shipping, said his group would sell two ferries.",
			[]string{"Halvorsen Shipping/organisation", "Department for Transport/organisation", "John Berg/person/chief executive of Halvorsen Shipping"}, "Halvorsen Shipping"},
	})
}
