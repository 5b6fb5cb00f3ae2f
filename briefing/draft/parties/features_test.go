package parties

import "testing"

func TestNaturalFeaturesAreNoParties(t *testing.T) {
	checkKeptCases(t, []keptCase{
		{"lake named first", "Kenya and Uganda agreed to lift the fishing ban on Lake Victoria from 1 July.", "Lake Victoria", false},
		{"isles before the firm they describe", "The Western Isles operator Kestrel Ferries has agreed to keep its winter timetable for three more years.", "Western Isles", false},
		{"mountain", "Rangers said climbers on Mount Elgon had been rescued by the Tavoro Mountain Club.", "Mount Elgon", false},
		{"river named last", "Tarsin will build a dam on the Veles River, its energy ministry said.", "Veles River", false},
		{"river named first", "Harwick City Council has reached an agreement with Stonebridge Homes that will see 400 homes built on the former gasworks site beside the River Avon, the council announced on Thursday.", "River Avon", false},
		{"a campaign named after a river", "Campaigners from River Action said they would take the firm to court.", "River Action", true},
		{"sea", "Japan would send four patrol ships to the South China Sea by March.", "South China Sea", false},
		{"gulf of", "The navy said its frigates would stay in the Gulf of Aden until June.", "Gulf of Aden", false},
		{"gorge", "The road through Ōrua Gorge will reopen in May, the council said.", "Ōrua Gorge", false},
		{"plain", "Soldiers trained on Salisbury Plain before the exercise, the army said.", "Salisbury Plain", false},
		{"hospital on a mountain", "Mount Sinai Hospital said it would hire 200 nurses by June.", "Mount Sinai Hospital", true},
		{"a bloc named after a lake", "The Lake States Community will send 40 observers to the river line.", "Lake States Community", true},
		{"a bloc named after a gulf", "The Gulf of Marenne Community adopted a resolution imposing an arms embargo on Velastra.", "Gulf of Marenne Community", true},
		{"surname Lake", "Finance director Mike Lake said the firm would cut 40 jobs.", "Mike Lake", true},
		{"state ending like a feature", "Ivory Coast said it would reopen its border with Ghana.", "Ivory Coast", true},
	})
}
