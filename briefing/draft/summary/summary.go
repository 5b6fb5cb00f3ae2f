// Package summary is the summary stage of drafting: the article's bottom
// line first, in two to four sentences of the lead and the body (about
// DefaultWords words), shortened by whole phrases, each item with its spans.
package summary

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Summary ranking: TextRank over stemmed, stop-word-free sentences,
// personalised towards the lead of the article, then picked by maximal
// marginal relevance so that no two summary sentences say the same thing.
const (
	rankDamping    = 0.85 // share of a sentence's rank that comes from its neighbours
	rankIterations = 40
	rankTolerance  = 1e-7
	leadDecay      = 0.5  // lead prior ∝ 1/(position+1)^leadDecay
	positionDecay  = 0.8  // a sentence's score ∝ 1/(position+1)^positionDecay
	mmrLambda      = 0.75 // relevance against novelty
	maxShared      = 64   // a term in more sentences than this links none (it says little, and keeps ranking linear)
	maxLikeness    = 0.7  // a sentence this like one already picked is a repeat, never picked
	pastWeight     = 0.6  // rank kept by a sentence dated only before the article's time: background, not news
	rankerShare    = 0.4  // how much the learned ranker's estimate weighs against the rank and position
)

// ArticleYear is the year the article speaks from: the year of
// publication, or the latest year the article names when that is earlier
// (an old article drafted today).
func ArticleYear(d *doc.Document, ds []dates.Mark) string {
	ref := d.Published.Format("2006")
	latest := ""
	for _, m := range ds {
		if len(m.Value) >= 4 && m.Value[:4] > latest && m.Value[:4] <= ref {
			latest = m.Value[:4]
		}
	}
	if latest != "" {
		return latest
	}
	return ref
}

// pastOnly reports, for each sentence, whether all its dates fall in years
// before the article's time: the publication year, or the latest year the
// article names when that is earlier.
func pastOnly(d *doc.Document, body []int) []bool {
	ds := dates.Marks(d)
	ref := ArticleYear(d, ds)
	out := make([]bool, len(body))
	for k, si := range body {
		sp := d.Sentences[si]
		in := dates.Within(ds, sp.Start, sp.End)
		out[k] = len(in) > 0
		for _, m := range in {
			if len(m.Value) < 4 || m.Value[:4] >= ref {
				out[k] = false
			}
		}
	}
	return out
}

// DefaultWords is the summary's length in words when Options do
// not set one: a bottom line a reader takes in at a glance.
const DefaultWords = 100

// Summary shape: two to four sentences within the word budget; a longer
// budget allows a sentence per summaryWordsPerSentence words.
const (
	minSummarySentences     = 2
	maxSummarySentences     = 4
	summaryWordsPerSentence = 25
	SummaryStretch          = 1.3 // the second sentence may take the summary this far past the budget
	fullSummarySentences    = 3   // a sentence past these needs room to spare (see extraSentenceShare)
	extraSentenceShare      = 0.6 // a sentence past the third only while the summary stays within this share of a default budget
	quoteWeight             = 0.5 // rank kept by a quotation or a question: colour, not the bottom line
	quotedWeight            = 0.2 // rank kept by a sentence mostly quoted: a speaker's words, rarely the bottom line
	partQuotedWeight        = 0.5 // rank kept by a sentence that quotes a few of a speaker's words: colour beside the news
	leadWindow              = 3   // the lead is among the first sentences of the body
	minLeadWords            = 8   // a shorter first sentence is a teaser, not the lead
)

