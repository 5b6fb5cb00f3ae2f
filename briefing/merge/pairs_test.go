package merge

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft"
)

// pairCase is two reports of one event, written in the manner of different
// outlets (testdata/pairs/NN-a.txt and NN-b.txt), and what their merged
// brief must hold.
type pairCase struct {
	published string
	// entities lists, for each entity, the ways the reports name it.
	entities [][]string
	// commitment is a phrase of the sentence of each report that states
	// the one commitment both report.
	commitment [2]string
	// kind and values of the disagreement between the reports.
	kind   string
	values []string
}

var pairCases = []pairCase{
	{"2024-05-08", [][]string{{"Kenya"}, {"Tanzania"}, {"Daniel Mwangi"}, {"Halima Said", "Halima Saidi"}, {"East African Community", "EAC"}},
		[2]string{"pledged to build a joint inspection post", "pledged to build a joint inspection post"},
		briefing.DisagreeFigure, []string{"300", "450"}},
	{"2024-06-01", [][]string{{"Ghana"}, {"International Monetary Fund", "IMF"}, {"Kwame Asante"}},
		[2]string{"promised to publish audited accounts", "promised to publish audited accounts"},
		briefing.DisagreeFigure, []string{"1200000000", "1500000000"}},
	{"2024-09-09", [][]string{{"Vietnam"}, {"Tran Van Long"}},
		[2]string{"pledged to send 500 tonnes", "pledged to send 500 tonnes"},
		briefing.DisagreeFigure, []string{"23", "31"}},
	{"2024-04-12", [][]string{{"Chile"}, {"Argentina"}, {"Sofía Álvarez", "Sofia Alvarez"}},
		[2]string{"agreed to set up a joint lithium research centre", "agreed to set up a joint lithium research centre"},
		briefing.DisagreeDate, []string{"2026", "2027"}},
	{"2024-01-10", [][]string{{"African Union", "AU"}, {"Somalia"}, {"Moussa Diallo"}, {"Kenya"}, {"Ethiopia"}},
		[2]string{"pledged to provide helicopters", "pledged to provide helicopters"},
		briefing.DisagreeFigure, []string{"2000", "2500"}},
	{"2024-06-15", [][]string{{"European Union", "EU"}, {"Morocco"}, {"Maria Lindqvist", "Maria Lindquist"}},
		[2]string{"signed a new fisheries agreement", "signed a fisheries agreement"},
		briefing.DisagreeDate, []string{"2024-06-12", "2024-06-14"}},
	{"2024-07-02", [][]string{{"Philippines"}, {"Japan"}, {"Ramon Cruz"}},
		[2]string{"pledged to deliver five coastal radar", "pledged to deliver six coastal radar"},
		briefing.DisagreeFigure, []string{"5", "6"}},
	{"2024-02-18", [][]string{{"World Health Organization", "WHO"}, {"Malawi"}, {"Grace Banda"}},
		[2]string{"pledged to provide clean water", "pledged to provide clean water"},
		briefing.DisagreeFigure, []string{"190", "210"}},
	{"2024-10-03", [][]string{{"India"}, {"Bangladesh"}, {"Nasrin Haque", "Nasreen Haque"}},
		[2]string{"pledged to release", "pledged to release"},
		briefing.DisagreeFigure, []string{"3000", "2500"}},
	{"2024-03-12", [][]string{{"Germany"}, {"Brazil"}, {"Ana Souza", "Ana Sousa"}},
		[2]string{"will invest 1 billion euros", "will invest 1.5 billion euros"},
		briefing.DisagreeFigure, []string{"1000000000", "1500000000"}},
}

var update = flag.Bool("update", false, "draft the reports of testdata/pairs again and store the drafts")

// pairArticles returns the two reports of pair n (1-based) of testdata/pairs.
func pairArticles(t testing.TB, n int, published string) []Article {
	t.Helper()
	day, err := time.Parse("2006-01-02", published)
	if err != nil {
		t.Fatal(err)
	}
	var arts []Article
	for _, side := range []string{"a", "b"} {
		data, err := os.ReadFile(pairFile(n, side, "txt"))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, Article{Text: string(data), Options: draft.Options{Published: day}})
	}
	return arts
}

