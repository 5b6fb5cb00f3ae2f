package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestPlacesNamedLikeBodies(t *testing.T) {
	cases := []kindCase{
		{"a palace named in French, its article inside", "The protocol was signed at the Palais des Nations in Geneva on Monday.",
			"Palais des Nations", briefing.KindPlace},
		{"a palace named in Spanish", "The ministers met at the Palacio de Gobierno on Monday.",
			"Palacio de Gobierno", briefing.KindPlace},
		{"name qualifying a border crossing", "The two sides agreed on Monday to reopen the Kessel border crossing. Traders welcomed the news.",
			"Kessel", briefing.KindPlace},
		{"name qualifying a valley", "Troops crossed into the Lessa valley after a dispute over a dam. The Lessa valley is now quiet.",
			"Lessa", briefing.KindPlace},
		{"word for land opening a name before of", "Halvard Group will drill in the western District of Norrland next year. The District of Norrland is poor.",
			"District of Norrland", briefing.KindPlace},
		{"name after \"at\" with people who work there before it is a body", "Ten former directors at Vestcom have agreed to pay $54m in damages.",
			"Vestcom", briefing.KindOrganisation},
		{"name after \"at\" with analysts before it and a verb of expecting after it is a body", "Analysts at Marlow Shipping Research expect the backlog to take two weeks to clear.",
			"Marlow Shipping Research", briefing.KindOrganisation},
		{"name after \"at\" with economists before it and a verb of belief after it is a body", "Economists at Nordbank believe rates will fall.",
			"Nordbank", briefing.KindOrganisation},
		{"name after \"at\" owning what follows is a body", "Some 2,000 jobs at Vestcom's Harlby plant may be cut, the union said.",
			"Vestcom", briefing.KindOrganisation},
		{"name after a comma and a noun for a settlement", "The capital, Lennar, voted on Monday to ban cars from its centre.",
			"Lennar", briefing.KindPlace},
		{"name after \"at\" alone stays a place", "The final match at Harlby was drawn on Sunday.",
			"Harlby", briefing.KindPlace},
		{"name of two words opening with a surname particle after a preposition of place", "Fighting broke out at Da Lam on Monday. Traders fled.",
			"Da Lam", briefing.KindPlace},
		{"name opening with a surname particle elsewhere stays a person", "Talks stalled, Da Silva said on Monday. The talks resume in June.",
			"Da Silva", briefing.KindPerson},
		{"names after a plural noun for places and \"of\"", "Troops pushed into the northern provinces of Dara and Keshel on Monday. Dara and Keshel fell within hours.",
			"Keshel", briefing.KindPlace},
		{"name after \"mayor of\"", "The mayor of Velliers said the city would not sign.", "Velliers", briefing.KindPlace},
		{"last of a list of names after \"mayors of\"", "The pact was signed by the mayors of Port Amara, Velliers, Dunhaven and Morowa.", "Morowa", briefing.KindPlace},
		{"name inside a list after \"mayors of\"", "The pact was signed by the mayors of Port Amara, Velliers, Dunhaven and Morowa.", "Dunhaven", briefing.KindPlace},
		{"unknown name listed with a known city", "A direct flight between Jakarta and Vo Lam will start on 15 January, the airline said.",
			"Vo Lam", briefing.KindPlace},
		{"unknown name in a list of known regions", "Councils in Cornwall, Harlby and Devon have asked for powers to curb second homes. Harlby wants them first.",
			"Harlby", briefing.KindPlace},
		{"name closed by a word for low ground", "Residents of Tōtara Flats were evacuated on Monday. Tōtara Flats flooded again.",
			"Tōtara Flats", briefing.KindPlace},
		{"name closed by a word for a valley", "The trust that runs Ellerby Vale's three hospitals has promised to end long waits. Ellerby Vale has 90,000 people.",
			"Ellerby Vale", briefing.KindPlace},
		{"name qualifying an ordinary noun stays a body", "The unions met Vestkraft on Monday. The Vestkraft board will cut 300 jobs.",
			"Vestkraft", briefing.KindOrganisation},
	}
	checkKinds(t, cases)
}

// TestPlaceAfterPointOfCompass checks that an unknown name after a point
// of the compass in lower case is a place the story happens in, no body.
func TestPlaceAfterPointOfCompass(t *testing.T) {
	checkKeptCases(t, []keptCase{
		{"a town after north", "Ridgemere Water said the ban covers 2.3 million customers in Ridgeshire and north Dorrington. The company will double its repair crews.", "Dorrington", false},
		{"a firm the sentence names as a subject stays", "Ridgemere Water said on Monday that the ban would last until September.", "Ridgemere Water", true},
	})
}
