package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestKindOfNameAfterDescriptor(t *testing.T) {
	for _, tc := range []struct {
		construction, text, name, kind string
	}{
		{"company noun before a one-word name", "Italian phone company Velmora has said it will make a new offer for Brantel. Velmora said the bid was fair.", "Velmora", briefing.KindOrganisation},
		{"suitor before a name", "However, rival suitor Corvane also raised its bid in the battle. Corvane said it would not give up.", "Corvane", briefing.KindOrganisation},
		{"bank before a name", "Dutch bank Kessling has agreed to buy the unit.", "Kessling", briefing.KindOrganisation},
		{"service before a name", "Streaming service Streamora is raising its prices. Streamora said the rise was needed.", "Streamora", briefing.KindOrganisation},
		{"maker joined to its product", "Japanese carmaker Tamiro said sales rose in June.", "Tamiro", briefing.KindOrganisation},
		{"retailer before a name that says", "Clothing retailer Pendrick said profits would fall.", "Pendrick", briefing.KindOrganisation},
		{"name in apposition to a kind of organisation", "The world's biggest confectionery firm, Halvern Tobbs, has warned its results will suffer.", "Halvern Tobbs", briefing.KindOrganisation},
		{"kind of organisation in apposition after the name", "Marlo Vexin, a Swiss insurer, said claims rose.", "Marlo Vexin", briefing.KindOrganisation},
		{"name after an organisation noun", "The non-government organisation Verdana said the law would hurt farmers. Verdana said it would appeal.", "Verdana", briefing.KindOrganisation},
		{"a maker of peace is a person", "Russian peacemaker Dorin Vasko said the talks would resume.", "Dorin Vasko", briefing.KindPerson},
		{"broker before a name is a person", "There will be selling pressure, said broker Talib Qureshi.", "Talib Qureshi", briefing.KindPerson},
		{"kind of organisation opening the sentence is no part of the name", "Drugmaker Halvex said it would appeal the ruling.", "Halvex", briefing.KindOrganisation},
		{"trade opening the sentence is no part of the name", "Landlord Corran Estates said it had proposed a six-month rent holiday.", "Corran Estates", briefing.KindOrganisation},
		{"an ordinary word opening a name a coalition's apposition describes", "Climate Reckoning, a coalition of 300 NGOs, has urged ministers to stay.", "Climate Reckoning", briefing.KindOrganisation},
		{"trade before a name that starts with no first name", "Dutch contractor Van Oord will dredge the port.", "Van Oord", briefing.KindOrganisation},
		{"trade before a name that starts with a first name", "Software developer Jane Smith said the app was safe.", "Jane Smith", briefing.KindPerson},
		{"plural of a trade before a name", "Andrew Beh, of brokers Vellin Marr, said the shares were cheap.", "Vellin Marr", briefing.KindOrganisation},
		{"plural of an office before people's names", "Council members Angela Ruiz and Tom Becker voted against the budget.", "Angela Ruiz", briefing.KindPerson},
		{"name hanging with of on a person's name", "Mary Fahy, of Fianna Corran, said the council would vote on Monday.", "Fianna Corran", briefing.KindOrganisation},
		{"carrier before a name", "Budget carrier Ryanair cut its fares on Monday.", "Ryanair", briefing.KindOrganisation},
		{"a utility named for what it supplies", "Kennet Vale Water said the main would be replaced by September. Kennet Vale Water apologised.", "Kennet Vale Water", briefing.KindOrganisation},
		{"app before a name", "Regulators fined the dating app Tindro €20m. Tindro said it would appeal.", "Tindro", briefing.KindOrganisation},
		{"a headline's verb read as a noun before an app", "Irish regulator fines dating app Tindro €20m\n\nThe regulator fined Tindro on Monday. Tindro said it would appeal.", "Tindro", briefing.KindOrganisation},
		{"office noun before a name stays a person", "Company spokesman Ivan Petrov said the offer was fair.", "Ivan Petrov", briefing.KindPerson},
		{"acronym opening a name with a place", "Patients face longer waits after NHS Tarrow cancelled operations. NHS Tarrow said the delays would last until March.", "NHS Tarrow", briefing.KindOrganisation},
		{"acronym before a given name is a title", "MEP Anna Vesk said the vote would be close.", "Anna Vesk", briefing.KindPerson},
		{"name between an owner and its plant", "Vantor Motors will close its Eastfield plant in May. Eastfield has lost 400 jobs this year.", "Eastfield", briefing.KindPlace},
		{"name between a possessive name and its office", "Halvard Group's Tarnby office will shut. Tarnby has lost 400 jobs this year.", "Tarnby", briefing.KindPlace},
		{"plural name after the and a preposition of place", "Flooding cut roads across the Harlands. Rescuers reached the Harlands on Monday.", "Harlands", briefing.KindPlace},
		{"an organisation head after a qualifier, then for", "The Independent Office for Tarn Conduct said it was aware of the complaint.", "Independent Office for Tarn Conduct", briefing.KindOrganisation},
		{"a port operator named for its terminals after a place", "The offer from Dunmere Container Terminals gives dockers a 6 percent rise. The Port of Dunmere was closed.", "Dunmere Container Terminals", briefing.KindOrganisation},
		{"a name that says it would act is a body", "Tarnwick Yard said it would assess the new evidence.", "Tarnwick Yard", briefing.KindOrganisation},
		{"a one-word name that says it will act is a body", "Veldar said it will table an amendment next week.", "Veldar", briefing.KindOrganisation},
		{"a name that says it would be something stays a person", "Dorin Vasko said it would be wrong to resign.", "Dorin Vasko", briefing.KindPerson},
		{"a firm named for its trade, under a headline", "Kestova Automotive announces recall of 84,300 cars\n\nKestova Automotive will replace the bolts free of charge.", "Kestova Automotive", briefing.KindOrganisation},
		{"a one-word name that opens its sentence, taken up by the it that opens the next", "Vodafone has launched a new phone. It said it would cut prices in May.", "Vodafone", briefing.KindOrganisation},
		{"a club named after its town with a plural verb", "Hollinsbury Town have handed their manager a new contract.", "Hollinsbury Town", briefing.KindOrganisation},
		{"a town with a singular verb", "Hollinsbury Town has a population of 40,000.", "Hollinsbury Town", briefing.KindPlace},
		{"a club's first word alone before a verb said of people", "Callum Frew will join Championship side Portbury City on loan, with Portbury paying his wages.", "Portbury City", briefing.KindOrganisation},
		{"a team's plural name with a plural verb, under a headline", "Thornfield Knights docked 10 points\n\nThornfield Knights have been docked 10 points for breaking the salary cap.", "Thornfield Knights", briefing.KindOrganisation},
		{"a surname ending in s after and, with the plural of a list", "Anna Kovacs and Tomas Evans have resigned from the board of Veltrex.", "Tomas Evans", briefing.KindPerson},
	} {
		d := draftDoc(t, tc.text, "2005-03-01")
		p := findParty(d.Parties, tc.name)
		switch {
		case p == nil:
			t.Errorf("%s: no party %q in %v", tc.construction, tc.name, names(d.Parties))
		case p.Kind != tc.kind:
			t.Errorf("%s: %q is a %s (role %q), want a %s", tc.construction, tc.name, p.Kind, p.Role, tc.kind)
		case p.Kind == briefing.KindOrganisation && p.Role != "":
			t.Errorf("%s: organisation %q has role %q", tc.construction, tc.name, p.Role)
		}
	}
}

