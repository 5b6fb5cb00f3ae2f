package text

import "testing"

// TestSpeakerLabel checks which openings of a line are a speaker's label
// and which are prose, clock times or quotations with a colon.
func TestSpeakerLabel(t *testing.T) {
	cases := []struct {
		text, label string
	}{
		{"Marta Ilves: We will reopen the crossing.", "Marta Ilves"},
		{"Q: Will the border stay closed?", "Q"},
		{"QUESTION (Reuters): Has Ostrava agreed?", "QUESTION"},
		{"MAYOR DELACROIX-FENN: We are not going to raise the levy.", "MAYOR DELACROIX-FENN"},
		{"- Interviewer: Why now?", "Interviewer"},
		{"[00:00:31] HENDRIK VOSS: The short version is that the grid is late.", "HENDRIK VOSS"},
		{"(12:04) Leonie Brandt: And Phase 3?", "Leonie Brandt"},
		{"**Reporter**: Is that so?", "Reporter"},
		{"MINISTER OF HEALTH, DR ABENA OWUSU-MENSAH: Good morning.", "MINISTER OF HEALTH, DR ABENA OWUSU-MENSAH"},
		{"Minister of Finance, Dr Ana Lima: We will publish the budget.", "Minister of Finance, Dr Ana Lima"},
		{"CATHERINE MORROW, MINISTER FOR CLIMATE CHANGE AND ENERGY: Thanks.", "CATHERINE MORROW, MINISTER FOR CLIMATE CHANGE AND ENERGY"},
		{"The Minister for Climate Change and Energy Catherine Morrow: we will act.", ""},
		{"QUESTION (Kofi Asante, Daily Ledger): Minister, what now?", "QUESTION"},
		{"MODERATOR (Kārlis Bērziņš, Head of Press, Ministry of Defence): Good afternoon, and welcome.", "MODERATOR"},
		{"The minister, who spoke for an hour at the conference in the capital on Monday (local time): we will sign.", ""},
		{"In Paris, the minister said: we will sign.", ""},
		{"Lima, Quito, Bogotá: three capitals, one plan.", ""},
		{"The deal is clear: the plant closes.", ""},
		{"At 10:30 the talks resumed.", ""},
		{"Note:see below", ""},
		{"\"We will win\": the slogan of the day.", ""},
		{"Speaker of the Upper House Tova Renn: Order.", ""},
		{"Mr. REYES. Thank you, Madam Chair. The FAA will hire 2,200 controllers.", "Mr. REYES"},
		{"Senator HOLLOWAY. The Subcommittee on Aviation Safety will come to order.", "Senator HOLLOWAY"},
		{"Mr. Reyes, let me start with you.", ""},
		{"Senator Holloway. She chairs the subcommittee.", ""},
		{"Q3 Owen Carrick: Mr Fairclough, you said so last year.", "Owen Carrick"},
		{"Q12 Chair: What went wrong?", "Chair"},
		{"Q4: Will you pay?", "Q4"},
		{"Q. What is your first priority?", "Q"},
		{"A. Getting a budget through the Bundestag.", "A"},
		{"A. Q. Khan was pardoned.", ""},
		{"A.Smith resigned.", ""},
		{"A. Ranatunga c Smith b Jones 45", ""},
		{"A. I have a job to do.", "A"},
		{"", ""},
		{":", ""},
	}
	for _, c := range cases {
		a, b, ok := SpeakerLabel(c.text)
		got := ""
		if ok {
			got = c.text[a:b]
		}
		if got != c.label {
			t.Errorf("SpeakerLabel(%q) = %q, want %q", c.text, got, c.label)
		}
	}
}
