package text

import "testing"

// TestDatelineForms reads datelines in the forms agencies and papers of
// several countries print them, and labels and names that only look like
// one: the place found, and the first sentence without the dateline its
// items drop (see LeadDateline).
func TestDatelineForms(t *testing.T) {
	for _, tc := range []struct{ name, text, place, first string }{
		{"colon after a place in capitals",
			"ISLAMABAD: The federal government has raised the price of petrol by 12 rupees a litre, the ministry said.",
			"ISLAMABAD", "The federal government has raised the price of petrol by 12 rupees a litre, the ministry said."},
		{"colon after an unknown place name below a headline",
			"Cabinet clears canal project\n\nVarunpur: The Union Cabinet on Wednesday approved a project to link two rivers, the minister said.",
			"Varunpur", "Cabinet clears canal project"},
		{"colon after a two-word capital",
			"New Delhi: The Supreme Court on Monday ordered the state to release the detained journalists within a week.",
			"New Delhi", "The Supreme Court on Monday ordered the state to release the detained journalists within a week."},
		{"agency in brackets closed by a point and a hyphen",
			"Villa Serena, Jun 14 (NPA).- The Senate approved on Friday a reform that raises the retirement age to 65.",
			"Villa Serena", "The Senate approved on Friday a reform that raises the retirement age to 65."},
		{"day before the month, kept in the sentence for its date",
			"SAN ALBERTO, 3 Oct (Prensa Sur).- Teachers in the province began an indefinite strike on Monday over pay.",
			"SAN ALBERTO", "Teachers in the province began an indefinite strike on Monday over pay."},
		{"capitalised place and its day before a point and a hyphen",
			"Villa Serena, 14 Jun (NPA).- The Senate approved on Friday a reform that raises the retirement age to 65.",
			"", "The Senate approved on Friday a reform that raises the retirement age to 65."},
		{"state dateline below a header of unread lines and two stamps",
			"Fire forces evacuation\n\nStory by Dana Whitcomb, Channel 8\n\nPosted: Mar 3, 2027 / 06:41 AM CST\n\nFire crews from four towns attended.\n\nKEARNEY, Neb. (KNBT) — About 200 homes were evacuated overnight, the fire chief said.",
			"KEARNEY", "Fire forces evacuation"},
		{"two places joined by a slash and a date in brackets",
			"BRUSSELS/MINSK (Feb 24) - The European Union on Monday imposed travel bans on six officials, its foreign ministers said.",
			"BRUSSELS/MINSK", "The European Union on Monday imposed travel bans on six officials, its foreign ministers said."},
		{"two places joined by a slash, a date and a desk in brackets",
			"OSLO/NEW DELHI, May 20 (Business Desk) — Norway said on Tuesday it had filed a complaint against the new duties on salmon.",
			"OSLO/NEW DELHI", "Norway said on Tuesday it had filed a complaint against the new duties on salmon."},
		{"a wire service in brackets between dashes with no space, after two places and a country",
			"BOSTON & OSLO, Norway--(BUSINESS WIRE)--Calloway Therapeutics, Inc. today announced that it has entered into a licence agreement.",
			"BOSTON & OSLO", "Calloway Therapeutics, Inc. today announced that it has entered into a licence agreement."},
		{"two places joined by and, the day before the month and the year, then a dash",
			"OSLO and ABERDEEN, 9 February 2026 - Halvorsen Energy ASA and Kestrel Marine Holdings plc today announced a joint venture.",
			"OSLO and ABERDEEN", "Halvorsen Energy ASA and Kestrel Marine Holdings plc today announced a joint venture."},
		{"two places in capitals joined by and, each with its region, then a date and two hyphens",
			"CAMBRIDGE, Mass. and OSAKA, Japan, June 2, 2025 -- Veridane Therapeutics, Inc. and Kosei Pharmaceutical Co., Ltd. today announced a licence agreement.",
			"CAMBRIDGE", "Veridane Therapeutics, Inc. and Kosei Pharmaceutical Co., Ltd. today announced a licence agreement."},
		{"a wire service in brackets between dashes after a place",
			"BOSTON--(BUSINESS WIRE)--Calloway Therapeutics, Inc. today announced that it has entered into a licence agreement.",
			"BOSTON", "Calloway Therapeutics, Inc. today announced that it has entered into a licence agreement."},
		{"a wire service between slashes after a place, its country and a date",
			"OSLO, Norway, March 3, 2026 /PRNewswire/ -- Veltrix Energy AS today launched the Aurora X2, an air-to-water heat pump.",
			"OSLO", "Veltrix Energy AS today launched the Aurora X2, an air-to-water heat pump."},
		{"a common word before a colon is a label",
			"Warning: The council said on Monday that the river could burst its banks overnight.",
			"", "Warning: The council said on Monday that the river could burst its banks overnight."},
		{"a headline with a colon is no dateline",
			"Brexit: What happens to the border now\n\nOfficials met in Brussels on Monday to discuss the border arrangements.",
			"", "Brexit: What happens to the border now"},
		{"a speaker's name opening a transcript is no dateline",
			"Spokesperson Anna Berg: Good afternoon. I have two announcements to make today about the summit next week.\n\nQ: Will the president attend?\n\nSpokesperson Anna Berg: The president will attend the opening session.",
			"", "Spokesperson Anna Berg: Good afternoon."},
		{"a speaker's name that opens later paragraphs too is no dateline",
			"Tomas Hale: The government will publish the draft budget on Monday and put it to a vote next month.\n\nTomas Hale: Ministers have agreed the main figures.",
			"", "Tomas Hale: The government will publish the draft budget on Monday and put it to a vote next month."},
		{"a colon in the second paragraph is no dateline",
			"The minister resigned on Monday after a row over expenses.\n\nHartley: The inquiry found that he had claimed for a second home he did not use.",
			"", "The minister resigned on Monday after a row over expenses."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sp, ok := FindDateline(tc.text)
			got := ""
			if ok {
				got = tc.text[sp.Start:sp.End]
			}
			if got != tc.place {
				t.Errorf("dateline %q, want %q", got, tc.place)
			}
			spans, kinds := SegmentMarked(tc.text)
			if len(kinds) > 1 && kinds[0] == DatelineLine {
				spans = spans[1:] // the dateline's own line, read for its date
			}
			first := tc.text[spans[0].Start:spans[0].End]
			if first = first[LeadDateline(first):]; first != tc.first {
				t.Errorf("first sentence %q, want %q", first, tc.first)
			}
		})
	}
}

// TestLeadDatelineWithAWholeDate checks the datelines of press releases
// that write the place in capitals and lower case, or several places
// joined by a slash, with a whole date before any dash, bracketed or not;
// and a name before a hyphen with no date, which stays.
func TestLeadDatelineWithAWholeDate(t *testing.T) {
	for _, tc := range []struct{ s, rest string }{
		{"Stockholm, 4 November 2025 - Norrland Fibre Group today announced a climate plan.", "Norrland Fibre Group today announced a climate plan."},
		{"LONDON / DAKAR, 10 February 2026 - The committee said it would negotiate.", "The committee said it would negotiate."},
		{"(Bangui/New York, 6 May 2026) – The Humanitarian Coordinator today welcomed an agreement.", "The Humanitarian Coordinator today welcomed an agreement."},
		{"Amsterdam, January 27, 2026 -- Meridia Bank today published its plan.", "Meridia Bank today published its plan."},
		{"David Okafor - Chief Financial Officer said the group would pay a dividend.", "David Okafor - Chief Financial Officer said the group would pay a dividend."},
	} {
		if got := tc.s[LeadDateline(tc.s):]; got != tc.rest {
			t.Errorf("%q without its dateline: %q, want %q", tc.s, got, tc.rest)
		}
	}
}
