package parties

import "testing"

// TestSelfNamedGovernment checks that a text in which "the Government"
// acts and no state is named drafts the Government as a state, and that
// a text naming a state, or writing the word only inside longer names,
// does not.
func TestSelfNamedGovernment(t *testing.T) {
	text := "The Government welcomes the report. The Government accepts this recommendation and will consult councils."
	if p := partyIn(t, "a government writing of itself", text, "Government"); p != nil && p.Kind != "country" {
		t.Errorf("Government is a %s, want a country", p.Kind)
	}
	d := draftDoc(t, "The Government of Norway signed the accord. The Government said it would ratify it.", "2021-03-01")
	checkNoParties(t, d.Parties, "a state named: its government is the state", "Government")
	d = draftDoc(t, "The Local Government Association met. The Government Response was published on Monday.", "2021-03-01")
	checkNoParties(t, d.Parties, "\"Government\" only inside longer names", "Government")
}
