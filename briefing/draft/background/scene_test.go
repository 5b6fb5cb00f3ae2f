package background

import (
	"reflect"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// bgRow is one background item: its date and its text.
type bgRow struct{ when, text string }

// backgroundOf drafts the background of text published on 2020-08-31,
// after a first sentence that tells the article's own news.
func backgroundOf(t *testing.T, text string) []bgRow {
	t.Helper()
	d := drafttest.Doc(t, "Talks resumed this year.\n\n"+text, "2020-08-31")
	d.Dates = dates.Find(d)
	var rows []bgRow
	for _, it := range Items(d, nil) {
		rows = append(rows, bgRow{it.When, it.Text})
	}
	return rows
}

// bgCase is a construction, a text that shows it, and the background
// items it should give.
type bgCase struct {
	construction, text string
	want               []bgRow
}

// checkBackground compares the background of each case's text with its
// rows.
func checkBackground(t *testing.T, cases []bgCase) {
	t.Helper()
	for _, tc := range cases {
		if got := backgroundOf(t, tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.construction, got, tc.want)
		}
	}
}

// An undated past sentence shares the date of the sentence before only
// when that sentence tells a past event of its own: not a sentence in
// the present perfect, nor one dated by a clause on a noun.
func TestBackgroundSceneSetByAPastMainClause(t *testing.T) {
	checkBackground(t, []bgCase{
		{"a past main clause sets the scene for the undated past sentence after it",
			"The two states signed the accord in 2005.\n\nAfter that, exporters doubled their shipments.",
			[]bgRow{{"2005", "The two states signed the accord in 2005."}, {"2005", "After that, exporters doubled their shipments."}}},
		{"a present perfect sentence sets no scene for a reaction after it",
			"The fighting has killed 3,000 people since the rebels seized the city in 2018.\n\nA UN envoy welcomed the deal.",
			[]bgRow{{"2018", "The fighting has killed 3,000 people since the rebels seized the city in 2018."}}},
		{"a simple past sentence dated only inside a relative clause on its subject is the news, however the parse hung the date",
			"Rival grocer Penfold, which had bid for Brightwell last autumn, said it was interested in buying some of the 46 stores.\n\nIts spokesman declined to say how much it might offer.",
			nil},
		{"a year in a relative clause on the subject of an undated simple past stance",
			"Former minister Ann Berg, who brokered a similar deal in 2017, urged both sides to accept mediation.",
			nil},
		{"a span in a relative clause on the subject of an undated simple past response",
			"The rebels, who have besieged the city since May, did not respond.",
			nil},
		{"a date in a relative clause on the subject of an undated simple past event that is no stance",
			"Storm Darragh, which struck in December 2017, left 400,000 homes without power.",
			[]bgRow{{"2017-12", "Storm Darragh, which struck in December 2017, left 400,000 homes without power."}}},
		{"a date in a participle clause on a noun of an undated simple past stance",
			"Prosecutors refused to reverse their decision not to charge two men arrested in 2017.",
			nil},
		{"a date in a participle clause on a noun of a present act",
			"The club, promoted in 2017, is now 11 points from safety.",
			[]bgRow{{"2017", "The club, promoted in 2017, is now 11 points from safety."}}},
		{"a date in a relative clause on the object of a simple past act",
			"The two countries fought a war that ended with a ceasefire in May 2018.",
			[]bgRow{{"2018-05", "The two countries fought a war that ended with a ceasefire in May 2018."}}},
		{"a scene in the pluperfect goes on in the pluperfect only",
			"Skyline had threatened in September to drop six of the routes.\n\nIts shares rose 4 percent in Oslo trading.",
			[]bgRow{{"2019-09", "Skyline had threatened in September to drop six of the routes."}}},
		{"a sentence dated by a clause on its subject sets no scene",
			"Acme, which had bid for the chain in 2018, said it was interested in some stores.\n\nIts spokesman declined to say how much it might offer.",
			nil},
	})
}

// A past event told in a relative clause of a sentence in the present is
// background of its date; a span in such a clause, a year that qualifies
// a noun, a deadline ahead and a relative clause the parse joined as a
// clause of the sentence's own are not events of their own.
func TestBackgroundEventsInClausesOnNouns(t *testing.T) {
	checkBackground(t, []bgCase{
		{"relative clause in the simple past on the subject of a present main clause",
			"The old airport, which opened in 1942, is now too small.",
			[]bgRow{{"1942", "The old airport, which opened in 1942, is now too small."}}},
		{"relative clause in the simple past before a main verb the parse hung inside it",
			"The two countries, which restored diplomatic ties in 2017, now trade more than €5bn a year.",
			[]bgRow{{"2017", "The two countries, which restored diplomatic ties in 2017, now trade more than €5bn a year."}}},
		{"relative clause in the simple past before a main verb with a modal",
			"The two countries, which restored diplomatic ties in 2017, will now trade more freely.",
			nil},
		{"a past event in a clause opened by after of a present sentence, however the parse hung it",
			"The vote is the third general election in three years, after the government of António Costa resigned in November 2017 over a corruption inquiry.",
			[]bgRow{{"2017-11", "The vote is the third general election in three years, after the government of António Costa resigned in November 2017 over a corruption inquiry."}}},
		{"relative clause in the simple past on the object of a present perfect main clause",
			"Karsk has refused to discuss the valley, which it annexed in 2009.",
			[]bgRow{{"2009", "Karsk has refused to discuss the valley, which it annexed in 2009."}}},
		{"relative clause with a span on a present main clause",
			"The party, which governed until 2016, is now in opposition.",
			nil},
		{"a deadline ahead and a year qualifying a noun in a reported plan",
			"The bank said it would publish a review by the end of June after criticism that it had been too slow to react to the 2019 price surge.",
			nil},
		{"a deadline ahead whose cue stands before the date's own words",
			"The agency said it had offered to hire 500 nurses by June next year.",
			nil},
		{"a relative clause stays with the event it describes",
			"Brightwell was put up for sale in 2019 by its owner, Castlegate Partners, which bought it in 2012.",
			[]bgRow{{"2019", "Brightwell was put up for sale in 2019 by its owner, Castlegate Partners, which bought it in 2012."}}},
	})
}

// A sentence with a history hint dated by a week around publication
// ("last week") tells the news, not its background.
func TestBackgroundLeavesOutTheWeekOfTheNews(t *testing.T) {
	checkBackground(t, []bgCase{
		{"a report of last week with a since in the clause below",
			"The port authority said last week it would review every contract the firm has won since 2015.",
			nil},
		{"an act of the week with a year in a clause on its object, and the past after it",
			"The faculty senate passed a resolution on Friday demanding that the administration disclose every gift agreement signed since 2016. Not everyone on campus welcomed the vote.",
			nil},
		{"a year that dates a noun, and the past after it",
			"Lawyers predicted the ruling would encourage similar claims, following the Supreme Court's 2017 decision in the canal case. The firm was also ordered to pay costs.",
			nil},
	})
}