// Items drafts the bottom line up front: the lead sentence first (the
// one that states the main news), then the best-ranked sentences that add
// something new, within the word budget, in the order of the article.
func Items(d *doc.Document) []briefing.Item {
	budget := d.SummaryWords
	if budget <= 0 {
		budget = DefaultWords
	}
	if points := keyPoints(d); len(points) > 0 { // a live blog's or explainer's own bottom line
		if livePage(d) {
			return summaryItems(d, points, keyPointsSummary(d, points, budget), dates.Marks(d))
		}
		if list, picked := leadAndPoints(d, points, budget); len(list) > 0 {
			return summaryItems(d, list, picked, dates.Marks(d))
		}
	}
	body := summaryBody(d)
	if len(body) == 0 {
		return []briefing.Item{}
	}
	terms, title := bodyTerms(d, body)
	lead := spokenLead(d, body, LeadSentence(d, body))
	x := features(d, body, terms, title, textRank(terms), lead)
	ds := dates.Marks(d)
	prose := slices.ContainsFunc(body, func(si int) bool { return endsOwnLine(d, si) })
	cands := make([]candidate, len(body))
	for k, si := range body {
		sp := d.Sentences[si]
		cands[k] = candidate{
			terms: terms[k],
			score: sentenceScore(x[k], k) * quotationWeight(x[k], d.Text[sp.Start:sp.End]) * nextStepWeight(d, si, ds),
			words: shortenBy(cutRules, d, si, ds, "").words, // the day of the news makes no room for another item
			leans: x[k][fLeans] > 0,
			after: needsBefore(d, si),
			bare:  x[k][fFigures] == 0 && x[k][fParties] == 0 && x[k][fDated] == 0,
			thin:  thinPredicate(d, si) || prose && captionLike(d, si) || listedAfterLeadIn(d.Text, sp.Start),
		}
	}
	picked := pickWithin(cands, lead, budget)
	sort.Ints(picked[1:])
	return summaryItems(d, body, picked, ds)
}

// sentenceScore is how strongly the k-th body sentence, with features x,
// belongs in the summary: its TextRank score, kept in part when it is
// background, divided by its position (news puts the main points first),
// times the learned ranker's estimate to the power rankerShare.
func sentenceScore(x []float64, k int) float64 {
	s := x[fRank] / math.Pow(float64(k+1), positionDecay)
	if x[fPast] > 0 {
		s *= pastWeight
	}
	return s * math.Pow(rankerScore(x), rankerShare)
}

// quotationWeight is the share of its rank that sentence s, with features
// x, keeps for quoting: less for a quotation or a question, far less for a
// sentence mostly quoted, and less for one that quotes a few words of a
// speaker ("… said the ruling “dramatically transforms” the case").
func quotationWeight(x []float64, s string) float64 {
	w := 1.0
	if x[fQuote] > 0 {
		w *= quoteWeight
	}
	if x[fQuoted] > 0 {
		w *= quotedWeight
	}
	if x[fQuote] == 0 && x[fQuoted] == 0 && strings.ContainsAny(s, "\"“") {
		w *= partQuotedWeight
	}
	return w
}

// candidate is a body sentence as the summary weighs it.
type candidate struct {
	terms []int   // its stemmed words (see sentenceTerms)
	score float64 // how strongly it belongs in the summary
	words int     // its words once shortened
	leans bool    // it leans on the sentence before it
	after bool    // it needs the sentence before: its subject is "he" or "she", or it ends a quotation that one opened
	bare  bool    // it names no party, figure or date: never an item past the third
	thin  bool    // it says nothing past who acted ("X voted against."), or it is a caption among prose (see captionLike): never an item after the lead
}

// summaryItems renders the picked sentences, shortened; an attribution
// to a speaker an earlier item names goes. The first item, the news itself,
// keeps the day it happened ("agreed on Friday to reopen the border"): a
// reader of the bottom line alone learns when; the items after it lose
// theirs (see relativeDays).
func summaryItems(d *doc.Document, body, picked []int, ds []dates.Mark) []briefing.Item {
	items := make([]briefing.Item, 0, len(picked))
	var said strings.Builder
	for n, k := range picked {
		rules := summaryRules
		if n == 0 {
			rules = cutRules
		}
		s := shortenBy(rules, d, body[k], ds, said.String())
		items = append(items, briefing.Item{Text: s.text, Spans: s.spans})
		said.WriteString(s.text + " ")
	}
	return items
}