func pairFile(n int, side, ext string) string {
	return fmt.Sprintf("testdata/pairs/%02d-%s.%s", n, side, ext)
}

// storedPair merges the stored drafts of pair n (NN-a.json, NN-b.json),
// so that what the merge is held to does not move with the drafting; with
// -update it drafts the reports again and stores the drafts first.
func storedPair(t *testing.T, n int, published string) *briefing.Brief {
	t.Helper()
	var drafts []*briefing.Brief
	for i, a := range pairArticles(t, n, published) {
		path := pairFile(n, []string{"a", "b"}[i], "json")
		if *update {
			d, err := draft.Draft(a.Text, a.Options)
			if err != nil {
				t.Fatal(err)
			}
			js, _ := d.MarshalIndent()
			if err := os.WriteFile(path, js, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		js, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, err := briefing.Parse(js)
		if err != nil {
			t.Fatal(err)
		}
		drafts = append(drafts, d)
	}
	return validMerge(t, drafts...)
}

// draftPair drafts and merges pair n with the drafting as it is now.
func draftPair(t testing.TB, n int, published string) *briefing.Brief {
	t.Helper()
	b, err := Draft(pairArticles(t, n, published))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Validate(); err != nil {
		t.Fatalf("the merged brief is not valid: %v", err)
	}
	return b
}

func validMerge(t *testing.T, briefs ...*briefing.Brief) *briefing.Brief {
	t.Helper()
	b, err := Merge(briefs...)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Validate(); err != nil {
		t.Fatalf("the merged brief is not valid: %v", err)
	}
	return b
}

// TestPairsOfReports merges the drafts of ten pairs of reports of the same
// event: each entity is one party with mentions in both reports, the
// commitment both report is one record with the spans of each, and the
// figure or date they give differently is flagged with both values.
func TestPairsOfReports(t *testing.T) {
	for i, tc := range pairCases {
		t.Run(fmt.Sprintf("%02d", i+1), func(t *testing.T) {
			b := storedPair(t, i+1, tc.published)
			if b.SourceCount() != 2 || b.Source.ID != "A" || b.Others[0].ID != "B" {
				t.Fatalf("sources %q and %d others", b.Source.ID, len(b.Others))
			}
			for _, names := range tc.entities {
				checkEntity(t, b, names)
			}
			checkCommitment(t, b, tc.commitment)
			checkDisagreement(t, b, tc.kind, tc.values)
		})
	}
}

// TestPairsDraftedNow drafts and merges the ten pairs with the drafting as
// it is now, which may find more or less in each report than the stored
// drafts: the brief is valid, has both sources, and no entity or
// commitment is split in two.
func TestPairsDraftedNow(t *testing.T) {
	for i, tc := range pairCases {
		t.Run(fmt.Sprintf("%02d", i+1), func(t *testing.T) {
			b := draftPair(t, i+1, tc.published)
			if b.SourceCount() != 2 {
				t.Fatalf("%d sources", b.SourceCount())
			}
			for _, names := range tc.entities {
				if found := namedBy(b, names); len(found) > 1 {
					t.Errorf("%d parties for %q, want one at most: %+v", len(found), names, found)
				}
			}
			if records := onSentences(t, b, tc.commitment); len(records) > 1 {
				t.Errorf("%d commitment records on the sentences saying %q, want one at most", len(records), tc.commitment)
			}
		})
	}
}

// namedBy returns the parties named by any of names.
func namedBy(b *briefing.Brief, names []string) []briefing.Party {
	var found []briefing.Party
	for _, p := range b.Parties {
		if slices.ContainsFunc(append([]string{p.Name}, p.Aliases...), func(n string) bool {
			return slices.ContainsFunc(names, func(want string) bool { return plain(n) == plain(want) })
		}) {
			found = append(found, p)
		}
	}
	return found
}

// checkEntity asserts that exactly one party is named by any of names and
// that it has mentions in both sources.
func checkEntity(t *testing.T, b *briefing.Brief, names []string) {
	t.Helper()
	found := namedBy(b, names)
	if len(found) != 1 {
		t.Errorf("%d parties for %q, want one: %+v", len(found), names, found)
		return
	}
	if got := b.SourceIDs(found[0].Mentions); !slices.Equal(got, []string{"A", "B"}) {
		t.Errorf("party %q has mentions in %v, want A and B", found[0].Name, got)
	}
}

// checkCommitment asserts that one commitment record, and only one, rests
// on the sentence of each report holding its phrase, and that it rests on both.
func checkCommitment(t *testing.T, b *briefing.Brief, phrases [2]string) {
	t.Helper()
	records := onSentences(t, b, phrases)
	if len(records) != 1 {
		t.Errorf("%d commitment records on the sentences saying %q, want one: %+v", len(records), phrases, records)
		return
	}
	c := records[0]
	sents := phraseSentences(t, b, phrases)
	if !touches(c.Spans, sents[0]) || !touches(c.Spans, sents[1]) {
		t.Errorf("commitment %q rests on %s, want the sentence of each report", c.Action, b.Refs(c.Spans))
	}
	if n, of := b.Corroboration(c.Spans); n != 2 || of != 2 {
		t.Errorf("commitment %q reported by %d of %d sources, want 2 of 2", c.Action, n, of)
	}
}

// phraseSentences returns the sentence of each source that holds its phrase.
func phraseSentences(t *testing.T, b *briefing.Brief, phrases [2]string) []briefing.Span {
	t.Helper()
	var sents []briefing.Span
	for k, src := range b.AllSources() {
		i := slices.IndexFunc(src.Sentences, func(sp briefing.Span) bool {
			return strings.Contains(src.SpanText(sp), phrases[k])
		})
		if i < 0 {
			t.Fatalf("no sentence of source %s says %q", src.ID, phrases[k])
		}
		sents = append(sents, src.Sentences[i])
	}
	return sents
}

// onSentences returns the commitment records that rest on the sentence of
// either source that holds its phrase.
func onSentences(t *testing.T, b *briefing.Brief, phrases [2]string) []briefing.Commitment {
	t.Helper()
	sents := phraseSentences(t, b, phrases)
	var records []briefing.Commitment
	for _, c := range b.Commitments {
		if touches(c.Spans, sents[0]) || touches(c.Spans, sents[1]) {
			records = append(records, c)
		}
	}
	return records
}

func touches(spans []briefing.Span, sent briefing.Span) bool {
	return slices.ContainsFunc(spans, func(sp briefing.Span) bool {
		return sp.Source == sent.Source && sp.Start < sent.End && sent.Start < sp.End
	})
}

// checkDisagreement asserts a disagreement of the kind whose claims have
// exactly the values, each from a different source.
func checkDisagreement(t *testing.T, b *briefing.Brief, kind string, values []string) {
	t.Helper()
	for _, d := range b.Disagreements {
		var got, from []string
		for _, c := range d.Claims {
			got = append(got, c.Value)
			from = append(from, b.SourceIDs(c.Spans)...)
		}
		if d.Kind == kind && len(got) == len(values) && !slices.ContainsFunc(values, func(v string) bool { return !slices.Contains(got, v) }) {
			if slices.Sort(from); !slices.Equal(from, []string{"A", "B"}) {
				t.Errorf("disagreement %q: claims from %v, want one from A and one from B", d.About, from)
			}
			return
		}
	}
	t.Errorf("no %s disagreement with values %v among %+v", kind, values, b.Disagreements)
}

// TestMergeIsDeterministic drafts and merges the same pair twice: the JSON
// is the same byte for byte.
func TestMergeIsDeterministic(t *testing.T) {
	first, _ := draftPair(t, 1, pairCases[0].published).MarshalIndent()
	for range 3 {
		again, _ := draftPair(t, 1, pairCases[0].published).MarshalIndent()
		if !bytes.Equal(first, again) {
			t.Fatal("two merges of the same reports differ")
		}
	}
}
