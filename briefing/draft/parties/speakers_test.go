package parties

import "testing"

func TestSpeakersOfATranscript(t *testing.T) {
	const transcript = "Press conference with Premier Ana Lindqvist-Moe and Police Commissioner Ivo Tarrant\n\n" +
		"Check against delivery.\n\n" +
		"PREMIER: Thanks for coming. The state will pay for temporary housing.\n\n" +
		"COMMISSIONER TARRANT: The road stays closed until Friday.\n\n" +
		"QUESTION: Premier, will there be an inquiry?\n\n" +
		"PREMIER: Yes. There will be a full inquiry.\n"
	d := draftDoc(t, transcript, "2021-01-01")
	for _, name := range []string{"Ana Lindqvist-Moe", "Ivo Tarrant"} {
		if findParty(d.Parties, name) == nil {
			t.Errorf("speaker %q missing from %v", name, names(d.Parties))
		}
	}
	if p := findParty(d.Parties, "TARRANT"); p != nil {
		t.Errorf("the label in capitals is a party of its own: %+v", p)
	}
	byline := "Ana Lindqvist-Moe, Europe correspondent\n\nThe state will pay for temporary housing, its Premier said on Monday."
	if d := draftDoc(t, byline, "2021-01-01"); findParty(d.Parties, "Ana Lindqvist-Moe") != nil {
		t.Errorf("an author named in a verbless line without turns became a party: %v", names(d.Parties))
	}
}

func TestOfficeLabels(t *testing.T) {
	got := officeLabels("PREMIER: We will act.\n\nQUESTION: When?\n\nTHE PRIME MINISTER: Soon.\n\nMS ROTH: Later.\n")
	for _, want := range []string{"premier", "prime minister"} {
		if !got[want] {
			t.Errorf("office label %q missing from %v", want, got)
		}
	}
	if got["question"] || got["ms roth"] {
		t.Errorf("a label that names no office counted: %v", got)
	}
	if got := officeLabels("WASHINGTON: The Senate voted on Monday."); len(got) != 0 {
		t.Errorf("one labelled line is no transcript: %v", got)
	}
}

func TestLabelsAloneOnTheirLines(t *testing.T) {
	const transcript = "Press conference with Premier Ana Lindqvist-Moe, Harlby, 3 June\n\n" +
		"PREMIER:\nThe state will pay for temporary housing.\n\n" +
		"QUESTION:\nWill there be an inquiry?\n\n" +
		"PREMIER:\nThere will be a full inquiry.\n\n" +
		"MINISTER TOMAS VERO:\nThe ministry will publish its plan by June.\n"
	if got := officeLabels(transcript); !got["premier"] {
		t.Errorf("office label alone on its line missing: %v", got)
	}
	d := draftDoc(t, transcript, "2021-01-01")
	if findParty(d.Parties, "Ana Lindqvist-Moe") == nil {
		t.Errorf("speaker named in the heading missing from %v", names(d.Parties))
	}
	if p := findParty(d.Parties, "TOMAS VERO"); p == nil || p.Kind != "person" {
		t.Errorf("speaker named by a titled label alone on its line missing from %v", names(d.Parties))
	}
}