// TestWhoAfterAPlace checks that a "who" clause after a name that follows a
// preposition of place is said of the people before it, not of the name.
func TestWhoAfterAPlace(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a town after \"at\" with a \"who\" clause on the people there", "Passengers were stranded at Kelderby overnight. And the passengers at Kelderby who paid for hotels themselves? Tom Reed said they would be paid.",
			"Kelderby", "place"},
		{"a person after \"to\" with a \"who\" clause stays a person", "The award went to Marta Kell who thanked the board.", "Marta Kell", "person"},
		{"a person after \"a letter from\" with a \"who\" clause stays a person", "She received a letter from Okafor who said he would resign. Okafor is the chairman of Halvard Group.", "Okafor", "person"},
	})
	checkKept(t, "a town of one word that an aside says a person is from is no person", "Lead plaintiff Teresa Alvarado, a nurse from Ferndale who filed the complaint in 2023, will receive $15,000.", "Ferndale", false)
}

// TestForeignCompanyForms checks that the legal forms and trade words of
// companies abroad, and a haulier in apposition, make a name a company's.
func TestForeignCompanyForms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a Danish company form after the name", "Hessel Biologics A/S today announced a supply deal with the ministry.", "Hessel Biologics A/S", "organisation"},
		{"a German trade word ending the name", "Hamburg-based Brandt Logistik has agreed to buy a rival for €1bn.", "Brandt Logistik", "organisation"},
		{"a Norwegian trade word ending the name", "Oslo-based Vestfjord Energi said it would build the wind farm.", "Vestfjord Energi", "organisation"},
		{"a haulier in apposition", "Brandt Logistik has agreed to buy Kees Dekker, the Dutch refrigerated haulier, for €1bn.", "Kees Dekker", "organisation"},
		{"an airline named by its trade's word", "Skerry Air said on Monday it had signed a deal with the council.", "Skerry Air", "organisation"},
		{"a firm named by a region's adjective", "Aeris Nordic says all 412 cancelled flights will be reinstated.", "Aeris Nordic", "organisation"},
		{"an airline named first by its trade's word in another language", "Aerolineas Cumbre said on Monday it would cut fares.", "Aerolineas Cumbre", "organisation"},
	})
}

