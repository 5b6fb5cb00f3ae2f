package pdf

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

var update = flag.Bool("update", false, "rewrite the fixture briefs in testdata/")

// sentenceEnd finds the end of a sentence inside a paragraph: a full stop,
// question or exclamation mark (and any closing quote) before a space.
var sentenceEnd = regexp.MustCompile(`[.?!]["”’]?\s+`)

// splitSentences is a plain splitter for hand-made fixtures: paragraphs
// are separated by blank lines, sentences by end punctuation.
func splitSentences(text string) []briefing.Span {
	var out []briefing.Span
	start := 0
	for _, para := range strings.SplitAfter(text, "\n\n") {
		body := strings.TrimRight(para, "\n")
		s := 0
		for _, m := range sentenceEnd.FindAllStringIndex(body, -1) {
			end := m[0] + len(strings.TrimRight(body[m[0]:m[1]], " \n"))
			out = append(out, briefing.Span{Start: start + s, End: start + end})
			s = m[1]
		}
		if strings.TrimSpace(body[s:]) != "" {
			out = append(out, briefing.Span{Start: start + s, End: start + len(body)})
		}
		start += len(para)
	}
	return out
}

// fixture builds briefs whose spans point at the first occurrence of a
// phrase in the source; a missing phrase fails the test.
type fixture struct {
	t   testing.TB
	src string
}

func (f fixture) spans(phrases ...string) []briefing.Span {
	var out []briefing.Span
	for _, p := range phrases {
		i := strings.Index(f.src, p)
		if i < 0 {
			f.t.Fatalf("fixture phrase %q is not in the source", p)
		}
		out = append(out, briefing.Span{Start: i, End: i + len(p)})
	}
	return out
}

func (f fixture) item(text, when string, phrases ...string) briefing.Item {
	return briefing.Item{Text: text, When: when, Spans: f.spans(phrases...)}
}

func (f fixture) party(name, kind, role, affiliation string, aliases ...string) briefing.Party {
	var mentions []briefing.Span
	for i := 0; ; {
		j := strings.Index(f.src[i:], name)
		if j < 0 {
			break
		}
		mentions = append(mentions, briefing.Span{Start: i + j, End: i + j + len(name)})
		i += j + len(name)
	}
	return briefing.Party{Name: name, Kind: kind, Role: role, Affiliation: affiliation, Aliases: aliases, Mentions: mentions}
}

