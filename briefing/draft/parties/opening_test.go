package parties

import "testing"

// TestNamesOpeningASentence checks names that open a sentence with no cue
// of their kind: one listed with another name is a name, and the kinds of
// a plural name after an article and of a town named for a saint.
func TestNamesOpeningASentence(t *testing.T) {
	checkPartyCases(t, []partyCase{
		{"a name listed with another", "Toyota and Denso declined the offer.", []string{"Toyota", "Denso"}, nil},
		{"a common word listed with a name is no name", "Commentators and Yukos itself claim the firm is a target.", []string{"Yukos"}, []string{"Commentators"}},
		{"a name first in a list of three", "Toyota, Denso and Honda declined the offer.", []string{"Toyota", "Denso", "Honda"}, nil},
	})
	checkKinds(t, []kindCase{
		{"a plural name after an article speaks as a body", "The Scottish Greens said they would study the detail.", "Scottish Greens", "organisation"},
		{"a town named for a saint", "Trimley St Mary is a quiet village where residents said they had complained for years.", "Trimley St Mary", "place"},
		{"a person with a saint's name in the surname", "Andrew St John said he would resign.", "Andrew St John", "person"},
	})
}
