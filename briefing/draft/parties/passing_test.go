package parties

import "testing"

func TestCountriesInPassing(t *testing.T) {
	checkKeptCases(t, []keptCase{
		{"nationality of people", "Yukos said on Monday that its US lawyers would ask for the assets to be frozen.", "United States", false},
		{"nationality of a firm", "Rover will close the plant if the deal with a Chinese car maker fails, the union said.", "China", false},
		{"yardstick", "Controls on capital create black markets in countries like Venezuela, the economist said.", "Venezuela", false},
		{"a state's officials", "Talks stalled after the Chinese government rejected the offer from Tarsin on Monday.", "China", true},
		{"a state's troops", "US troops will leave the base by May, a spokesman said.", "United States", true},
		{"a national team's captain", "England captain Ivo Marsh said the side would recover by Saturday.", "England", true},
		{"a side of a dispute", "The EU-US trade dispute went on for years.", "United States", true},
		{"a state's act", "Tarsin welcomed US support for the election on Monday.", "United States", true},
		{"subject", "Tarsin agreed the deal with Venezuela on Monday. Venezuela will ship oil from May.", "Venezuela", true},
		{"owner of what it does", "China's demand for oil has grown, and Beijing said it would buy more from Rosneft.", "China", true},
	})
}
