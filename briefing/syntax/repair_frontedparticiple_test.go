package syntax

import "testing"

func TestFrontedParticipleRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"the verb after the subject of a sentence opening with a described meeting is the main verb",
			"1. At its meeting ending on 18 March 2026, the Monetary Policy Committee (MPC) voted by six votes to one to keep the policy rate at 4.25%.", "Committee", "voted", "nsubj"},
		{"the participle describes the meeting",
			"At its meeting ending on 18 March 2026, the Monetary Policy Committee (MPC) voted by six votes to one to keep the policy rate at 4.25%.", "ending", "meeting", "acl"},
		{"the fronted phrase whose noun a past participle describes hangs on the verb with its own subject after it",
			"Under the agreement reached last year, China will also open its market to Brazilian sorghum from January 1 next year.", "agreement", "open", "obl"},
		{"the past participle describes the agreement",
			"Under the agreement reached last year, China will also open its market to Brazilian sorghum from January 1 next year.", "reached", "agreement", "acl"},
	})
}
