package parties

import (
	"slices"
	"testing"
)

func TestBystanders(t *testing.T) {
	cases := []struct {
		construction, text, name string
		kept                     bool
	}{
		{"place that acts", "Geneva offered on Monday to host the talks. Halvard Group welcomed the offer.", "Geneva", true},
		{"outlet as the source of a quote", "\"We will appeal,\" Halvard Group told Reuters on Monday.", "Reuters", false},
		{"outlet that reports", "Halvard Group will cut 300 jobs, the Daily Courier reported on Monday.", "Daily Courier", false},
		{"outlet named by its noun", "Halvard Group told the newspaper Vestposten that it would appeal.", "Vestposten", false},
		{"site before a name is an outlet", "\"Buyers want fewer cables,\" an Halvard Group strategist told technology site Zednet.", "Zednet", false},
		{"a plant's site after its name is no outlet", "Halvard Group will close the Tarnby site in May. Tarnby has lost 400 jobs.", "Tarnby", true},
		{"an office of a body named before it is no organisation", "Talks will resume, said Ana Ruiz, Halvex Mission Chief for Tarnia.", "Halvex Mission Chief", false},
		{"an office of a constituency before its holder's name is no organisation", "The Tarnby Central MP, Joan Vell, has asked the minister to act.", "Tarnby Central MP", false},
		{"outlet that says what it will do", "UK broadcaster Kestrel Radio says it will become the first station to offer radio via 3G mobiles.", "Kestrel Radio", true},
		{"outlet that says what it could not do only reports", "Halvard Group will cut 300 jobs. The broadcaster Kestrel Radio said it could not verify the figure.", "Kestrel Radio", false},
		{"a body's own website makes it no outlet", "Harrowfield Water signed an undertaking with the Water Standards Commission (WSC). The WSC said it had decided not to impose a penalty. The full text is on the WSC website.", "Water Standards Commission", true},
		{"a broadcaster on the other side of a deal", "The North Coast League signed a four-year agreement with broadcaster Tidal Sport on Monday.", "Tidal Sport", true},
		{"a broadcaster that will show the matches", "The league has sold its rights. Under the agreement, broadcaster Tidal Sport will show two live matches every weekend.", "Tidal Sport", true},
		{"outlet that is sued", "Halvard Group sued the Daily Courier over the report on Monday.", "Daily Courier", true},
		{"an office alone is no organisation", "Later, the Planning Minister said the plan would go ahead.", "Planning Minister", false},
		{"an office with its portfolios after for is no organisation", "The Minister for Environment and Water said the dam would be built.", "Minister for Environment and Water", false},
		{"an office with a demonym is no organisation", "The Norwegian Fisheries Minister said the plan would go ahead.", "Norwegian Fisheries Minister", false},
		{"a ministerial meeting is no body", "The Port Selwyn Climate Ministerial ended on Monday. Ministers from 142 countries agreed to triple adaptation finance.", "Port Selwyn Climate Ministerial", false},
		{"a website after a body's short name is its own", "Redline Buses said it was disappointed. Passengers have been asked to check the Redline website and app before travelling.", "Redline Buses", true},
		{"the last of two portfolios an office is for is no organisation", "Aino Lehtovaara called Kenya's Cabinet Secretary for Foreign and Diaspora Affairs, Daniel Wambua. Wambua thanked Finland.", "Diaspora Affairs", false},
		{"person with an office is no outlet", "Anshuman Magazine, managing director, of Halvard Group said so.", "Anshuman Magazine", true},
		{"outlet ending the sentence as the source", "Halvard Group will cut 300 jobs, sources close to the talks tell the FT.", "FT.", false},
		{"capitalised word after a dated label's dash starts the sentence", "1901 - In China, the Boxer Rising began.", "In China", false},
		{"name after a dated label's dash", "1901 - In China, the Boxer Rising began.", "China", true},
		{"article after a dated label's dash is no part of the name", "1990 - The United States won pledges from Kuwait.", "The United States", false},
		{"outlet called so by an apposition the parser left loose", "According to Vestposten 24, Norway's business newspaper, the plan will go ahead.", "Vestposten 24", false},
		{"organisation described as an outlet's owner stays", "Halvard Group, the paper's owner, said it would sell the title.", "Halvard Group", true},
		{"outlet that buys", "Reuters bought a small data firm, Halvard Group, on Monday.", "Reuters", true},
		{"a law named by its rank-like first word", "The fine is the largest under the EU's General Data Protection Regulation. Halvard Group will appeal.", "Data Protection Regulation", false},
		{"a law", "Halvard Group broke the Online Safety Act, the regulator said.", "Online Safety Act", false},
		{"a treaty", "Norvia and Kessland signed the Vessa Treaty on Monday.", "Vessa Treaty", false},
		{"a body named for the regulation it does is no law", "The Office of Water Regulation fined Kennet Water on Monday.", "Office of Water Regulation", true},
	}
	for _, c := range cases {
		checkKept(t, c.construction, c.text, c.name, c.kept)
	}
}