// LeadSentence returns the index in body of the sentence that states the
// main news: the first of the first few that is not a teaser (a quotation,
// a question or a few words), the page's standfirst, an introduction that
// leaves the headline's news to a sentence after it or a caption while one
// of the others ends as prose does (see captionLike), else the first.
func LeadSentence(d *doc.Document, body []int) int {
	window := body[:min(len(body), leadWindow)]
	terms, title := bodyTerms(d, window)
	var leads []int
	ends := slices.ContainsFunc(window, func(si int) bool { return endsOwnLine(d, si) })
	for k := range window {
		sp := d.Sentences[body[k]]
		s := d.Text[sp.Start:sp.End]
		if !quoteOrQuestion(s) && text.MoreWordsThan(s, minLeadWords-1) && !standfirst(d, body, k) && !highlight(d, body, k) && (!ends || !captionLike(d, body[k])) && !caseName(d, body[k]) {
			leads = append(leads, k)
		}
	}
	for n, k := range leads {
		sp := d.Sentences[body[k]]
		if text.MoreWordsThan(d.Text[sp.Start:sp.End], maxIntroWords) || !missesHeadline(terms, title, k, standAlone(d, body, leads[n+1:])) {
			return k
		}
	}
	return 0
}

// endsOwnLine reports whether sentence si ends as prose does, with the
// mark that ends a sentence, runs on into the next sentence of its line or
// is an item of a list ("- the site will be sold for housing").
func endsOwnLine(d *doc.Document, si int) bool {
	sp := d.Sentences[si]
	s := d.Text[sp.Start:sp.End]
	return text.EndsSentence(s) || !text.AloneOnLine(d.Text, sp) || text.ListMark(s) > 0
}

// captionLike reports whether sentence si reads as a photo's caption or a
// label rather than prose: a line that ends no sentence and tells no event
// past, perfect or to come, its main verb in the simple present or none
// ("Leaders gather for the family photo in Port Alvar on Tuesday",
// "Traders on the floor of the exchange"). A lead that lost its full stop
// ("The trade deficit widened in October") is prose.
func captionLike(d *doc.Document, si int) bool {
	if endsOwnLine(d, si) {
		return false
	}
	if pointsAtPicture(d, si) {
		return true
	}
	p, aux := rootChildren(d, si, "aux", "aux:pass", "cop")
	if p == nil || p.Root() < 0 || len(aux) > 0 {
		return false
	}
	r := p.Words[p.Root()]
	return r.UPOS != "VERB" || r.XPOS == "VBP" || r.XPOS == "VBZ"
}

// pointsAtPicture reports whether sentence si points at a picture as a
// caption does ("Lucinda Farrow, 41, pictured arriving at court, denies
// 14 counts", "Darren Farrow, 44, (right) is accused …").
func pointsAtPicture(d *doc.Document, si int) bool {
	ts := d.SentenceTokens(si)
	for k, t := range ts {
		if t.Lower == "pictured" || t.Lower == "inset" ||
			placesInPicture[t.Lower] && k > 0 && k+1 < len(ts) && ts[k-1].Text == "(" && ts[k+1].Text == ")" {
			return true
		}
	}
	return false
}

// placesInPicture say where in a picture someone stands, in brackets
// after the name ("(right)", "(centre)").
var placesInPicture = text.SetOf("left", "right", "centre", "center", "above", "below", "top", "bottom")

// caseName reports whether sentence si is only the name of a case, its
// sides set against each other with no verb ("Great Lakes Marine Workers'
// Union, Local 12 v. Lakeshore Ferry Services Ltd."): a heading, no lead.
func caseName(d *doc.Document, si int) bool {
	if si >= len(d.Parsed) {
		return false
	}
	versus := false
	for _, w := range d.Parsed[si].Words {
		switch {
		case w.UPOS == "VERB" || w.UPOS == "AUX":
			return false
		case versusForms[w.Form]:
			versus = true
		}
	}
	return versus
}

// versusForms set the sides of a case against each other.
var versusForms = text.SetOf("v.", "v", "vs.", "vs", "versus")

// standAlone returns those of the k-th body sentences that do not lean on
// the sentence before them (see leansOnPrevious and needsBefore).
func standAlone(d *doc.Document, body, ks []int) []int {
	var out []int
	for _, k := range ks {
		if !leansOnPrevious(d, body[k]) && !needsBefore(d, body[k]) {
			out = append(out, k)
		}
	}
	return out
}

// A lead tells the news its headline tells: a short sentence (at most
// maxIntroWords words) that shares at most introWords words with the
// headline, while a later sentence of the lead's window shares at least
// headlineWords, is an introduction ("About 600 islanders rely on the
// boats." above "The ferry operator has cancelled all winter crossings to
// Hoy …" under the headline "Ferry operator cancels winter crossings to
// Hoy"), not the lead.
const (
	maxIntroWords = 15
	introWords    = 1
	headlineWords = 3
)

