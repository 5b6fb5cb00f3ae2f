package commitments

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// termLists are the lists of terms of a document: for each sentence that
// is an item of one, the introducer it completes.
type termLists struct {
	items map[int]listIntro
	// told holds the parties of the last commitment drafted of each
	// status, whose terms an introducer that names no one lists ("What
	// is on the table:" after an offer).
	told map[string][]int
	// thatIntros holds, for each sentence that introduces clauses with
	// "that" ("have agreed that:"), the verb that introduces them.
	thatIntros map[int]int
}

// findTermLists finds the introducers of lists of terms and their items:
// the lines after the introducer that each start with the same list mark
// ("-", "•", "1.", "a)"), or that each are a line of their own with no
// mark, up to the first line that is none.
func findTermLists(d *doc.Document) termLists {
	tl := termLists{items: map[int]listIntro{}, told: map[string][]int{}, thatIntros: map[int]int{}}
	n := min(len(d.Parsed), len(d.Sentences))
	for si := 0; si < n; si++ {
		in, ok := readIntro(&d.Parsed[si])
		heading := false
		if !ok && headingLine(d, si) {
			in, ok = readHeading(&d.Parsed[si])
			heading = true
		}
		if !ok {
			continue
		}
		in.si = si
		kind, fresh, sub := "", true, false
		for sj := si + 1; sj < n && sj-si <= maxListItems; sj++ {
			if timeHeading(d, sj-1, sj) {
				kind, fresh, sub = "", true, true // "Within one month of the date of the final report:" over the items due then
				continue
			}
			if !fresh && kind != "" && sameLine(d, sj-1, sj) && !marked(d, sj) {
				continue // the rest of a marked item: "- Open warming centers … Both will be open 24 hours a day."
			}
			k, ok := itemMark(d, sj-1, sj)
			if (heading || sub) && fresh && k == "" {
				ok = false // a heading introduces only a list whose items are marked
			}
			if !ok || !fresh && k != kind {
				break
			}
			kind, fresh = k, false
			tl.items[sj] = in
			if in.clauses {
				tl.thatIntros[si] = in.pred
			}
		}
	}
	return tl
}

// withoutIntroducer drops from the clauses found in sentence si the one
// that only introduces the clauses listed after it ("Both governing
// bodies have agreed that:"): its terms are the items.
func (tl termLists) withoutIntroducer(si int, found []clause) []clause {
	out := found[:0:0]
	v, ok := tl.thatIntros[si]
	for _, c := range found {
		if !ok || c.verb != v {
			out = append(out, c)
		}
	}
	return out
}

// sameLine reports whether sentence sj starts on the line where sentence
// prev ends.
func sameLine(d *doc.Document, prev, sj int) bool {
	a, b := d.Sentences[prev].End, d.Sentences[sj].Start
	return a <= b && b <= len(d.Text) && strings.TrimSpace(d.Text[a:b]) == "" && !strings.Contains(d.Text[a:b], "\n")
}

// marked reports whether sentence sj opens with a list mark.
func marked(d *doc.Document, sj int) bool {
	sp := d.Sentences[sj]
	kind, _ := listMark(d.Text[sp.Start:sp.End])
	return kind != ""
}

// headingLine reports whether sentence si is a line of its own with no
// list mark, a heading when it has no closing mark.
func headingLine(d *doc.Document, si int) bool {
	sp := d.Sentences[si]
	if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
		return false
	}
	line := d.Text[sp.Start:sp.End]
	if kind, _ := listMark(line); kind != "" || strings.Contains(line, "\n") {
		return false // an item of a list, or a paragraph
	}
	before := strings.TrimRight(d.Text[:sp.Start], " \t")
	after := strings.TrimLeft(d.Text[sp.End:], " \t")
	return (before == "" || strings.HasSuffix(before, "\n")) && strings.HasPrefix(after, "\n")
}

