package text_test

// releaseEndCases are government releases that close with an end mark
// and a contact block under "For media inquiries:".
var releaseEndCases = []furnitureCase{
	{"release closed by -END- and a contact block",
		"Ministry signs fisheries arrangement\n\nThe ministry signed the arrangement on Friday. It takes effect in March.\n\n-END-\n\nFor media inquiries:\nPublic Affairs Office, Ministry of Fisheries\nHarbour Road, Port Vale",
		[]string{"-END-", "For media inquiries:", "Public Affairs Office, Ministry of Fisheries", "Harbour Road, Port Vale"}},
	{"joint release closed by a contact heading without its colon, each contact with an address and a number on its line",
		"University and firm open joint lab\n\nThe University of Easterbrook and Qorvane Systems Ltd today announced a five-year partnership. The lab opens next September.\n\n-ENDS-\n\nMedia contacts\nUniversity of Easterbrook Press Office: press@easterbrook.ac.uk, 01632 960 417\nQorvane Systems Communications: media@qorvane.com, 01632 960 882",
		[]string{"-ENDS-", "Media contacts", "University of Easterbrook Press Office: press@easterbrook.ac.uk, 01632 960 417", "Qorvane Systems Communications: media@qorvane.com, 01632 960 882"}},
}

func init() { furnitureCases = append(furnitureCases, releaseEndCases...) }
