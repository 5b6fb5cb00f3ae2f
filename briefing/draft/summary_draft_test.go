package draft

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
	"github.com/briefdesk/briefdesk/briefing/draft/summary"
)

// longArticle is an article of n distinct sentences on one theme, the lead
// first.
func longArticle(n int) string {
	subjects := []string{"Economists", "Bankers", "Shoppers", "Farmers", "Exporters", "Builders", "Pensioners", "Students"}
	verbs := []string{"said the rate rise would slow", "warned about", "welcomed a pause in", "complained about",
		"planned for", "feared higher", "cheered lower"}
	objects := []string{"inflation this winter", "mortgage costs next year", "the price of bread", "loans for new homes",
		"the cost of borrowing"}
	s := []string{"The central bank raised interest rates by half a point on Thursday to curb rising inflation."}
	for i := 1; i < n; i++ {
		s = append(s, fmt.Sprintf("%s %s %s.", subjects[i%len(subjects)], verbs[i%len(verbs)], objects[i%len(objects)]))
	}
	return drafttest.Paragraphs(s...)
}

func TestSummaryShape(t *testing.T) {
	tests := []struct {
		construction       string
		sentences, budget  int
		minItems, maxItems int
	}{
		{"two-sentence story", 2, 0, 2, 2},
		{"short story", 3, 0, 2, 3},
		{"medium story", 8, 0, 2, 4},
		{"long story", 40, 0, 2, 4},
		{"long story, longer summary asked", 40, 200, 5, 8},
		{"long story, very short summary asked", 40, 20, 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			text := longArticle(tt.sentences)
			b, err := Draft(text, Options{SummaryWords: tt.budget})
			if err != nil {
				t.Fatal(err)
			}
			budget := tt.budget
			if budget == 0 {
				budget = DefaultSummaryWords
			}
			words := 0
			for _, it := range b.Summary {
				words += len(strings.Fields(it.Text))
			}
			if n := len(b.Summary); n < tt.minItems || n > tt.maxItems {
				t.Errorf("%d items, want %d–%d", n, tt.minItems, tt.maxItems)
			}
			if limit := int(float64(budget) * summary.SummaryStretch); words > limit && len(b.Summary) > 1 {
				t.Errorf("%d words, more than %d", words, limit)
			}
			if !strings.HasPrefix(b.Summary[0].Text, "The central bank raised") {
				t.Errorf("the summary opens with %q, not the lead", b.Summary[0].Text)
			}
		})
	}
}

// TestShortenedSummaryKeepsOutOfBackground drafts articles whose summary
// sentences are shortened and checks that no background item comes from a
// sentence the summary already holds.
func TestShortenedSummaryKeepsOutOfBackground(t *testing.T) {
	article := drafttest.Paragraphs(
		"The firm, which was founded in 1990, agreed to pay $54m ($40m; £30m) to settle the case, reports say.",
		"In 2019, the firm, which makes car parts, was fined $10m (£8m) for price fixing, a court said.",
		"However, the firm said in 2020 that it had changed its ways.",
		"Its shares rose by 5% in early trading.")
	b, err := Draft(article, Options{})
	if err != nil {
		t.Fatal(err)
	}
	inSummary := map[int]bool{}
	for _, it := range b.Summary {
		for _, sp := range it.Spans {
			inSummary[sentenceHolding(b.Source.Sentences, sp)] = true
		}
	}
	for _, it := range b.Background {
		for _, sp := range it.Spans {
			if n := sentenceHolding(b.Source.Sentences, sp); inSummary[n] {
				t.Errorf("background item %q comes from sentence %d, which the summary holds", it.Text, n)
			}
		}
	}
	if len(b.Summary) == 0 || strings.Contains(b.Summary[0].Text, "reports say") || strings.Contains(b.Summary[0].Text, "£30m") {
		t.Errorf("the lead is not shortened: %+v", b.Summary)
	}
}

// sentenceHolding returns the index of the sentence holding sp, or -1.
func sentenceHolding(sentences []briefing.Span, sp briefing.Span) int {
	for k, s := range sentences {
		if s.Contains(sp) {
			return k
		}
	}
	return -1
}

func TestSummaryTellsWhatComesNext(t *testing.T) {
	article := drafttest.Paragraphs(
		"A 29-year-old woman has been charged with fraud after £80,000 went missing from a village hall fund in Norfolk, police said on Friday.",
		"Karen Mills, of Dereham, appeared before Norwich magistrates on Thursday and was granted bail on condition that she lives at her home address.",
		"Hall trustees first noticed the losses in March, when a payment to the builders who were repairing the roof was returned by the bank.",
		"Mills will appear at Norwich Crown Court on 14 December.",
		"Nobody else was arrested.",
		"\"This has been a shock for a small community,\" said the chair of the trustees, Peter Lang.",
		"The hall, built in 1926, hosts a playgroup and a weekly lunch club.")
	b, err := Draft(article, Options{Published: time.Date(2020, 11, 20, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for _, it := range b.Summary {
		items = append(items, it.Text)
	}
	all := strings.Join(items, " | ")
	if !strings.Contains(all, "Norwich Crown Court on 14 December") {
		t.Errorf("summary %q: want the coming court date", items)
	}
	if strings.Contains(all, "Nobody else") || strings.Contains(all, "shock for a small community") {
		t.Errorf("summary %q: want no item without a party, figure or date, and no quotation", items)
	}
}
