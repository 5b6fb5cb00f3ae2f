package commitments

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestSidesOfADealGoOnSettingItOut checks that what the sides of a deal
// told before will do together, in the text's own voice, is a term they
// agreed, and so is what one of them will do told right after the deal,
// while what they say they will do, what they will meet or sign next, what
// one side will do with the deal itself and what one side will do told
// well after it keep their own status.
func TestSidesOfADealGoOnSettingItOut(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"the sides named again",
			"Varnia and Poland signed a cyber-security pact on Tuesday. Officials said attacks had risen. Varnia and Poland will set up a joint response centre in Osk by the end of the year.",
			briefing.StatusAgreed},
		{"the sides said they would",
			"Varnia and Poland signed a cyber-security pact on Tuesday. Varnia and Poland said they would set up a joint response centre in Osk by the end of the year.",
			briefing.StatusIntends},
		{"the sides will meet",
			"Varnia and Poland signed a cyber-security pact on Tuesday. Varnia and Poland will meet again in Osk in March.",
			briefing.StatusIntends},
		{"one side right after the deal",
			"Varnia and Poland signed a cyber-security pact on Tuesday. Under it, Poland will fund a joint response centre in Osk.",
			briefing.StatusAgreed},
		{"one side with the deal itself",
			"Varnia and Poland signed a cyber-security pact on Tuesday. Poland will put the pact to a vote in parliament.",
			briefing.StatusIntends},
		{"one side well after the deal",
			"Varnia and Poland signed a cyber-security pact on Tuesday. Officials said attacks had risen. Hospitals were hit. Banks were hit. Schools were hit. Poland will fund a new response centre in Osk.",
			briefing.StatusIntends},
		{"no deal before",
			"Varnia and Poland held talks on Tuesday. Varnia and Poland will set up a joint response centre in Osk by the end of the year.",
			briefing.StatusIntends},
	} {
		if st, text := lastStatus(t, c.text); st != c.want {
			t.Errorf("%s: status %q of %q, want %q", c.name, st, text, c.want)
		}
	}
}
