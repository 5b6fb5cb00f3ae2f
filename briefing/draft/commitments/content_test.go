package commitments

import "testing"

// TestContentOfADocumentIsNoAnnouncement checks that what a bill, a plan
// or a budget would do, in a relative clause the parser hangs beside its
// noun, is not given to whoever announced the document.
func TestContentOfADocumentIsNoAnnouncement(t *testing.T) {
	parties := []string{"Rafael Iturbe/person", "Halden Council/organisation", "Congress/organisation"}
	runCases(t, []commitmentCase{
		{"a bill sent within a quoted time that would set a rate",
			"Rafael Iturbe said he would send Congress an alternative bill \"within 15 days\" that would set royalties on a sliding scale.",
			parties, nil, []brief{{"Rafael Iturbe", "intends", "", ""}}},
		{"a plan published next month which would close schools",
			"Halden Council said it would publish a plan next month which would close two schools.",
			parties, nil, []brief{{"Halden Council", "intends", "", ""}}},
	})
}
