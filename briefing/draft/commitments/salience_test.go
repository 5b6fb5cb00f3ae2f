package commitments

import "testing"

// TestItAfterAReportedBody checks that "it" after a sentence closed by
// "…, the union said" is the body that said it, however the parser hung
// the report.
func TestItAfterAReportedBody(t *testing.T) {
	checkActors(t, []actorCase{
		{"a report the parser read as a complement",
			"The Transport and Maritime Workers' Union (TMWU) met Harbourline Ferries on Monday. Harbourline Ferries made a revised offer. " +
				"The ballot will open on Monday and close on 27 March, the union said. If members reject the offer, it will announce fresh strike dates.",
			[]string{"Transport and Maritime Workers' Union/organisation", "Harbourline Ferries/organisation"}, "Transport and Maritime Workers' Union"},
	})
}
