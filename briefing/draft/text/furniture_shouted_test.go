package text_test

// shoutedCases are tabloid pages whose captions carry a label in
// capitals, whose byline opens "EXCLUSIVE by" and whose links to more
// stories open "MORE:".
var shoutedCases = []furnitureCase{
	{"tabloid captions under labels in capitals below the first line",
		"Striker quits club after row with manager\n\nThe striker walked out of training on Monday.\nSTORMY EXIT: Okafor leaves the training ground in Bellford on Monday afternoon\nThe club said talks would resume next week.",
		[]string{"STORMY EXIT: Okafor leaves the training ground in Bellford on Monday afternoon"}},
	{"a list of justices and a contact under labels in capitals are no captions",
		"Water firm loses appeal\n\nJUSTICES: Lord Ashcombe (President), Lady Marlow (Deputy President), Lord Pennant\n\nThe court dismissed the appeal on Wednesday.",
		nil},
	{"exclusive byline with a desk title and a link to more",
		"Singer cancels arena tour\n\nEXCLUSIVE by Nadia Price, Showbiz Editor\n\nThe singer has cancelled all twelve dates of her arena tour.\nMORE: Fans queue for refunds as box office opens\nHer label said the dates would be rearranged.",
		[]string{"EXCLUSIVE by Nadia Price, Showbiz Editor", "MORE: Fans queue for refunds as box office opens"}},
}

func init() { furnitureCases = append(furnitureCases, shoutedCases...) }

// relatedQuestionCases are live blogs that point to their full report and
// close with links whose headlines ask a question.
var relatedQuestionCases = []furnitureCase{
	{"bulleted related links, one a question",
		"Leaders agree grid fund\n\nLeaders agreed the fund on Monday night. Our full report will be on the site first thing tomorrow.\n\nRead our full story on the vote here.\n\nRelated\n- Explainer: How does EU enlargement work?\n- Moldova's EU bid: a timeline",
		[]string{"Our full report will be on the site first thing tomorrow.", "Read our full story on the vote here.", "Related", "- Explainer: How does EU enlargement work?", "- Moldova's EU bid: a timeline"}},
}

func init() { furnitureCases = append(furnitureCases, relatedQuestionCases...) }
