package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// givingVerbs give a sum of money, which the pledges that share them by
// gapping name after each donor ("Japan pledged $25 million and Canada
// C$45 million").
var givingVerbs = WordSet("pledge commit promise give offer contribute provide donate allocate earmark")

// sumWords go on with a sum after its figure ("25 million", "700 million
// crowns").
var sumWords = WordSet("million billion trillion bn m thousand")

// withGappedPledges adds to the clauses of a sentence the pledges that
// share a clause's verb by gapping: after the sum a giving verb takes,
// each name listed with a sum of its own and no verb is a pledge of its
// own by that name ("The United Kingdom committed £80 million, the
// European Commission €100 million from the EU budget, and Denmark DKK
// 700 million"). The first clause then ends with its own sum.
func withGappedPledges(s *syntax.Sentence, found []clause) []clause {
	out := found[:len(found):len(found)]
	for n, c := range found {
		if !givingVerbs[lemmaOf(s.Words[c.pred])] || len(c.actors) == 0 || c.joinAt != 0 {
			continue
		}
		start := c.pred + 1
		for start <= c.last && !sumStart(s.Words[start]) {
			start++
		}
		if start > c.last || start > c.pred+3 {
			continue // the verb's object is no sum: "committed to reform"
		}
		end := sumEnd(s, start)
		for end+1 <= c.last && !itemBreak(s, end+1, c.last) {
			end++ // "NZ$12 million, ring-fenced for Pacific island countries"
		}
		items := gappedItems(s, end, c.last)
		if len(items) == 0 {
			continue
		}
		out[n].last = end
		for _, it := range items {
			part := c
			part.actors, part.first, part.last, part.action = []int{it.name}, it.from, it.to, it.sum
			part.inherited, part.lead, part.joinAt = false, 0, 0
			out = append(out, part)
		}
	}
	return out
}

// gappedItem is one donor and sum of a gapped list: its first and last
// words, the last word of the donor's name and the first of the sum.
type gappedItem struct {
	from, to, name, sum int
}

// gappedItems returns the items after word k, the end of the first sum's
// phrase, up to word last, that each name a donor and a sum with no verb ("…, the European Commission €100
// million from the EU budget, and Denmark DKK 700 million"); none unless
// every part after k is such an item.
func gappedItems(s *syntax.Sentence, k, last int) []gappedItem {
	var out []gappedItem
	for k < last {
		from := k + 1
		for from <= last && (s.Words[from].Form == "," || lower(s.Words[from].Form) == "and") {
			from++
		}
		if from == k+1 || from > last {
			break
		}
		name := from
		if lower(s.Words[name].Form) == "the" {
			name++
		}
		if name > last || !text.FirstRuneUpper(s.Words[name].Form) {
			return nil
		}
		for name+1 <= last && text.FirstRuneUpper(s.Words[name+1].Form) && !sumStart(s.Words[name+1]) {
			name++
		}
		sum := name + 1
		if sum > last || !sumStart(s.Words[sum]) {
			return nil
		}
		to := sumEnd(s, sum)
		for to+1 <= last && !itemBreak(s, to+1, last) {
			to++ // "from the EU budget"
		}
		if verbal(s.Words, sum, to) {
			return nil // a clause of its own
		}
		out = append(out, gappedItem{from, to, name, sum})
		k = to
	}
	if k < last && s.Words[last].UPOS != "PUNCT" {
		return nil
	}
	return out
}

// itemBreak reports whether word k, up to word last, starts the next item
// of a gapped list: a comma or "and" before a name and a sum.
func itemBreak(s *syntax.Sentence, k, last int) bool {
	if f := s.Words[k].Form; f != "," && lower(f) != "and" {
		return false
	}
	for k <= last && (s.Words[k].Form == "," || lower(s.Words[k].Form) == "and" || lower(s.Words[k].Form) == "the") {
		k++
	}
	return k <= last && text.FirstRuneUpper(s.Words[k].Form)
}

// verbal reports whether words a to b hold a verb.
func verbal(ws []syntax.Word, a, b int) bool {
	for k := a; k <= b; k++ {
		if ws[k].UPOS == "VERB" || ws[k].UPOS == "AUX" {
			return true
		}
	}
	return false
}

// sumStart reports whether w opens a sum of money: a currency's sign or
// code ("€100", "C$45", "DKK") or a figure.
func sumStart(w syntax.Word) bool {
	return strings.ContainsAny(w.Form, "$£€¥") || currencyCodes[w.Form] || w.UPOS == "NUM" && w.Form[0] >= '0' && w.Form[0] <= '9'
}

// sumEnd returns the last word of the sum that opens at word k: its sign,
// figures, "million" and the currency's name.
func sumEnd(s *syntax.Sentence, k int) int {
	for k+1 < len(s.Words) {
		w := s.Words[k+1]
		if w.UPOS != "NUM" && !sumWords[lower(w.Form)] && !currencies[w.Lemma] && !strings.ContainsAny(w.Form, "$£€¥") {
			break
		}
		k++
	}
	return k
}

// currencyCodes are the three-letter codes of the currencies sums are
// most often given in ("DKK", "NOK", "SEK").
var currencyCodes = map[string]bool{"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "CHF": true, "CAD": true,
	"AUD": true, "NZD": true, "SEK": true, "NOK": true, "DKK": true, "INR": true, "ZAR": true, "BRL": true, "MXN": true,
	"KRW": true, "SGD": true, "HKD": true, "PHP": true, "IDR": true}
