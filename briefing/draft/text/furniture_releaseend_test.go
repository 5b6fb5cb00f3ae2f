package text_test

// releaseEndCases are government releases that close with an end mark
// and a contact block under "For media inquiries:".
var releaseEndCases = []furnitureCase{
	{"release closed by -END- and a contact block",
		"Ministry signs fisheries arrangement\n\nThe ministry signed the arrangement on Friday. It takes effect in March.\n\n-END-\n\nFor media inquiries:\nPublic Affairs Office, Ministry of Fisheries\nHarbour Road, Port Vale",
		[]string{"-END-", "For media inquiries:", "Public Affairs Office, Ministry of Fisheries", "Harbour Road, Port Vale"}},
}

func init() { furnitureCases = append(furnitureCases, releaseEndCases...) }
