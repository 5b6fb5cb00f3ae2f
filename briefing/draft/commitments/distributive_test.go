package commitments

import "testing"

// TestDistributiveSubjects checks that "each" of a set, or "each" alone,
// names the parties that acted together before, and no one when no set
// was named.
func TestDistributiveSubjects(t *testing.T) {
	states := []string{"Varnia/country", "Ostrava/country", "Keldor/country"}
	runCases(t, []commitmentCase{
		{"each country after three signed together",
			"Varnia, Ostrava and Keldor signed the accord on Monday. Each country will contribute 500 troops to the force.",
			states, nil,
			[]brief{{"Keldor;Ostrava;Varnia", "signed", "", ""}, {"Keldor;Ostrava;Varnia", "pledged", "", ""}}}, // troops contributed to a force are pledged to it
		{"each side after two agreed",
			"Varnia and Ostrava reached a deal on Monday. Each side will release 200 prisoners.",
			states[:2], nil,
			[]brief{{"Ostrava;Varnia", "agreed", "", ""}, {"Ostrava;Varnia", "pledged", "", ""}}},
		{"each alone after two agreed",
			"Varnia and Ostrava reached a deal on Monday. Each will open a consulate in the other's capital.",
			states[:2], nil,
			[]brief{{"Ostrava;Varnia", "agreed", "", ""}, {"Ostrava;Varnia", "intends", "", ""}}},
		{"each of no set named is anyone",
			"Each player will donate a shirt.", nil, nil, nil},
	})
}