// keptCase is a text and whether the party of that name must be drafted
// from it, named for the construction it tests.
type keptCase struct {
	construction, text, name string
	kept                     bool
}

// checkKeptCases checks each case with checkKept.
func checkKeptCases(t *testing.T, cases []keptCase) {
	t.Helper()
	for _, c := range cases {
		checkKept(t, c.construction, c.text, c.name, c.kept)
	}
}

// checkKept drafts text and checks that a party called name (its name or
// an alias) is drafted when kept is true and is not when it is false.
func checkKept(t *testing.T, construction, text, name string, kept bool) {
	t.Helper()
	d := draftDoc(t, text, "2021-03-01")
	found := false
	for _, p := range d.Parties {
		found = found || slices.Contains(append([]string{p.Name}, p.Aliases...), name)
	}
	if found != kept {
		t.Errorf("%s: %q kept = %v, want %v (parties %+v)", construction, name, found, kept, d.Parties)
	}
}

// TestFieldOfAnOfficeIsNoBody checks that the field of an office written
// before its title in lower case ("Energy minister") is no party, while
// a body with the word in its name stays.
func TestFieldOfAnOfficeIsNoBody(t *testing.T) {
	checkPartyCases(t, []partyCase{
		{"a headline's office field", "Energy minister on the future of Hinkley\n\nThe minister spoke on Tuesday. EDF will finish the plant by 2031.",
			[]string{"EDF"}, []string{"Energy"}},
		{"a firm whose name ends with the word stays", "Octopus Energy said it would cut prices in May. Energy minister Ann Roe welcomed the cut.",
			[]string{"Octopus Energy", "Ann Roe"}, []string{"Energy"}},
	})
}

// TestRomanNumeralIsNoBody checks that a Roman numeral alone, a section's
// number or a level, is no party, while a monarch's regnal number stays in
// the name.
func TestRomanNumeralIsNoBody(t *testing.T) {
	checkPartyCases(t, []partyCase{
		{"a section number and a level", "Conclusions\n\nII. ENERGY\n\nThe European Council welcomed the plan. The agency raised the alert to level IV, the highest.",
			[]string{"European Council"}, []string{"II", "IV"}},
		{"a regnal number", "King Charles III said he would visit in May.", []string{"Charles III"}, nil},
	})
}

// TestOutletsNamedByTheirShape checks that a paper or station named by a
// word that opens or ends such names is a source, not a party, unless it
// acts in the story.
func TestOutletsNamedByTheirShape(t *testing.T) {
	checkPartyCases(t, []partyCase{
		{"outlets that only report", "The mayor told the Tidewater News she would resign. Radio Kaneshie reported that the minister would visit. The Daily Ledger said the firm would close.",
			nil, []string{"Tidewater News", "Radio Kaneshie", "Daily Ledger"}},
		{"an outlet that acts", "Fox News will air the debate on Monday.", []string{"Fox News"}, nil},
	})
}
