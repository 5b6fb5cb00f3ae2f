package syntax

import "testing"

// TestPhraseOnPunct checks that a phrase the parser hung on the full stop
// hangs on the last verb before it.
func TestPhraseOnPunct(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a deadline in a quotation closing the sentence",
			`She said the agreement was "not everything I wanted, but everything that was possible tonight" and asked governments to publish their new finance pledges "in full, with numbers, before the end of March".`,
			"end", "publish", "obl"},
		{"a gerund after its marker closing the sentence",
			"Aeris Atlantic and SkyNusa Airways today announced a codeshare partnership. Both airlines have committed to protecting connections for codeshare passengers.",
			"protecting", "committed", "advcl"},
	})
}