// missesHeadline reports whether the k-th sentence of the window is an
// introduction rather than the lead: it shares at most introWords terms with
// the headline's while one of the later candidates shares headlineWords.
func missesHeadline(terms [][]int, title []int, k int, later []int) bool {
	if title == nil || sharedTerms(terms[k], title) > introWords {
		return false
	}
	for _, j := range later {
		if sharedTerms(terms[j], title) >= headlineWords {
			return true
		}
	}
	return false
}

// quoteOrQuestion reports whether a sentence opens with a quotation mark,
// goes on with a quotation the sentence before opened, or asks a question.
func quoteOrQuestion(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("\"“‘'", r) || continuesQuotation(s) || strings.HasSuffix(strings.TrimRight(s, "\"”’' "), "?")
}

// mostlyQuoted reports whether at least half the words of a sentence
// stand inside quotation marks: a speaker's words, colour rather than the
// news ("The two discussed the “development of bilateral relations in all
// areas …,” according to a statement").
func mostlyQuoted(s string) bool {
	in, quoted, all := false, 0, 0
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "“") {
			in = true
		}
		all++
		if in {
			quoted++
		}
		if strings.Contains(w, "”") || strings.LastIndex(w, "\"") > 0 {
			in = false
		}
	}
	return all > 0 && 2*quoted >= all
}

// continuesQuotation reports whether a sentence goes on with a quotation
// opened in the sentence before: its first quotation mark closes one ("We
// are not bluffing," she told reporters).
func continuesQuotation(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeft(w, "([") // a short name in quotation marks inside brackets: ("Kestrel", "the Group")
		switch {
		case strings.Contains(w, "”"):
			return !strings.Contains(w[:strings.Index(w, "”")], "“")
		case strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "“") || strings.HasPrefix(w, "'") || strings.HasPrefix(w, "‘"):
			return false
		case strings.Contains(w, "\"") || closesSingleQuotation(w):
			return true
		}
	}
	return false
}

