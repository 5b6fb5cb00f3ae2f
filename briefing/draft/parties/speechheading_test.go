package parties

import "testing"

// TestSpeakerOfAnAddressIsAParty checks that the office holder a speech's
// heading names is a party when the speech speaks as "I", and that a
// reporter's byline over a story in the reporter's voice is none.
func TestSpeakerOfAnAddressIsAParty(t *testing.T) {
	d := draftDoc(t, "2026 State of the City Address\nMayor Denise Alvarado-Whitman\nCivic Auditorium - Wednesday, January 28, 2026\n\nA year ago, I stood on this stage and promised you three things. I will not raise taxes.\n\nTomorrow morning I will sign an executive order.\n", "2026-01-28")
	if p := findParty(d.Parties, "Denise Alvarado-Whitman"); p == nil || p.Role != "Mayor" {
		t.Errorf("the mayor is missing or without her office: %+v (parties %v)", p, names(d.Parties))
	}
	d = draftDoc(t, "Flooded out\n\nBy Sam Whitlock, Political Correspondent\n\nI spent a week in the valley. I met families who had lost everything.\n", "2026-01-28")
	checkNoParties(t, d.Parties, "a reporter writing as I", "Sam Whitlock")
}

// TestOfficeOfFieldsJoinedByAnd checks that an office whose fields "and"
// joins is whole before a name.
func TestOfficeOfFieldsJoinedByAnd(t *testing.T) {
	for _, c := range []struct{ text, name, role string }{
		{"Police and Crime Commissioner Claire Hastings-Boyd has responded to the report.", "Claire Hastings-Boyd", "Police and Crime Commissioner"},
		{"Northmoor Police and Crime Commissioner Claire Hastings-Boyd has responded to the report.", "Claire Hastings-Boyd", "Northmoor Police and Crime Commissioner"},
		{"Economic and Fiscal Policy Minister Heizo Takenaka said growth would return.", "Heizo Takenaka", "Economic and Fiscal Policy Minister"},
	} {
		d := draftDoc(t, c.text, "2026-09-24")
		if p := findParty(d.Parties, c.name); p == nil || p.Role != c.role {
			t.Errorf("%q: %s is %+v, want the role %q", c.text, c.name, p, c.role)
		}
		checkNoParties(t, d.Parties, "the first field of an office", "Northmoor Police", "Police")
	}
}

// TestPronounIEndingASentenceIsNoName checks that "I." closing a
// sentence is neither an initial of the name after it nor a party.
func TestPronounIEndingASentenceIsNoName(t *testing.T) {
	d := draftDoc(t, "Bridgewater Falls is not finished. Neither am I. Thank you, and God bless our city.", "2026-01-28")
	checkNoParties(t, d.Parties, "the pronoun I", "I.", "I. Thank", "I")
}