// TestNameAfterTheIsNoPerson checks that two capitalised words after "the"
// are not read as a person's name by their shape: a person's name takes no
// article ("the Magna Carta", "the Sony Betamax case"), a titled name does.
func TestNameAfterTheIsNoPerson(t *testing.T) {
	for _, tc := range []struct{ construction, text, name string }{
		{"a charter's name after the", "\"These rules stand as the Velmar Carta for the industry,\" said a lobbyist.", "Velmar Carta"},
		{"a case named for a firm and its product", "The judges upheld the precedent set by the Tarvo Velmax case.", "Tarvo Velmax"},
	} {
		d := draftDoc(t, tc.text, "2005-03-01")
		if p := findParty(d.Parties, tc.name); p != nil && p.Kind == briefing.KindPerson {
			t.Errorf("%s: %q is a person", tc.construction, tc.name)
		}
	}
	checkKinds(t, []kindCase{
		{"a titled name after the stays a person", "The company hired the Reverend Tomas Velk to chair the trust. Velk said he was pleased.", "Tomas Velk", briefing.KindPerson},
	})
}

// TestNameAfterPluralOffice checks that a name of two words after the
// plural of an office of state is a person's, where one word after an
// analyst's plural may be a firm's.
func TestNameAfterPluralOffice(t *testing.T) {
	checkKinds(t, []kindCase{
		{"unknown first name after the plural of a minister's office", "The deal was signed by fisheries ministers Annelie Brandt of Haldoria and Tomas Rydqvist of Vestrand. Brandt told reporters it was fair.",
			"Annelie Brandt", briefing.KindPerson},
		{"one word after the plural of an analyst", "The plan was backed by analysts Ovum and by the unions.",
			"Ovum", briefing.KindOrganisation},
	})
}

// TestPersonKeepsKindOverAShowNamedAfterThem checks that a person named
// with an office keeps that kind when a business or show named after
// them reads as a body ("Bellini's Kitchen"), and that a name ending in
// a word for a body is a body's.
func TestPersonKeepsKindOverAShowNamedAfterThem(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a shipping line's name", "Halvardsen Line said it was prepared to open part of the berth to other carriers.",
			"Halvardsen Line", "organisation"},
		{"a show named after a titled person", "TV chef Marco Bellini has closed his flagship London restaurant. The star of Bellini's Kitchen told staff on Monday that the site would shut.",
			"Marco Bellini", "person"},
	})
}
