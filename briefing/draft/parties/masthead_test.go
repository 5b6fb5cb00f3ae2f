package parties

import "testing"

// TestMastheadInCapitals checks a body whose name alone, in capitals,
// makes a document's first line.
func TestMastheadInCapitals(t *testing.T) {
	for text, want := range map[string]string{
		"HARTWELL TOWN COUNCIL\n\nMinutes of the meeting held on 14 October.":                                                                                    "Hartwell Town Council",
		"MINISTRY OF DEFENCE\n\nThe ministry will close the base in March.":                                                                                      "Ministry of Defence",
		"KELBY CHAMBER OF COMMERCE\n\nMembers met on Tuesday to discuss rates.":                                                                                  "Kelby Chamber of Commerce",
		"MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF CORVESSA\nTranscript of the regular press briefing by spokesperson Lena Marsh\n\nMARSH: Good afternoon.": "Ministry of Foreign Affairs of the Republic of Corvessa",
	} {
		d := draftDoc(t, text, "2025-10-16")
		if p := findParty(d.Parties, want); p == nil || p.Kind != "organisation" {
			t.Errorf("masthead %q missing from %v", want, names(d.Parties))
		}
	}
	for _, text := range []string{
		"FLOODS HIT THE NORTH\n\nRivers burst their banks on Monday.",
		"TOWN COUNCIL MEETS TONIGHT ON RATES AND BINS\n\nCouncillors meet at 7pm.",
		"MINISTRY OF HEALTH WARNS OF A FLU SURGE IN THE NORTH\n\nHospitals are full.",
		"MINISTRY OF HEALTH WARNS OF THE STATE OF HOSPITALS\n\nHospitals are full.",
	} {
		d := draftDoc(t, text, "2025-10-16")
		for _, p := range d.Parties {
			if p.Mentions[0].Start == 0 {
				t.Errorf("a headline in capitals became a body: %+v", p)
			}
		}
	}
}
