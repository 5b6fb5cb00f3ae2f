package text

import "testing"

// TestMailHeader checks which openings are a message's header and what its
// subject is.
func TestMailHeader(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		fields     int
		subject    string
	}{
		{"e-mail header", "From: Nadia Hale <nadia@example.com>\nTo: All staff\nSent: 7 October 2025\nSubject: Fwd: RE: New structure\n\nDear all,", 4, "New structure"},
		{"memo under its heading, blank lines between fields", "MEMORANDUM\n\nTO: Board members\n\nFROM: The Clerk\n\nRE: Budget timetable\n\nThe budget will be set in March.", 3, "Budget timetable"},
		{"one labelled line is no header", "From: the editor\n\nWe will publish corrections here.", 0, ""},
		{"labels that name no sender or addressee are no header", "Date: 7 October 2025\nSubject: budget\n\nThe council met.", 0, ""},
		{"a header further down is not the text's", "Ministers met on Monday.\nFrom: Ann Lee\nTo: Bob Ray\n", 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(MailHeader(tc.text)); got != tc.fields {
				t.Errorf("%d fields, want %d", got, tc.fields)
			}
			sp, ok := MailSubject(tc.text)
			if got := tc.text[sp.Start:sp.End]; ok != (tc.subject != "") || got != tc.subject {
				t.Errorf("subject %q (%v), want %q", got, ok, tc.subject)
			}
		})
	}
}