// exampleBrief is a brief of testdata/morocco-china-call.txt built by hand
// after the expected draft in the same folder.
func exampleBrief(t testing.TB) *briefing.Brief {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "morocco-china-call.txt"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	f := fixture{t, src}
	b := &briefing.Brief{
		Schema: briefing.SchemaVersion, Title: "Morocco and China agree to partner in vaccine trials",
		Marking: "OFFICIAL-SENSITIVE", Author: "Analyst, North Africa desk",
		Created: "2026-11-26T15:30:00Z", Updated: "2026-11-26T16:05:00Z", Tags: []string{"Morocco", "China", "health"},
		Source: briefing.Source{Text: src, Title: "King Mohammed VI, Xi Jinping discuss COVID-19 cooperation",
			URL:       "https://www.moroccoworldnews.com/2020/08/316970/king-mohammed-vi-xi-jinping-discuss-covid-19-cooperation-in-phone-call",
			Published: "2020-08-31", Sentences: splitSentences(src)},
		Summary: []briefing.Item{
			f.item("Morocco’s King Mohammed VI held a call on Monday with Xi Jinping, President of the People’s Republic of China.", "2020-08-31", "Morocco’s King Mohammed VI held a call on Monday"),
			f.item("The call follows the 20 August agreement between Morocco and China National Biotec Group Limited (CNBG) to move forward with COVID-19 trials.", "", "On August 20, Morocco and China National Biotec Group Limited (CNBG) signed"),
			f.item("Minister of Health Khalid Ait expects Morocco to produce a vaccine “probably very soon”.", "", "Minister of Health Khalid Ait expressed his approval"),
		},
		Parties: []briefing.Party{
			f.party("Mohammed VI", briefing.KindPerson, "King", "Morocco", "King Mohammed VI"),
			f.party("Xi Jinping", briefing.KindPerson, "President", "People’s Republic of China", "Xi Xinping", "President Xi"),
			f.party("Morocco", briefing.KindCountry, "", "", "Moroccan", "Moroccans", "Rabat"),
			f.party("China", briefing.KindCountry, "", "", "People’s Republic of China", "Chinese", "Beijing"),
			f.party("China National Biotec Group Limited", briefing.KindOrganisation, "vaccine maker", "China", "CNBG"),
			f.party("Khalid Ait", briefing.KindPerson, "Minister of Health", "Morocco"),
			f.party("Royal Cabinet", briefing.KindOrganisation, "", "Morocco"),
		},
		Commitments: []briefing.Commitment{
			{Actors: []string{"Morocco", "China National Biotec Group Limited"}, Verb: "signed", Status: briefing.StatusSigned,
				Action: "an agreement to move forward with COVID-19 trials", When: "2020-08-20",
				Text: "Morocco and CNBG signed an agreement to move forward with COVID-19 trials.", Spans: f.spans("signed an agreement to move forward")},
			{Actors: []string{"Morocco", "China"}, Verb: "agreed", Status: briefing.StatusAgreed, Action: "to partner in vaccine trials",
				Counterparties: []string{"China National Biotec Group Limited"}, When: "2020-08",
				Text: "Morocco and China agreed to partner in vaccine trials.", Spans: f.spans("agreed to partner in vaccine trials")},
			{Actors: []string{"Morocco", "China"}, Verb: "vowed", Status: briefing.StatusPledged, Action: "to enhance efforts to strengthen bilateral cooperation",
				When: "2016", Deadline: "2020-11", Text: "The two countries vowed to enhance efforts to strengthen bilateral cooperation.", Spans: f.spans("vowed to enhance efforts")},
		},
		Background: []briefing.Item{
			f.item("The two leaders signed the Joint Declaration on Strategic Partnership in May 2016, during King Mohammed VI’s trip to Beijing.", "2016-05", "signed the Joint Declaration on Strategic Partnership"),
			f.item("Private institutions from the two countries signed several cooperation agreements in industry and tourism.", "2016", "Private institutions from the two countries"),
			f.item("After Morocco removed visa requirements for citizens of China, Chinese tourists in Morocco reached 350,000 annually.", "2019", "reached 350,000 annually"),
			f.item("In November 2020, Morocco and China will celebrate 62 years of diplomacy.", "2020-11", "62 years of diplomacy"),
		},
		Dates: []briefing.DateRef{
			{Text: "Monday", Value: "2020-08-31", Precision: briefing.PrecisionDay, Spans: f.spans("on Monday")},
			{Text: "August 20", Value: "2020-08-20", Precision: briefing.PrecisionDay, Spans: f.spans("August 20")},
			{Text: "May 2016", Value: "2016-05", Precision: briefing.PrecisionMonth, Spans: f.spans("May 2016")},
			{Text: "November 2020", Value: "2020-11", Precision: briefing.PrecisionMonth, Spans: f.spans("November 2020")},
		},
		Figures: []briefing.Figure{
			{Text: "350,000", Value: 350000, Unit: "Chinese tourists a year", Spans: f.spans("350,000")},
			{Text: "62 years", Value: 62, Unit: "of diplomacy", Spans: f.spans("62 years")},
			{Text: "three", Value: 3, Unit: "main areas of focus", Spans: f.spans("three main areas")},
		},
	}
	b.Normalize()
	return b
}

// mixedSource mixes scripts: French accents, Russian, Greek, Chinese,
// Arabic, Hebrew, emoji, curly quotes and dashes, a long URL and a very
// long word.
const mixedSource = "Le ministre français des Affaires étrangères a rencontré à Genève ses homologues — « une réunion très constructive » 🤝.\n\n" +
	"Министр иностранных дел России заявил, что переговоры продолжатся в Москве.\n\n" +
	"Ο Έλληνας υπουργός Εξωτερικών χαιρέτισε τη συμφωνία για την ενέργεια.\n\n" +
	"中国外交部发言人在北京表示，双方同意加强合作并于明年签署协议。\n\n" +
	"وقال المتحدث باسم الوزارة إن الاتفاق مهم. והשר הישראלי בירך על ההסכם.\n\n" +
	"Details: https://example.org/news/2026/11/26/a-very-long-path-segment-that-does-not-fit-on-one-line-of-the-table?ref=briefdesk&lang=fr and Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsdirektorenstellvertreter 👨‍👩‍👧 2026."

