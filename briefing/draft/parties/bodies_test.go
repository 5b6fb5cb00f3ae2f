package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestBodiesNamedLikePeople(t *testing.T) {
	cases := []kindCase{
		{"a research firm's name", "Figures gathered by Continental Research show that 36% of users never send a message. According to Continental Research, 29% are technophobes.",
			"Continental Research", briefing.KindOrganisation},
		{"name beside a noun for a company", "Marta Holm, the Oslo-based holding company, says the sale was illegal. Marta Holm will appeal.",
			"Marta Holm", briefing.KindOrganisation},
		{"owner of a head of department", "\"Prices will rise,\" Ola Berg, Harald Aid's head of trade policy, said. Harald Aid warned the firms.",
			"Harald Aid", briefing.KindOrganisation},
		{"name qualifying its bosses", "Peter Lund bosses met the unions on Monday. Peter Lund said it would keep the plant.",
			"Peter Lund", briefing.KindOrganisation},
		{"owner of shareholders", "Peter Lund's shareholders rejected the offer. Peter Lund said it would try again.",
			"Peter Lund", briefing.KindOrganisation},
		{"name set beside a description of a body", "Marta Holm, Norway's largest employer, did not comment. Marta Holm will cut 300 jobs.",
			"Marta Holm", briefing.KindOrganisation},
		{"owner of a head that is a body part stays a person", "Jon Berg landed a left hook to Kari Lund's head in the third round. Kari Lund, 31, lost on points.",
			"Kari Lund", briefing.KindPerson},
		{"person with an office stays a person", "Chief executive Peter Lund said the plant would close. Peter Lund's board backed him.",
			"Peter Lund", briefing.KindPerson},
		{"word for a body, then of, opening a name that speaks", "Bus operators warned of delays. The Confederation of Coach Transport said its members were ready to talk.",
			"Confederation of Coach Transport", briefing.KindOrganisation},
		{"name qualifying its app, though a goodbye goes to it", "Saying goodbye to Ostwick\n\nThe Ostwick app is no longer available, and Ostwick subscribers will get refunds.",
			"Ostwick", briefing.KindOrganisation},
		{"name before a player's position", "The fee was agreed on Monday. Brackenford midfielder Kofi Mensah-Blake will join Estrela on loan, and Brackenford will pay his wages.",
			"Brackenford", briefing.KindOrganisation},
		{"a club's short name before a position names its whole name", "Brackenford agreed a fee with Estrela do Tejo on Monday. Estrela winger Tomás Valadares will fly to England.",
			"Estrela do Tejo", briefing.KindOrganisation},
		{"person owning an ordinary noun stays a person", "Peter Lund's wife said the plant would close. Peter Lund declined to comment.",
			"Peter Lund", briefing.KindPerson},
		{"name ending in a trade that ends firms' names", "Harlow Estates bought the site for 40 million pounds last year.",
			"Harlow Estates", briefing.KindOrganisation},
		{"subject that its refers to next", "Kessler Morgan said its shares had fallen by a third.",
			"Kessler Morgan", briefing.KindOrganisation},
		{"name qualifying a noun for a kind of firm", "Henri de Bodinat, vice-president of the Arthur D. Little consultancy, said prices would fall.",
			"Arthur D. Little", briefing.KindOrganisation},
		{"people's plural possessive inside a guild's name", "Pilots in the Aviators' Guild of Tessmark voted to strike.",
			"Aviators' Guild of Tessmark", briefing.KindOrganisation},
		{"name qualifying a noun for a criminal group", "The VesperLock gang said it had stolen the files.",
			"VesperLock", briefing.KindOrganisation},
		{"relative clause opened by which", "Dunmore Whitfield, which owns the rival mall, declined to comment.",
			"Dunmore Whitfield", briefing.KindOrganisation},
		{"owner of its shares", "Kessler Morgan's shares fell by a third on Monday.",
			"Kessler Morgan", briefing.KindOrganisation},
		{"field of a chairman", "Talks collapsed. Karlo Vesnin, the chairman of Tessaro Lund, said the offer was too low. Tessaro Lund will seek other buyers.",
			"Tessaro Lund", briefing.KindOrganisation},
		{"what shares are held in", "Investors sold shares in Brenna Tolk after the loss. Brenna Tolk said the results were poor.",
			"Brenna Tolk", briefing.KindOrganisation},
		{"what campaigners come from", "Campaigners from River Action said the plan did not go far enough.",
			"River Action", briefing.KindOrganisation},
		{"campaigners from a person named with a given name stay with a person", "Campaigners from Anna Holt's office said the plan was weak.",
			"Anna Holt", briefing.KindPerson},
		{"what a spokeswoman speaks for", "Workers walked out on Monday. A spokeswoman for Corvel Ameda said talks would continue.",
			"Corvel Ameda", briefing.KindOrganisation},
		{"what a spokesman speaks for that is a person's surname stays a person", "Minister Ana Ruiz promised a bill. A spokesman for Ruiz said it would come this fall.",
			"Ana Ruiz", briefing.KindPerson},
		{"name after a form of address with a which the parse hangs on it stays a person", "The club received a proposal from Mr Brodsky, which it will study. Mr Brodsky owns a stake of 28%.",
			"Brodsky", briefing.KindPerson},
		{"what a spokesman speaks for opening with a given name stays a person", "A spokesman for Peter Lund said he would not stand again.",
			"Peter Lund", briefing.KindPerson},
		{"its after a mention read as a body's", "Halden Pryce posted higher profits. Halden Pryce said it would open 40 new stores next year.",
			"Halden Pryce", briefing.KindOrganisation},
		{"its after another noun refers to that noun", "Kari Lund bought the company and its debts in May.",
			"Kari Lund", briefing.KindPerson},
		{"name after a preposition the parse took for a second subject stays a person", "In 1940 the airforce under Hermann Vogt began its bombing campaign.",
			"Hermann Vogt", briefing.KindPerson},
		{"subject that a saying verb's acting it refers to", "Kessler Morgan said it had cancelled 300 flights.",
			"Kessler Morgan", briefing.KindOrganisation},
		{"it standing for a state of things keeps a person", "Kari Lund said it seemed unlikely that talks would resume.",
			"Kari Lund", briefing.KindPerson},
		{"his after the name keeps a person", "Kari Lund said his shares were sold.",
			"Kari Lund", briefing.KindPerson},
	}
	checkKinds(t, cases)
}