// itemMark reports whether sentence sj, after sentence prev, is an item
// of a list, and the kind of its mark ("" for none).
func itemMark(d *doc.Document, prev, sj int) (string, bool) {
	sp := d.Sentences[sj]
	if d.Sentences[prev].End > sp.Start || sp.End > len(d.Text) {
		return "", false
	}
	gap := d.Text[d.Sentences[prev].End:sp.Start]
	item := d.Text[sp.Start:sp.End]
	if strings.TrimSpace(gap) != "" || strings.Contains(item, "\n") {
		return "", false // page furniture between, or a paragraph
	}
	kind, _ := listMark(item)
	if kind != "" {
		return kind, true // a mark may open an item on the introducer's own line: "agreed to: 1. withdraw …"
	}
	rest := d.Text[sp.End:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	if !strings.Contains(gap, "\n") || strings.TrimSpace(rest) != "" || strings.HasSuffix(item, ":") ||
		text.MoreWordsThan(item, maxItemWords) || !text.MoreWordsThan(item, 1) ||
		!fragment(&d.Parsed[sj], 0, len(d.Parsed[sj].Words)-1) && !itemLine(item) {
		return "", false // a line with no mark that is prose, a heading or a clause of its own ends the list
	}
	return "", true
}

// timeHeading reports whether sentence sj, right after sentence prev,
// is a line of its own that says by when the items under it are due and
// ends in a colon ("Within three months of the date of the final
// report:"): a heading inside a list of terms, no item and no end of it.
func timeHeading(d *doc.Document, prev, sj int) bool {
	sp := d.Sentences[sj]
	if d.Sentences[prev].End > sp.Start || sp.End > len(d.Text) || strings.TrimSpace(d.Text[d.Sentences[prev].End:sp.Start]) != "" {
		return false
	}
	line := d.Text[sp.Start:sp.End]
	s := &d.Parsed[sj]
	if !strings.HasSuffix(line, ":") || strings.Contains(line, "\n") || len(s.Words) == 0 || text.MoreWordsThan(line, maxItemWords) {
		return false
	}
	for _, w := range s.Words {
		if w.UPOS == "VERB" || w.UPOS == "AUX" {
			return false
		}
	}
	return timeOpeners[lower(s.Words[0].Form)]
}

// timeOpeners open a phrase that says by when.
var timeOpeners = WordSet("within by before after from until no immediately")

// itemLine reports whether a line reads as a list item whatever its parse:
// it opens in lower case or with a figure and has no closing stop ("30,000
// new council homes by 2031", as a web page's list gives its items), as
// neither a heading nor a sentence of prose does.
func itemLine(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	return (unicode.IsLower(r) || unicode.IsDigit(r)) && !strings.ContainsRune(".!?\"”", last)
}

// listNumberRe matches the number or letter that opens a list item: "1.",
// "2)", "(3)", "a)".
var listNumberRe = regexp.MustCompile(`^\(?(\d{1,3}|[a-z])([.)])\s+`)

// listMark returns the kind of the list mark item starts with ("-", "•",
// "1." is "number", "a)" is "letter"; "" for none) and its length in
// bytes with the space after it.
func listMark(item string) (kind string, n int) {
	if m := listNumberRe.FindStringSubmatch(item); m != nil {
		if r, _ := utf8.DecodeRuneInString(m[1]); unicode.IsDigit(r) {
			return "number" + m[2], len(m[0])
		}
		return "letter" + m[2], len(m[0])
	}
	r, size := utf8.DecodeRuneInString(item)
	if !strings.ContainsRune(listBullets, r) {
		return "", 0
	}
	rest := item[size:]
	if trimmed := strings.TrimLeft(rest, " \t"); len(trimmed) < len(rest) {
		return string(r), len(item) - len(trimmed)
	}
	return "", 0
}

// listBullets are the marks of an unnumbered list item.
const listBullets = "-–—•●▪◦‣⁃*·"

// fragment reports whether the words first to last of sentence s make no
// clause of their own: none of the words that head them has a subject and
// a tense ("free school meals for every pupil", "rail fares frozen until
// 2027", "keep every route, unless the council withdraws its subsidy"), so
// that what they commit to is told by the sentence that introduces them.
func fragment(s *syntax.Sentence, first, last int) bool {
	for k := first; k <= last; k++ {
		if h := s.Words[k].Head; h >= first && h <= last {
			continue
		}
		if firstChild(s, k, "nsubj", "nsubj:pass", "expl") < 0 {
			continue
		}
		switch s.Words[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
		if firstChild(s, k, "aux", "aux:pass", "cop") >= 0 {
			return false
		}
	}
	return true
}

// term drafts item si of a list of terms, in which no clause of its own
// commits, as a commitment of the introducer's actors, with the
// introducer's status (conditional when the item holds only on a
// condition) and the item's own dates.
func (tl termLists) term(d *doc.Document, r *actorResolver, ds []dates.Mark, si int) (briefing.Commitment, bool) {
	in := tl.items[si]
	s := &d.Parsed[si]
	first, last := itemWords(d, s)
	if first < 0 || onlyNames(s, first, last) {
		return briefing.Commitment{}, false // "- Kavran\n- Delmar": who, not what
	}
	ps, words := tl.actors(r, in)
	if len(ps) == 0 && len(words) == 0 {
		return briefing.Commitment{}, false
	}
	head := itemHead(s, first, last)
	status := in.status
	if status == "" {
		p, ok := commitVerbs[phrasalLemma(s, head)]
		if !ok || s.Words[head].UPOS != "VERB" || head != first {
			return briefing.Commitment{}, false // "- welcomed a memorandum …": no commitment of its own
		}
		status = p.status // "- agreed to set up a dialogue", "- pledged to raise trade"
	}
	c := clause{si: si, s: s, pred: head, verb: head, action: first, first: first, last: last, cond: -1, status: status}
	if k := proviso(s, first, last); k >= 0 {
		c.status, c.cond = briefing.StatusConditional, k // "…, unless the regulator orders a vessel out of service"
	}
	start, end := s.Bytes(first, last)
	item := oneLine(d.Text[start:end])
	verb := s.Words[head].Form
	if s.Words[head].UPOS != "VERB" {
		verb = in.s.Words[in.pred].Form
	}
	out := briefing.Commitment{
		Actors: words, Verb: verb, Status: c.status, Action: item, Counterparties: []string{},
		Spans: []briefing.Span{{Start: start, End: end}},
	}
	if len(ps) > 0 {
		out.Actors = r.names(ps)
		r.joint(ps, si) // "The two sides agreed to hold the next round" after the terms they agreed
	}
	body := in.stem(d.Text, item)
	none := func() (dates.Mark, bool) { return dates.Mark{}, false }
	var label string
	out.When, out.Deadline, label = commitmentTiming(d, ds, c, body, func(int) (dates.Mark, bool) { return none() }, none)
	if label != "" {
		body += " (" + label + ")"
	}
	out.Text = body + "."
	return out, true
}

// opensWithVerb reports whether list item si opens with the verb that
// heads it ("- agreed to set up a dialogue"): its subject is the
// introducer's.
func opensWithVerb(d *doc.Document, si int) bool {
	s := &d.Parsed[si]
	first, last := itemWords(d, s)
	return first >= 0 && itemHead(s, first, last) == first && s.Words[first].UPOS == "VERB"
}

// completesIntro reports whether list item si opens with the "to" or
// "that" that joins it to the introducer's verb ("the two sides agreed:"
// over "- that Maranthia will postpone the increase", "- to establish a
// working group, which will meet …"): the introducer tells what the item
// is, whatever clauses it holds.
func completesIntro(d *doc.Document, si int) bool {
	s := &d.Parsed[si]
	first, _ := itemWords(d, s)
	return first >= 0 && joiningWords[lower(s.Words[first].Form)]
}

// joiningWords join a list item to its introducer's verb.
var joiningWords = WordSet("to that")

// itemWords returns the first and last word of an item's terms: after its
// list mark, before the punctuation and conjunction that end it ("…;
// and"); -1 when there are none.
func itemWords(d *doc.Document, s *syntax.Sentence) (int, int) {
	_, n := listMark(d.Text[s.Start:s.End])
	first, last := 0, len(s.Words)-1
	for first <= last && (s.Words[first].Start < s.Start+n || s.Words[first].UPOS == "PUNCT") {
		first++
	}
	for last >= first && (s.Words[last].UPOS == "PUNCT" || s.Words[last].UPOS == "CCONJ") {
		last--
	}
	if first > last {
		return -1, -1
	}
	return first, last
}

// itemHead returns the word that heads an item's words: the first whose
// head lies outside them.
func itemHead(s *syntax.Sentence, first, last int) int {
	for k := first; k <= last; k++ {
		if h := s.Words[k].Head; h < first || h > last {
			return k
		}
	}
	return first
}

// onlyNames reports whether the words of an item are only names.
func onlyNames(s *syntax.Sentence, first, last int) bool {
	for _, w := range s.Words[first : last+1] {
		switch w.UPOS {
		case "PROPN", "DET", "CCONJ", "PUNCT", "ADP":
		default:
			return false
		}
	}
	return true
}

// proviso returns the word that opens a condition inside an item ("unless
// the regulator orders …", "provided the board agrees", "as long as"), or
// -1. The parse of a verbless item is unreliable, so the words decide.
func proviso(s *syntax.Sentence, first, last int) int {
	for k := first; k < last; k++ {
		switch lower(s.Words[k].Form) {
		case "unless", "if", "provided", "providing":
			return k
		case "as", "so":
			if k+2 <= last && lower(s.Words[k+1].Form) == "long" && lower(s.Words[k+2].Form) == "as" {
				return k
			}
		case "on":
			if lower(s.Words[k+1].Form) == "condition" {
				return k
			}
		}
	}
	return -1
}

// stem renders a term with the introducer's words: "The coalition
// agreement includes" + "rail fares frozen until 2027", "Key terms of the
// deal: rail fares frozen until 2027".
func (in listIntro) stem(src, item string) string {
	s := in.s
	n := in.end
	a, b := s.Bytes(0, n-1)
	lead := oneLine(src[a:b])
	if !in.joined || s.Words[n-1].UPOS == "NOUN" || placeholders[lower(s.Words[n-1].Form)] || n == len(s.Words) {
		return lead + ": " + item // "The deal includes the following: …"; a heading "What the offer includes: …"
	}
	if r, size := utf8.DecodeRuneInString(item); unicode.IsUpper(r) && size < len(item) {
		if r2, _ := utf8.DecodeRuneInString(item[size:]); unicode.IsLower(r2) {
			item = string(unicode.ToLower(r)) + item[size:] // "agreed to: Withdraw forces" reads "agreed to withdraw forces"
		}
	}
	return lead + " " + item
}

// actors returns who commits to the terms an introducer lists: its
// subject ("the merged company will:"), the owner or the makers of its
// commitment noun ("the union's offer", "the deal between A and B"), else
// the sides that agreed together last for an agreement, else the parties
// of the last commitment of the introducer's status.
func (tl termLists) actors(r *actorResolver, in listIntro) ([]int, []string) {
	s := in.s
	if k := in.subj; k >= 0 && termStatus(s.Words[k].Lemma) == "" {
		merged := hasChildLemma(s, k, futureEntities, "amod")
		if !merged {
			if ps := r.resolveAll(s, in.si, []int{k}); len(ps) > 0 {
				return ps, nil
			}
		}
		if merged || s.Words[k].XPOS == "NNS" && firmNouns[s.Words[k].Lemma] {
			if ps := r.mergingFirms(in.si); len(ps) > 0 {
				return ps, nil // "the merged company will:", "the companies have undertaken to:" in a merger's story
			}
		}
		if sides := r.lastJoint(); len(sides) > 0 && s.Words[k].XPOS == "NNS" && sideNouns[s.Words[k].Lemma] {
			return sides, nil // "The parties agreed to:" after "Kavran and Delmar signed a truce"
		}
		return nil, r.unnamedActors(s, in.si, []int{k})
	}
	if k := in.noun; k >= 0 {
		heads := s.ChildrenWith(k, "nmod:poss")
		if len(heads) == 0 {
			heads = nounMakers(s, k, in.status)
		}
		if ps := r.resolveAll(s, in.si, heads); len(ps) > 0 {
			return ps, nil
		}
	}
	if in.status == briefing.StatusAgreed || in.status == briefing.StatusSigned {
		if sides := r.lastJoint(); len(sides) > 0 {
			return sides, nil
		}
		if ps := tl.told[briefing.StatusSigned]; len(ps) > 0 {
			return ps, nil
		}
	}
	return tl.told[in.status], nil
}

// announcer returns who announced the list that sentence si is an item
// of ("The ministry announced the following measures:"), as parties or
// as the words drafted for them; nothing when si is no item of such a
// list.
func (tl termLists) announcer(r *actorResolver, si int) ([]int, []string) {
	in, ok := tl.items[si]
	if !ok || in.pred < 0 || !announcesList(in.s, in.pred) {
		return nil, nil
	}
	return tl.actors(r, in)
}

// resolveAll returns the parties that the phrases headed by heads, and
// their conjuncts, name ("Ostrany and Belmora agreed the following:").
func (r *actorResolver) resolveAll(s *syntax.Sentence, si int, heads []int) []int {
	var ps []int
	for _, h := range withConjuncts(s, heads) {
		got, _ := r.resolve(s, si, h)
		for _, p := range got {
			ps = appendPartyIdx(ps, p)
		}
	}
	return ps
}

// sideNouns name the sides of an agreement.
var sideNouns = WordSet("party side signatory")

// record notes the parties of a commitment drafted with a status.
func (tl termLists) record(status string, ps []int) {
	if len(ps) > 0 {
		tl.told[status] = ps
	}
}

// maxListItems bounds the items of one list; maxItemWords bounds an item
// with no mark, a longer line being prose.
const (
	maxListItems = 20
	maxItemWords = 30
)