// TestSpeakerNamedInItsLabel checks a speaker whom only the labels of a
// transcript name, in capitals after an office or a form of address: one
// person, written as names are, with the office as role.
func TestSpeakerNamedInItsLabel(t *testing.T) {
	const transcript = "TRANSCRIPT: Ministry of Water briefing on the drought\n\n" +
		"MINISTER OF WATER, DR KOFI ANSAH-BOATENG: Good morning. We will open six new boreholes by Friday.\n\n" +
		"UNICEF COUNTRY REPRESENTATIVE, MS LENA ORTIZ: We will send two more tankers.\n\n" +
		"HANNA VIRTA, MINISTER FOR RURAL WATER AND SANITATION: We will pay for the tankers.\n\n" +
		"QUESTION (Ama Sarpong, Coast Herald): Minister, when will the taps run again?\n\n" +
		"DR ANSAH-BOATENG: Within a week, I hope.\n"
	d := draftDoc(t, transcript, "2021-01-01")
	for name, role := range map[string]string{"Kofi Ansah-Boateng": "Minister of Water", "Lena Ortiz": "UNICEF Country Representative",
		"Hanna Virta": "Minister for Rural Water and Sanitation"} { // the name first, a long office after it
		p := findParty(d.Parties, name)
		if p == nil {
			t.Errorf("speaker %q missing from %v", name, names(d.Parties))
			continue
		}
		if p.Kind != "person" || p.Role != role {
			t.Errorf("speaker %q is %s %q, want person %q", name, p.Kind, p.Role, role)
		}
	}
	if p := findParty(d.Parties, "Ama Sarpong"); p != nil && p.Role != "" {
		t.Errorf("a questioner's label became a role: %+v", p)
	}
	checkNoParties(t, d.Parties, "a piece of a label in capitals", "ANSAH-BOATENG", "OF WATER", "COUNTRY REPRESENTATIVE",
		"FOR RURAL WATER AND SANITATION")
}

func TestNumberedQuestionLeavesTheNumberOutOfTheName(t *testing.T) {
	const record = "Environment Committee\nOral evidence: River pollution\n\n" +
		"Q1 Chair: Welcome, Ms Varga. How many spills were there last year?\n\n" +
		"Lidia Varga: There were 212. We will halve that by 2028.\n\n" +
		"Q2 Tomas Brennan: Will you publish the monitoring data?\n\n" +
		"Lidia Varga: Yes, every month.\n"
	d := draftDoc(t, record, "2026-01-01")
	if p := findParty(d.Parties, "Tomas Brennan"); p == nil || p.Kind != "person" || p.Role != "" {
		t.Errorf("the member who asks is missing from %v or holds an office: %+v", names(d.Parties), p)
	}
	checkNoParties(t, d.Parties, "a question's number", "Q2 Tomas Brennan", "Q1", "Q2")
}

// TestSpeakersNamedInCapitalsAlone checks a transcript whose labels give
// the speakers' names alone in capitals ("SARAH LINDQVIST:"), an office
// with the name in brackets ("MODERATOR (Rebecca Thorne):") and an office
// alone ("MODERATOR:"), which names no party and gives no office to the
// one it addresses.
func TestSpeakersNamedInCapitalsAlone(t *testing.T) {
	const transcript = "Riverton mayoral debate: full transcript\n\n" +
		"MODERATOR (Rebecca Thorne): Good evening. Ms Lindqvist, what will you do?\n\n" +
		"SARAH LINDQVIST: I will cap rates increases at 3.5%.\n\n" +
		"MODERATOR: Mr Walker?\n\n" +
		"HEMI WALKER: Sarah's cap is a fantasy. I will freeze rates.\n\n" +
		"NEW ZEALAND: a note on the figures.\n"
	d := draftDoc(t, transcript, "2025-09-24")
	for name, role := range map[string]string{"Sarah Lindqvist": "", "Hemi Walker": "", "Rebecca Thorne": "Moderator"} {
		p := findParty(d.Parties, name)
		if p == nil || p.Kind != "person" || p.Role != role {
			t.Errorf("speaker %q with office %q missing from %v: %+v", name, role, names(d.Parties), p)
		}
	}
	checkNoParties(t, d.Parties, "a transcript's label", "MODERATOR", "Moderator", "SARAH LINDQVIST", "New Zealand Lindqvist")
}

