package summary

import (
	"math"
	"slices"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// The features the learned ranker weighs for each body sentence, in the
// order of rankWeights. Each says something a news editor weighs when
// picking the sentences that carry a story: where the sentence stands, how
// central it is among the others, whether it is a quotation, background or
// a sentence leaning on the one before, and whether it carries the story's
// parties, figures and dates.
const (
	fBias        = iota
	fFirst       // the first sentence of the body
	fNearTop     // 1/(position+1)
	fPosition    // position / number of sentences
	fLogWords    // log of the sentence's words
	fRank        // TextRank score / the best score
	fQuote       // opens with a quotation or asks a question
	fQuoted      // mostly inside quotation marks
	fPast        // dated only before the article's time
	fLeans       // leans on the sentence before
	fFigures     // figures it carries (at most three) / 3
	fParties     // distinct parties it names (at most four) / 4
	fLeadParties // share of the lead's parties it names
	fLeadLike    // cosine likeness with the lead
	fTitleLike   // cosine likeness with the title line
	fDated       // names a date
	fOpener      // opens with a connective ("However,", "But")
	numFeatures
)

// features returns the ranker's features of each body sentence.
func features(d *doc.Document, body []int, terms [][]int, title []int, rank []float64, lead int) [][]float64 {
	past := pastOnly(d, body)
	ds := dates.Marks(d)
	top := 0.0
	for _, r := range rank {
		top = math.Max(top, r)
	}
	if top == 0 {
		top = 1
	}
	leadParties := partiesIn(d, d.Sentences[body[lead]])
	out := make([][]float64, len(body))
	for k, si := range body {
		sp := d.Sentences[si]
		s := d.Text[sp.Start:sp.End]
		x := make([]float64, numFeatures)
		x[fBias] = 1
		x[fFirst] = flag(k == 0)
		x[fNearTop] = 1 / float64(k+1)
		x[fPosition] = float64(k) / float64(len(body))
		x[fLogWords] = math.Log(float64(text.WordCount(s) + 1))
		x[fRank] = rank[k] / top
		x[fQuote] = flag(quoteOrQuestion(s))
		x[fQuoted] = flag(mostlyQuoted(s))
		x[fPast] = flag(past[k])
		x[fLeans] = flag(leansOnPrevious(d, si))
		x[fFigures] = math.Min(float64(figuresIn(d, sp)), 3) / 3
		named := partiesIn(d, sp)
		x[fParties] = math.Min(float64(len(named)), 4) / 4
		x[fLeadParties] = shareOf(leadParties, named)
		x[fLeadLike] = cosine(terms[k], terms[lead])
		x[fTitleLike] = cosine(terms[k], title)
		x[fDated] = flag(len(dates.Within(ds, sp.Start, sp.End)) > 0)
		x[fOpener] = flag(opens(d, si))
		out[k] = x
	}
	return out
}

// flag is 1 for true and 0 for false.
func flag(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// bodyTerms returns the term ids of each body sentence and of the
// article's title line (nil when it has none), numbered alike.
func bodyTerms(d *doc.Document, body []int) ([][]int, []int) {
	sp, ok := text.TitleLine(d)
	if !ok {
		return sentenceTerms(d, body), nil
	}
	var line []int // the sentences of the title line
	for i, s := range d.Sentences {
		if sp.Contains(s) {
			line = append(line, i)
		}
	}
	if len(line) == 0 {
		return sentenceTerms(d, body), nil
	}
	all := sentenceTerms(d, append(slices.Clip(body), line...))
	var title []int
	for _, terms := range all[len(body):] {
		for _, t := range terms {
			if !slices.Contains(title, t) {
				title = append(title, t)
			}
		}
	}
	return all[:len(body)], title
}

// figuresIn counts the figures whose spans fall within a sentence.
func figuresIn(d *doc.Document, sp briefing.Span) int {
	n := 0
	for _, f := range d.Figures {
		for _, s := range f.Spans {
			if s.Start >= sp.Start && s.End <= sp.End {
				n++
				break
			}
		}
	}
	return n
}

// partiesIn returns the set of parties a sentence mentions.
func partiesIn(d *doc.Document, sp briefing.Span) map[int]bool {
	out := map[int]bool{}
	for _, m := range d.Mentions {
		if m.Span.Start >= sp.Start && m.Span.End <= sp.End {
			out[m.Party] = true
		}
	}
	return out
}

// shareOf is the share of the parties of a that b names too; 0 when a
// names none.
func shareOf(a, b map[int]bool) float64 {
	shared := 0.0
	for p := range a {
		shared += flag(b[p])
	}
	return shared / float64(max(len(a), 1))
}

// opens reports whether sentence si opens with a connective that ties it
// to the sentence before ("However,", "But").
func opens(d *doc.Document, si int) bool {
	if si >= len(d.Parsed) || len(d.Parsed[si].Words) == 0 {
		return false
	}
	return len(discourseOpener(newParsed(d.Text, &d.Parsed[si]))) > 0
}
