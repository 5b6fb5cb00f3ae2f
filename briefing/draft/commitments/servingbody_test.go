package commitments

import "testing"

// TestServiceBodyReportedByAMinister checks that a public service a
// minister says will act is the actor, not the minister, while a service
// that is a thing provided leaves the act to the one who announces it.
func TestServiceBodyReportedByAMinister(t *testing.T) {
	checkActors(t, []actorCase{
		{"the security services a minister says will act",
			"Ostland expelled two diplomats on Monday. Foreign Minister Lina Haug said the security services would review the protection of exiles by May.",
			[]string{"Ostland/country", "Lina Haug/person/Foreign Minister"}, "security services"},
		{"the prison service a minister says will act",
			"Justice Minister Per Aune said the prison service would close two wings by June.",
			[]string{"Per Aune/person/Justice Minister"}, "prison service"},
		{"a bus service is a thing provided: the announcer's act",
			"The transport minister, Per Aune, said the bus service would resume on Monday.",
			[]string{"Per Aune/person/Transport Minister"}, "Per Aune"},
	})
}
