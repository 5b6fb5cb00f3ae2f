package background

import (
	"reflect"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// Which sentences are background, and with what date, when the dates
// stage resolves them: an earlier event of the year of publication is
// background, a baseline of a comparison, the time of a level and the end
// of a reporting period date nothing, and an undated sentence carries on the past event before
// it only when it too tells the past.
func TestBackgroundDatesAndChains(t *testing.T) {
	for _, tc := range []struct {
		name, published string
		sentences       []string
		want            []string // "when | text"
	}{
		{"past clause over a week before publication, same year", "2026-03-14",
			[]string{"The clashes began on 21 February, when troops crossed the border."},
			[]string{"2026-02-21 | The clashes began on 21 February, when troops crossed the border."}},
		{"past clause within the week before publication", "2026-05-07",
			[]string{"The amendment was defeated by 18 votes on Tuesday."}, nil},
		{"past clause at the weekend in the month before", "2025-09-05",
			[]string{"Shipping lines diverted vessels to Rotterdam at the weekend."}, nil},
		{"pluperfect on a day of the week before publication", "2025-10-08",
			[]string{"Detectives had appealed for witnesses on Tuesday."}, nil},
		{"past clause in a month already over", "2026-08-14",
			[]string{"The manager signed a new contract in June."},
			[]string{"2026-06 | The manager signed a new contract in June."}},
		{"figure compared with a year earlier", "2026-04-29",
			[]string{"Profit fell to £38.6m, from £66.5m a year earlier.", "Like-for-like sales were down 9.4%."}, nil},
		{"a comparison's baseline", "2026-04-29",
			[]string{"\"Our sales so far have been 2% up on the same time last year,\" he said."}, nil},
		{"the time of a level in an aside of a report", "2027-03-18",
			[]string{"The governor told reporters that inflation, at 3.1% in February, was moving in the right direction."}, nil},
		{"a fall to a level in a month from a peak in another: the fall's month", "2026-12-07",
			[]string{"Annual inflation slowed to 2.4% in November from a peak of 3.1% in June, according to the statistics office."},
			[]string{"2026-11 | Annual inflation slowed to 2.4% in November from a peak of 3.1% in June, according to the statistics office."}},
		{"a rise in a month is an event", "2026-04-29",
			[]string{"Sales rose 3% in February."}, []string{"2026-02 | Sales rose 3% in February."}},
		{"end of a reporting period", "2026-04-29",
			[]string{"Pre-tax profit fell to £38.6m in the year to 28 February."}, nil},
		{"undated past sentence continues a dated one", "2026-02-03",
			[]string{"The thefts came to light in March 2024.", "Police then arrested the manager."},
			[]string{"2024-03 | The thefts came to light in March 2024.", "2024-03 | Police then arrested the manager."}},
		{"passive of a reporting verb continues", "2026-07-26",
			[]string{"She raised her concerns with her manager in May 2023.", "She was told to finish the file."},
			[]string{"2023-05 | She raised her concerns with her manager in May 2023.", "2023-05 | She was told to finish the file."}},
		{"did + verb continues", "2026-07-26",
			[]string{"The exchange rejected the bid in December 2025.", "It did agree to keep talking."},
			[]string{"2025-12 | The exchange rejected the bid in December 2025.", "2025-12 | It did agree to keep talking."}},
		{"verb of saying + infinitive continues", "2026-07-26",
			[]string{"The leaders signed a declaration in May 2016.", "After the visit, the two countries vowed to widen their cooperation."},
			[]string{"2016-05 | The leaders signed a declaration in May 2016.", "2016-05 | After the visit, the two countries vowed to widen their cooperation."}},
		{"verb of saying + reported clause does not continue", "2026-02-03",
			[]string{"The thefts came to light in March 2024.", "The prosecutor said she had repaid only £12,000."},
			[]string{"2024-03 | The thefts came to light in March 2024."}},
		{"verb of saying + hearer + reported clause does not continue", "2026-08-14",
			[]string{"The gang stole lorries from depots between March 2023 and June 2025.", "Judge Helen Crossley told the men they had caused misery to small haulage firms."},
			[]string{"2023-03 | The gang stole lorries from depots between March 2023 and June 2025."}},
		{"verb of saying + quotation does not continue", "2026-07-26",
			[]string{"The firm was fined £15m in March.", "Its managing partner, Olivia Strand, told me the firm \"got this badly wrong\"."},
			[]string{"2026-03 | The firm was fined £15m in March."}},
		{"present perfect does not continue", "2026-09-22",
			[]string{"The council voted on Monday to close two libraries.", "The grant fell sharply in 2021.", "We have protected adult social care."},
			[]string{"2021 | The grant fell sharply in 2021."}},
		{"history hint in an apposition on the subject of a future clause", "2026-07-26",
			[]string{"Ms Fyfe, co-leader since 2023, will address the conference on Friday."}, nil},
		{"history hint in a relative clause on the object of a reported prediction", "2026-07-26",
			[]string{"Analysts said the deal would end talks, which have dragged on since 2002."}, nil},
		{"history hint in a participle clause on the subject of a future clause", "2026-07-26",
			[]string{"The party, founded decades ago, will hold its conference next week."}, nil},
		{"since in a phrase on the subject of a simple past", "2026-07-26",
			[]string{"Azerbaijan's foreign minister, Elnur Mammadov, in office since 2022, said his government would present a treaty."}, nil},
		{"pluperfect plan after a relative clause with an older year", "2025-03-14",
			[]string{"The talks, which began in 2021 under EU mediation, had been due to restart in January but were postponed."},
			[]string{"2025-01 | The talks, which began in 2021 under EU mediation, had been due to restart in January but were postponed."}},
		{"an older year in an aside when the main event is dated ahead", "2025-10-08",
			[]string{"The warehouse, built in 1968 and used by a furniture firm since 2015, had been due to be demolished next spring."},
			[]string{"2026 | The warehouse, built in 1968 and used by a furniture firm since 2015, had been due to be demolished next spring."}},
		{"history hint in the main clause", "2026-07-26",
			[]string{"Ties between the two firms have grown since 2001."},
			[]string{"2001 | Ties between the two firms have grown since 2001."}},
		{"month qualifying a level after a preposition dates no event", "2026-07-26",
			[]string{"Trading reverted to December levels on Monday."}, nil},
		{"pluperfect plan dated to the day before publication", "2026-07-29",
			[]string{"The Greens had been due to publish their manifesto on 10 July, but the launch was delayed."},
			[]string{"2026-07-10 | The Greens had been due to publish their manifesto on 10 July, but the launch was delayed."}},
		{"present tense with a past participle does not continue", "2026-07-26",
			[]string{"The firm collapsed in August 2025.", "Mostly I feel tired."},
			[]string{"2025-08 | The firm collapsed in August 2025."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := datedDoc(t, drafttest.Paragraphs(tc.sentences...), tc.published)
			var got []string
			for _, it := range Items(d, nil) {
				got = append(got, it.When+" | "+it.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("background:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// datedDoc runs the stages the background reads (sentences, parse, dates)
// on text published on the given day.
func datedDoc(t *testing.T, src, published string) *doc.Document {
	t.Helper()
	d := drafttest.Doc(t, src, published)
	d.Dates = dates.Find(d)
	return d
}
