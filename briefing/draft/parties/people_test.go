package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestPeopleNamedLikeBodies(t *testing.T) {
	cases := []kindCase{
		{"office right before a single name", "Ruritanian president Varbanu thanked the donors. Varbanu will visit Oslo in May.",
			"Varbanu", briefing.KindPerson},
		{"honorific before a single name", "A spokesman for the builders, Dr Vancheshwar, told reporters the plan would help. Vancheshwar expects more orders.",
			"Vancheshwar", briefing.KindPerson},
		{"relative clause opened by who", "Taro Kebbel, who turned professional on Tuesday, shot a 67. Kebbel leads by two strokes.",
			"Taro Kebbel", briefing.KindPerson},
		{"single name without a person's cue stays a body", "The unions met Vestkraft on Monday. Vestkraft will cut 300 jobs at its plant.",
			"Vestkraft", briefing.KindOrganisation},
		{"leader's name qualifying his government", "The case was filed by the Varbanu administration in 1999. The firms won on appeal.",
			"Varbanu", briefing.KindPerson},
		{"plural noun for people starting a sentence is a group, not a person", "Landlords who break the rules will face fines, Ana Ruiz said.",
			"Landlords", briefing.KindGroup},
		{"month that is a given name before a surname", "Tanzania's foreign minister, January Makamba, said the deal would be ratified.",
			"January Makamba", briefing.KindPerson},
		{"name in apposition to an office title", "Norvania signed the deal. Its prime minister, Le Quoc Hung, said the dam would go ahead.",
			"Le Quoc Hung", briefing.KindPerson},
		{"verb of a title's form acting on the name is no title", "Corvale Rail took over the line on Sunday. Corvale signed the contract in March. \"We'll judge Corvale on its results,\" said Alan Birtwistle.",
			"Corvale Rail", briefing.KindOrganisation},
		{"organisation word keeps a body", "Varbanu Group, who the unions blame, will cut 300 jobs. Varbanu Group said sales fell.",
			"Varbanu Group", briefing.KindOrganisation},
	}
	checkKinds(t, cases)
}

// TestCampLabelBeforeAPerson checks that a camp's label of two words
// before a person's name is left out of the name.
func TestCampLabelBeforeAPerson(t *testing.T) {
	checkKinds(t, []kindCase{
		{"camp of two words after an agent's by", "The caretaker cabinet, led by Social Democrat Ivo Brandt since May, will stay on.",
			"Ivo Brandt", briefing.KindPerson},
		{"camp of two words opening a sentence", "On Monday, Christian Democrat Lena Vogt said she would vote no.",
			"Lena Vogt", briefing.KindPerson},
	})
	for _, text := range []string{"The caretaker cabinet, led by Social Democrat Ivo Brandt since May, will stay on."} {
		d := draftDoc(t, text, "2021-01-01")
		if p := findParty(d.Parties, "Social Democrat Ivo Brandt"); p != nil {
			t.Errorf("%q: the camp's label kept in a party: %v", text, names(d.Parties))
		}
	}
}
