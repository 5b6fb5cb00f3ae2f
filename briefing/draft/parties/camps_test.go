package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestPartiesByTheirMembers checks political parties named by their
// members in the plural: an organisation when the label acts in its
// clause, nobody when it only describes.
func TestPartiesByTheirMembers(t *testing.T) {
	checkKinds(t, []kindCase{
		{"plural party label as the subject of a relative-claused name", "The Conservatives, who won the most seats, said they would govern alone.",
			"Conservatives", briefing.KindOrganisation},
		{"plural party label as the subject of a verb of saying", "The Greens said they would not join the coalition.",
			"Greens", briefing.KindOrganisation},
		{"a labour party by its one word, opening the sentence", "Labour would scrap the two-child limit on benefits within a year of taking office, the party's leader has said.",
			"Labour", briefing.KindOrganisation},
		{"two-word plural party label as an object", "The chancellor met the Social Democrats on Monday.",
			"Social Democrats", briefing.KindOrganisation},
	})
	checkParties(t, "plural party label inside a description names no party", "Voters in the north backed candidates close to the Greens in May.",
		nil, []string{"Greens"})
}

// TestNameWithAKindOfOrganisationAfterIt checks a name followed by an
// apposition that calls it an organisation.
func TestNameWithAKindOfOrganisationAfterIt(t *testing.T) {
	checkKinds(t, []kindCase{
		{"one-word name starting a sentence, a union in apposition", "Unison, the public sector union, said its members would strike.",
			"Unison", briefing.KindOrganisation},
		{"name in apposition to a firm with a demonym", "Talks with Halvard, a Danish shipping firm, broke down.",
			"Halvard", briefing.KindOrganisation},
	})
	checkParties(t, "determiner starting a sentence before a long name and its apposition", "The Canadian Iron and Steel Institute, an industry group, urged a ban.",
		[]string{"Canadian Iron and Steel Institute"}, []string{"The Canadian Iron and Steel Institute"})
}
