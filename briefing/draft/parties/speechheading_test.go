package parties

import (
	"slices"
	"testing"
)

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
		{"Chief Constable Daniel Okonjo has accepted all eleven recommendations.", "Daniel Okonjo", "Chief Constable"},
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

// TestNameOpenedByACountry checks that a name of two words that opens
// with a country's name is a body, not a person, and that a first name
// that is also a country's keeps its person.
func TestNameOpenedByACountry(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a party named after its country", "Since last April, Wales Forward (WF) has held listening events in every constituency.", "Wales Forward", "organisation"},
		{"a first name that is a country's", "Jordan Henderson said he would stay at the club.", "Jordan Henderson", "person"},
		{"a name in a list of players", "Teams:\nAustralia - Ian Healy (captain), Michael Bevan, Damien\nFlemming, Jason Gillespie, Stuart Law.", "Flemming", "person"},
	})
}

// TestAcronymInsideAndBeforeNames checks that a thing's acronym the text
// defines stays inside a company's name, and that a body's acronym before
// its officer's title is no part of a name.
func TestAcronymInsideAndBeforeNames(t *testing.T) {
	d := draftDoc(t, "Altamira LNG Partners, LLC and Hanseong Energy Corporation (\"HEC\") signed an agreement under which HEC will buy 1.5 million tonnes a year of liquefied natural gas (LNG).\n\nHEC President and CEO Park Ji-hoon signed the agreement in Seoul.", "2026-11-18")
	if findParty(d.Parties, "Altamira LNG Partners, LLC") == nil {
		t.Errorf("the company's name is cut at its acronym: %v", names(d.Parties))
	}
	checkNoParties(t, d.Parties, "an acronym and a title", "HEC President", "LNG Partners, LLC")
	if p := findParty(d.Parties, "Park Ji-hoon"); p == nil || p.Role != "President and CEO" {
		t.Errorf("the officer is %+v, want the role President and CEO", p)
	}
}

// TestAcronymInQuotesInBrackets checks that an acronym defined in
// quotation marks inside brackets is an alias of the name before it.
func TestAcronymInQuotesInBrackets(t *testing.T) {
	d := draftDoc(t, "Marlow Subsea Ltd signed a contract with Pentland Tidal Power Ltd (\"PTP\") for the array.\n\nPTP is a joint venture. PTP has agreed to award the second phase.", "2026-09-08")
	if p := findParty(d.Parties, "Pentland Tidal Power Ltd"); p == nil || !slices.Contains(p.Aliases, "PTP") {
		t.Errorf("the acronym is no alias of the company: %+v (parties %v)", p, names(d.Parties))
	}
	checkNoParties(t, d.Parties, "an alias", "PTP")
}

// TestGerundOpeningAHeadline checks that a verb in -ing whose clause is
// the subject of a headline opens no name.
func TestGerundOpeningAHeadline(t *testing.T) {
	d := draftDoc(t, "Fixing Gauteng's water will take money, powers and deadlines\n\nThe minister set out her plan on Monday.", "2026-02-09")
	checkNoParties(t, d.Parties, "a gerund", "Fixing Gauteng")
}

// TestRoleEndsBeforeARelativeClause checks that a role's phrase ends
// before the relative clause that tells of the body it names.
func TestRoleEndsBeforeARelativeClause(t *testing.T) {
	d := draftDoc(t, "\"Many online consumers don't consider the true motives of spammers,\" said Mike Newton, a spokesperson for the BSA which commissioned the survey.", "2005-01-10")
	if p := findParty(d.Parties, "Mike Newton"); p == nil || p.Role != "spokesperson for the BSA" {
		t.Errorf("the spokesperson is %+v, want the role spokesperson for the BSA", p)
	}
}

// TestOfficeAfterATitleIsNoName checks that an office noun after a title
// word ("Deputy Administrator") names no person.
func TestOfficeAfterATitleIsNoName(t *testing.T) {
	d := draftDoc(t, "WITNESSES: Daniel Reyes, Deputy Administrator, Federal Aviation Administration (FAA); Tanya Whitcomb, President, Air Traffic Professionals Union (ATPU).\n\nMr. REYES. Thank you. We will deliver a full staffing report by April 30.", "2026-03-17")
	checkNoParties(t, d.Parties, "an office", "Administrator")
	if p := findParty(d.Parties, "Daniel Reyes"); p == nil || p.Role != "Deputy Administrator" {
		t.Errorf("the witness is %+v, want the role Deputy Administrator", p)
	}
}