// TestQuestionersOutletsAreNoParties checks that the outlet a briefing's
// transcript gives in brackets after a question's label ("Q (Nordic
// Wire):") names no party, while the spokesperson who answers is one.
func TestQuestionersOutletsAreNoParties(t *testing.T) {
	const transcript = "Press briefing by Foreign Ministry Spokesperson Ilona Varga\n\n" +
		"Ilona Varga: Good afternoon. Deputy Foreign Minister Tomas Hallik will lead the delegation.\n\n" +
		"Q (Estravia Today): What has changed?\n\n" +
		"Ilona Varga: Quite a lot. We will not put short-range systems on the agenda.\n\n" +
		"Q (Nordic Wire): Will you accept that?\n\n" +
		"Ilona Varga: No.\n"
	d := draftDoc(t, transcript, "2025-10-09")
	if p := findParty(d.Parties, "Ilona Varga"); p == nil || p.Kind != "person" {
		t.Errorf("the spokesperson is missing from %v", names(d.Parties))
	}
	checkNoParties(t, d.Parties, "a questioner's outlet", "Estravia Today", "Nordic Wire")
	d = draftDoc(t, "GOVERNOR MARANT: We will act.\n\nLENA OSTROVA (Brenholt Herald): Governor, will you seek a second term?\n\nGOVERNOR MARANT: My term runs to March.\n", "2026-06-16")
	if p := findParty(d.Parties, "Lena Ostrova"); p == nil || p.Kind != "person" {
		t.Errorf("the questioner named in the label is missing from %v", names(d.Parties))
	}
	checkNoParties(t, d.Parties, "the outlet after a questioner's name", "Brenholt Herald")
}

// TestGovernmentOfAState checks that a state named by its government
// ("the Government of the Republic of Ghana") is the state's party.
func TestGovernmentOfAState(t *testing.T) {
	d := draftDoc(t, "The Government of the Republic of Ghana and the Government of the Kingdom of Norway signed the agreement. Ghana will host the committee.", "2025-05-12")
	for _, state := range []string{"Ghana", "Norway"} {
		p := findParty(d.Parties, state)
		if p == nil || p.Kind != "country" {
			t.Errorf("state %q missing from %v", state, names(d.Parties))
		}
	}
	if p := findParty(d.Parties, "Government of the Republic of Ghana"); p != nil {
		t.Errorf("a state's government is a party of its own: %+v", p)
	}
}

// TestAgreementTermsAreNoNames checks the words an agreement capitalises
// for its sides and parts.
func TestAgreementTermsAreNoNames(t *testing.T) {
	d := draftDoc(t, "Article 2. Each Party shall notify the other Party. The Parties shall meet in Oslo. The Labour Party objected.", "2025-05-12")
	checkNoParties(t, d.Parties, "a word of a transcript or an agreement", "Party", "Parties", "Article")
	if findParty(d.Parties, "Labour Party") == nil {
		t.Errorf("a party's name ending in Party is lost: %v", names(d.Parties))
	}
}

// TestInterviewLabelsAreNoNames checks the "Q." and "A." of a printed
// interview, and a one-word answer after them.
func TestInterviewLabelsAreNoNames(t *testing.T) {
	d := draftDoc(t, "An interview with Ana Lindt\n\nQ. Will you sell the port?\n\nA. No. I will not sell it.\n\nQ. Why?\n\nA. (laughs) Ask the Harbour Board.\n", "2025-09-24")
	checkNoParties(t, d.Parties, "a word of a transcript or an agreement", "Q.", "A.", "No.", "Q", "A")
	if findParty(d.Parties, "Harbour Board") == nil {
		t.Errorf("a name in an answer is lost: %v", names(d.Parties))
	}
}

// TestSpeakerNamedByTheLabelsSurname checks that a person named only in a
// transcript's verbless heading is no byline when the labels of its turns
// give the person's surname.
func TestSpeakerNamedByTheLabelsSurname(t *testing.T) {
	const transcript = "Interview: the future of the Hinkley reactor\n\n" +
		"Energy Minister Sarah Okafor on the Today programme.\n\n" +
		"PRESENTER: Will you put more money in?\n\n" +
		"OKAFOR: We will not put a single extra pound in unless EDF shows us a credible plan.\n\n" +
		"PRESENTER: And the workers?\n\n" +
		"OKAFOR: Nobody will lose their job.\n"
	d := draftDoc(t, transcript, "2026-12-03")
	if p := findParty(d.Parties, "Sarah Okafor"); p == nil || p.Kind != "person" {
		t.Errorf("the speaker named in the heading and the labels is missing from %v", names(d.Parties))
	}
}