// TestBodiesNamedAfterPlaces checks that a body whose head stands after a
// place's name of two words is an organisation, as are a legion and a
// school, and that the field of a minister's office is no party.
func TestBodiesNamedAfterPlaces(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a chamber of commerce after a town of two words", "The Port Carrick Chamber of Commerce warned that a tax freeze could mean cuts.",
			"Port Carrick Chamber of Commerce", "organisation"},
		{"a legion", "Ferreira told about 400 supporters at the Royal Canadian Legion hall on Bay Street.",
			"Royal Canadian Legion", "organisation"},
		{"a city's public schools", "Grand Rapids Public Schools has announced that all schools will be closed on Friday.",
			"Grand Rapids Public Schools", "organisation"},
		{"a school", "Parents said Maple Ridge High School would ban phones from September.",
			"Maple Ridge High School", "organisation"},
	})
	d := draftDoc(t, "She said she would meet Ontario's Minister of Infrastructure next week.", "2021-03-01")
	checkNoParties(t, d.Parties, "a minister's field", "Infrastructure")
}

// TestSitesListedAfterAnOwner checks that places listed before a noun for
// an owner's sites are no bodies: only where its sites are.
func TestSitesListedAfterAnOwner(t *testing.T) {
	d := draftDoc(t, "Corrin Freight Group agreed a pay deal. Corrin will not outsource any work at its Daventry and Thurrock sites. The company said so.", "2021-03-01")
	for _, p := range d.Parties {
		if (p.Name == "Daventry" || p.Name == "Thurrock") && p.Kind != "place" {
			t.Errorf("%q is a %s, want a place or no party", p.Name, p.Kind)
		}
	}
}
