package parties

import "testing"

// TestSignedOffice checks the office a person gives where they sign a
// letter or send a message.
func TestSignedOffice(t *testing.T) {
	for _, c := range []roleCase{
		{"office on the line under a signature", "We will write again in March.\n\nNadia Hale\nChief Executive Officer\nBrightwell Home Stores Ltd", "Nadia Hale", "Chief Executive Officer"},
		{"office beside the sender in a message header", "From: Nadia Hale, Chief Executive Officer\nTo: All colleagues\n\nNadia Hale will host a meeting for all staff on Thursday.", "Nadia Hale", "Chief Executive Officer"},
		{"a line that is no office under a name alone", "The prize went to a poet on Monday.\n\nNadia Hale\nThe winning poem is printed below.", "Nadia Hale", ""},
	} {
		if p := partyIn(t, c.construction, c.sentence, c.name); p != nil && p.Role != c.role {
			t.Errorf("%s: role %q, want %q", c.construction, p.Role, c.role)
		}
	}
}