// closesSingleQuotation reports whether word w closes a quotation in
// single marks: a mark right after the punctuation that ends the quoted
// words ("it,'", "home.’"), which an apostrophe never follows.
func closesSingleQuotation(w string) bool {
	for _, p := range []string{",'", ".'", "?'", "!'", ",’", ".’", "?’", "!’"} {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}

// pickWithin picks the summary: the lead, then by maximal marginal
// relevance the sentences that fit in the word budget, two to four of them
// (more when the budget is longer), never one much like a sentence already
// picked. The second sentence may stretch the budget a little so that a
// long lead does not stand alone; within the default budget a fourth comes
// only when the first three are short, as a bottom line is two or three
// sentences, and only when it names a party, a figure or a date ("Nobody
// was injured." is no fourth item). A sentence that leans on the one before
// it ranks lower unless that one is picked; one whose subject is "he" or
// "she" ("He said the trust would publish a review") or that ends a
// quotation the one before opened comes only after it, as an item that
// does not say who spoke leaves the reader guessing.
func pickWithin(cands []candidate, lead, budget int) []int {
	most := max(maxSummarySentences, budget/summaryWordsPerSentence)
	picked := []int{lead}
	total := cands[lead].words
	top := 0.0
	for _, c := range cands {
		top = math.Max(top, c.score)
	}
	if top == 0 {
		top = 1
	}
	for len(picked) < most {
		limit := budget
		switch {
		case len(picked) < minSummarySentences:
			limit = int(float64(budget) * SummaryStretch)
		case len(picked) >= fullSummarySentences && budget <= DefaultWords:
			limit = int(float64(budget) * extraSentenceShare)
		}
		best, bestVal := -1, math.Inf(-1)
		for c, cand := range cands {
			if slices.Contains(picked, c) || len(cand.terms) == 0 || cand.thin || total+cand.words > limit ||
				cand.bare && len(picked) >= fullSummarySentences && budget <= DefaultWords ||
				cand.after && !slices.Contains(picked, c-1) {
				continue
			}
			var sim float64
			for _, p := range picked {
				sim = math.Max(sim, cosine(cand.terms, cands[p].terms))
			}
			if sim >= maxLikeness {
				continue
			}
			score := cand.score
			if cand.leans && !slices.Contains(picked, c-1) {
				score *= leanOnWeight
			}
			if v := mmrLambda*score/top - (1-mmrLambda)*sim; v > bestVal {
				best, bestVal = c, v
			}
		}
		if best < 0 {
			break
		}
		picked = append(picked, best)
		total += cands[best].words
	}
	return picked
}

// sentenceTerms returns, for each sentence, the sorted ids of its stemmed
// words, stop words left out.
func sentenceTerms(d *doc.Document, body []int) [][]int {
	ids := map[string]int{}
	stems := map[string]string{}
	out := make([][]int, len(body))
	for k, si := range body {
		seen := map[int]bool{}
		for _, t := range text.ClauseTokens(d, si) {
			if !t.Word || len(t.Lower) < 2 || english.IsStopWord(t.Lower) {
				continue
			}
			stem, ok := stems[t.Lower]
			if !ok {
				stem = english.Stem(t.Lower, false)
				stems[t.Lower] = stem
			}
			id, ok := ids[stem]
			if !ok {
				id = len(ids)
				ids[stem] = id
			}
			if !seen[id] {
				seen[id] = true
				out[k] = append(out[k], id)
			}
		}
		sort.Ints(out[k])
	}
	return out
}

// rankEdge is a weighted link of the sentence graph.
type rankEdge struct {
	to int
	w  float64
}

// sentenceGraph links sentences that share terms, weighted by TextRank's
// overlap / (log|a| + log|b|). Pairs are found through the terms, so the
// cost grows with the shared terms, not with the square of the sentences.
func sentenceGraph(terms [][]int) [][]rankEdge {
	postings := map[int][]int{}
	for k, ts := range terms {
		for _, t := range ts {
			postings[t] = append(postings[t], k)
		}
	}
	graph := make([][]rankEdge, len(terms))
	shared := make([]int, len(terms))
	var touched []int
	for a, ts := range terms {
		touched = touched[:0]
		for _, t := range ts {
			list := postings[t]
			if len(list) > maxShared {
				continue
			}
			for _, b := range list {
				if b <= a {
					continue
				}
				if shared[b] == 0 {
					touched = append(touched, b)
				}
				shared[b]++
			}
		}
		sort.Ints(touched)
		for _, b := range touched {
			w := float64(shared[b]) / (math.Log(float64(len(terms[a])+1)) + math.Log(float64(len(terms[b])+1)))
			graph[a] = append(graph[a], rankEdge{b, w})
			graph[b] = append(graph[b], rankEdge{a, w})
			shared[b] = 0
		}
	}
	return graph
}

// textRank ranks sentences by personalised PageRank over the sentence
// graph, with the lead prior as the teleport distribution.
func textRank(terms [][]int) []float64 {
	n := len(terms)
	graph := sentenceGraph(terms)
	prior := make([]float64, n)
	var total float64
	for k := range prior {
		prior[k] = 1 / math.Pow(float64(k+1), leadDecay)
		total += prior[k]
	}
	out := make([]float64, n)
	for k := range prior {
		prior[k] /= total
		out[k] = prior[k]
	}
	outW := make([]float64, n)
	for k, es := range graph {
		for _, e := range es {
			outW[k] += e.w
		}
	}
	next := make([]float64, n)
	for it := 0; it < rankIterations; it++ {
		var dangling float64
		for k := range out {
			if outW[k] == 0 {
				dangling += out[k]
			}
		}
		for k := range next {
			next[k] = (1-rankDamping)*prior[k] + rankDamping*dangling*prior[k]
		}
		for k, es := range graph {
			if outW[k] == 0 {
				continue
			}
			share := rankDamping * out[k] / outW[k]
			for _, e := range es {
				next[e.to] += share * e.w
			}
		}
		var delta float64
		for k := range out {
			delta += math.Abs(next[k] - out[k])
		}
		out, next = next, out
		if delta < rankTolerance {
			break
		}
	}
	return out
}

// cosine is the cosine likeness of two sorted term sets.
func cosine(a, b []int) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(sharedTerms(a, b)) / math.Sqrt(float64(len(a))*float64(len(b)))
}

// sharedTerms counts the terms two sorted term sets share.
func sharedTerms(a, b []int) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}