func mixedBrief(t testing.TB) *briefing.Brief {
	f := fixture{t, mixedSource}
	b := &briefing.Brief{
		Schema: briefing.SchemaVersion, Title: "Genève, Москва, Αθήνα, 北京 — talks 🌍 on energy",
		Marking: "RESTRICTED — ÉQUIPE", Author: "Zoë Ångström-Łukasiewicz", Created: "2026-11-26T09:05:00Z",
		Source: briefing.Source{Text: mixedSource, Title: "Revue de presse « multilingue »", URL: "https://example.org/news/2026/11/26/a-very-long-path-segment-that-does-not-fit-on-one-line-of-the-table?ref=briefdesk&lang=fr",
			Published: "2026-11-26", Sentences: splitSentences(mixedSource)},
		Summary: []briefing.Item{
			f.item("Le ministre français a rencontré à Genève ses homologues — « une réunion très constructive » 🤝.", "", "Le ministre français"),
			f.item("Министр иностранных дел России заявил, что переговоры продолжатся в Москве.", "", "Министр иностранных дел"),
			f.item("Ο Έλληνας υπουργός Εξωτερικών χαιρέτισε τη συμφωνία.", "", "Ο Έλληνας υπουργός"),
			f.item("中国外交部发言人在北京表示，双方同意加强合作并于明年签署协议。", "", "中国外交部发言人"),
			f.item("وقال المتحدث باسم الوزارة إن الاتفاق مهم. והשר הישראלי בירך על ההסכם.", "", "وقال المتحدث"),
		},
		Parties: []briefing.Party{
			f.party("France", briefing.KindCountry, "", "", "français"),
			f.party("Россия", briefing.KindCountry, "Министр иностранных дел", "", "России"),
			f.party("Ελλάδα", briefing.KindCountry, "υπουργός Εξωτερικών", "", "Έλληνας"),
			f.party("中国外交部", briefing.KindOrganisation, "发言人", "中国", "外交部"),
			f.party("Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsdirektorenstellvertreter", briefing.KindPerson, "", "", "https://example.org/news/2026/11/26/a-very-long-path-segment-that-does-not-fit-on-one-line-of-the-table?ref=briefdesk&lang=fr"),
		},
		Commitments: []briefing.Commitment{
			{Actors: []string{"中国", "双方"}, Verb: "同意", Status: briefing.StatusAgreed, Action: "加强合作并于明年签署协议", When: "2027",
				Text: "双方同意加强合作", Spans: f.spans("双方同意加强合作")},
			{Actors: []string{"Россия"}, Verb: "заявил", Status: briefing.StatusIntends, Action: "переговоры продолжатся в Москве",
				Text: "переговоры продолжатся", Spans: f.spans("переговоры продолжатся")},
		},
		Background: []briefing.Item{f.item("Ο Έλληνας υπουργός χαιρέτισε τη συμφωνία για την ενέργεια 🔋.", "2026-11", "για την ενέργεια")},
		Dates:      []briefing.DateRef{{Text: "2026", Value: "2026", Precision: briefing.PrecisionYear, Spans: f.spans("2026.")}},
		Figures:    []briefing.Figure{},
	}
	b.Normalize()
	return b
}

// longBrief repeats the example's parties, commitments and items n times,
// to make a brief of many pages whose tables cross page breaks.
func longBrief(t testing.TB, n int, withCJK bool) *briefing.Brief {
	b := exampleBrief(t)
	base := *b
	b.Title = fmt.Sprintf("Long brief (%d copies of every item)", n)
	if withCJK {
		b.Title += " 北京"
	}
	b.Parties, b.Commitments, b.Summary, b.Background = nil, nil, nil, nil
	for i := range n {
		for _, p := range base.Parties {
			p.Name = fmt.Sprintf("%s %d", p.Name, i+1)
			if withCJK {
				p.Role += " 北京代表团"
			}
			b.Parties = append(b.Parties, p)
		}
		b.Commitments = append(b.Commitments, base.Commitments...)
		b.Summary = append(b.Summary, base.Summary...)
		b.Background = append(b.Background, base.Background...)
	}
	return b
}

// TestFixtures keeps testdata/*.json in step with the builders above; run
// with -update to rewrite them.
func TestFixtures(t *testing.T) {
	for name, b := range map[string]*briefing.Brief{"example.json": exampleBrief(t), "mixed.json": mixedBrief(t)} {
		t.Run(name, func(t *testing.T) {
			if err := b.Validate(); err != nil {
				t.Fatalf("fixture is not a valid brief: %v", err)
			}
			want, err := b.MarshalIndent()
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name)
			if *update {
				if err := os.WriteFile(path, want, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestFixtures -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s is out of date; run go test -run TestFixtures -update", path)
			}
		})
	}
}
