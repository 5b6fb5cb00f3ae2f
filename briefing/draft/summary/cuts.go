package summary

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// The parts of a news sentence a summary may leave out without changing
// what it says: each rule below finds one construction of news writing in
// the parse and returns the byte ranges to drop. A range takes the
// punctuation that sets the part off, so that what is left reads as a
// sentence: "Group Menatep, the holding company that controls Yukos, says"
// loses ", the holding company that controls Yukos," and keeps " says".

// CutRange is a half-open byte range of the text to leave out; named
// marks a cut that names who said what ("…, Mr Mandelson said"), which
// a summary keeps; describes is the name an aside says who or what is
// ("Mara Quist, general secretary of the union, said"), which a summary
// keeps until an item before has named it; day marks a cut that names
// the day of the news by its weekday ("on Tuesday"), which may go while
// that day is past (see pastDay).
type CutRange struct {
	Start, End int
	named      bool
	describes  string
	day        bool
}

// Limits that keep a cut an aside rather than the body of the sentence.
const (
	maxAsideWords = 20 // a bracketed, dashed or comma-delimited aside
	maxTailWords  = 12 // an attribution tail (", the company said in a statement")
	maxLeadWords  = 10 // a leading "According to …," phrase
)

// ReportingVerbs are the lemmas of the verbs that attribute a statement.
var ReportingVerbs = text.SetOf("say", "tell", "report", "announce", "add", "warn", "claim", "state", "confirm",
	"insist", "argue", "explain", "note", "write", "predict", "estimate", "suggest", "reveal", "admit",
	"acknowledge", "believe", "think", "allege", "comment", "conclude", "caution", "stress", "indicate", "show")

// discourseOpeners are the connectives that tie a sentence to the one
// before it and that a sentence read alone does without; each is a
// sequence of lower-case words.
var discourseOpeners = [][]string{
	{"however"}, {"meanwhile"}, {"moreover"}, {"furthermore"}, {"additionally"}, {"separately"},
	{"nevertheless"}, {"nonetheless"}, {"indeed"}, {"also"}, {"but"}, {"and"}, {"still"},
	{"in", "addition"}, {"in", "fact"}, {"on", "the", "other", "hand"}, {"by", "contrast"},
	{"in", "contrast"}, {"at", "the", "same", "time"},
}

// bareOpeners may open a sentence without a comma after them ("But critics
// say …").
var bareOpeners = text.SetOf("but", "and")

// interjections are the connectives set off by commas inside a sentence
// ("Wine makers, however, claimed …").
var interjections = text.SetOf("however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless",
	"indeed", "though")

// parsed is a sentence's parse with the helpers the cut rules share.
type parsed struct {
	*syntax.Sentence
	text string
	last int // index of the last word that is not the closing punctuation
}

func newParsed(text string, s *syntax.Sentence) parsed {
	last := len(s.Words) - 1
	for last >= 0 && isClosingMark(s.Words[last].Form) {
		last--
	}
	return parsed{Sentence: s, text: text, last: last}
}

// isClosingMark reports whether a word is the mark that ends a sentence or
// a closing quotation mark after it.
func isClosingMark(f string) bool {
	return strings.Trim(f, ".!?\"”’'") == ""
}

// form returns word i as written, or "" past either end.
func (p parsed) form(i int) string {
	if i < 0 || i >= len(p.Words) {
		return ""
	}
	return p.Words[i].Form
}

func (p parsed) lower(i int) string { return strings.ToLower(p.form(i)) }
func (p parsed) is(i int, forms ...string) bool {
	if i < 0 || i >= len(p.Words) {
		return false
	}
	for _, f := range forms {
		if p.Words[i].Form == f {
			return true
		}
	}
	return false
}

// phrase returns the first and last words of the phrase word i heads: its
// subtree without the commas the parser hung at its edges.
func (p parsed) phrase(i int) (first, last int) {
	first, last = p.Subtree(i)
	for first < i && p.is(first, ",") {
		first++
	}
	for last > i && p.is(last, ",") {
		last--
	}
	return first, last
}

// between returns the text from the end of word a to the start of word b.
func (p parsed) between(a, b int) string { return p.text[p.Words[a].End:p.Words[b].Start] }

// holdsRoot reports whether words first..last hold the root of the sentence.
func (p parsed) holdsRoot(first, last int) bool {
	r := p.Root()
	return r >= first && r <= last
}

// wordsIn counts the words (not marks) among words first..last.
func (p parsed) wordsIn(first, last int) int {
	n := 0
	for k := first; k <= last; k++ {
		if p.Words[k].UPOS != "PUNCT" && p.Words[k].UPOS != "SYM" {
			n++
		}
	}
	return n
}

// hasClause reports whether words first..last hold a clause with its own
// subject that is not a relative clause: "- since then, games have become
// more complex" is a second sentence, not an aside; "- a system some
// hearing aids use" is an aside.
func (p parsed) hasClause(first, last int) bool {
	for k := first; k <= last; k++ {
		w := p.Words[k]
		if RelAmong(w.Rel, "nsubj", "expl") && w.Head >= first && w.Head <= last && !RelAmong(p.Words[w.Head].Rel, "acl") {
			return true
		}
	}
	return false
}

// finiteVerb reports whether words first..last hold a verb in a finite
// past or present tense: a dash before them goes on with the sentence's
// own act ("fought back tears - then promised to run the marathon").
func (p parsed) finiteVerb(first, last int) bool {
	for k := first; k <= last; k++ {
		switch w := p.Words[k]; w.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "VBN":
			if RelAmong(w.Rel, "parataxis", "conj") && w.Head < first {
				return true // a past form the tagger read as a participle, joined to the clause before
			}
		}
	}
	return false
}

// names reports whether words first..last hold a proper name.
func (p parsed) names(first, last int) bool {
	for k := first; k <= last; k++ {
		if p.Words[k].UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// quoted reports whether words first..last hold a quotation mark: a cut
// there would leave a quotation open or unattributed.
func (p parsed) quoted(first, last int) bool {
	return strings.ContainsAny(p.text[p.Words[first].Start:p.Words[last].End], "\"“”")
}

// parentheticals finds bracketed asides: "(WTO)", "($136m; £72.3m)",
// "(R&D)". The range takes the space before the bracket.
func parentheticals(p parsed) []CutRange {
	var out []CutRange
	for i := 1; i < len(p.Words); i++ {
		if !p.is(i, "(", "[") || p.between(i-1, i) == "" {
			continue
		}
		closer := map[string]string{"(": ")", "[": "]"}[p.form(i)]
		depth, j := 0, i
		for ; j < len(p.Words); j++ {
			switch p.form(j) {
			case p.form(i):
				depth++
			case closer:
				depth--
			}
			if depth == 0 {
				break
			}
		}
		if j >= len(p.Words) || j-i-1 > maxAsideWords || p.holdsRoot(i, j) || p.quoted(i, j) {
			continue
		}
		out = append(out, CutRange{p.Words[i-1].End, p.Words[j].End, false, "", false})
		i = j
	}
	return out
}

// isDash reports whether word i is a dash with space on both sides.
func (p parsed) isDash(i int) bool {
	return p.is(i, "-", "–", "—", "--") && i > 0 && i+1 < len(p.Words) &&
		p.between(i-1, i) != "" && p.between(i, i+1) != ""
}

// dashAsides finds asides set off by spaced dashes: "Venezuela - the
// world's fifth largest oil exporter - sells …", or one dash running to the
// end of the sentence. The range takes the space before the first dash.
func dashAsides(p parsed) []CutRange {
	var out []CutRange
	for i := 1; i <= p.last; i++ {
		if !p.isDash(i) {
			continue
		}
		j := i + 1
		for j <= p.last && !p.isDash(j) {
			j++
		}
		end := j
		if j > p.last { // no closing dash: the aside runs to the end
			end = p.last
		}
		if j > p.last && (i < 3 || p.Words[i+1].UPOS == "CCONJ" || p.hasClause(i+1, end) || p.finiteVerb(i+1, end)) || end-i < 2 || p.wordsIn(i+1, end) == 0 || p.wordsIn(i+1, end) > maxAsideWords ||
			p.holdsRoot(i, end) || p.quoted(i, end) {
			i = j
			continue
		}
		c := CutRange{p.Words[i-1].End, p.Words[min(j, p.last)].End, false, "", false}
		if p.Words[i-1].UPOS == "PROPN" {
			c.describes = p.Words[i-1].Form
		}
		out = append(out, c)
		i = j
	}
	return out
}

// commaAsides finds the asides set off by commas inside a sentence that
// describe a name already given or add a non-restrictive clause: an
// appositive after a proper name ("Group Menatep, the Gibraltar-based
// holding company, says"), a clause opened by which or who ("The firm,
// which serves Buenos Aires, wants …"). The range runs from the first comma
// to the second, so the space after it stays.
func commaAsides(p parsed) []CutRange {
	var out []CutRange
	for i, w := range p.Words {
		if w.Head < 0 {
			continue
		}
		first, last := p.phrase(i)
		if !p.is(first-1, ",") || !p.is(last+1, ",") || last+1 > p.last || first-1 <= w.Head && w.Head <= last+1 {
			continue
		}
		if p.wordsIn(first, last) > maxAsideWords || p.holdsRoot(first, last) || p.quoted(first, last) {
			continue
		}
		head := p.Words[w.Head]
		appositive := w.Rel == "appos" && head.UPOS == "PROPN" && w.UPOS != "PROPN" && w.Head < first
		relative := w.Rel == "acl:relcl" && w.Head < first && (p.lower(first) == "which" || p.lower(first) == "who")
		if (appositive || relative) && p.subjectOf(w.Head, last+2) {
			c := CutRange{p.Words[first-1].Start, p.Words[last+1].End, false, "", false}
			if head.UPOS == "PROPN" {
				c.describes = head.Form
			}
			out = append(out, c)
		}
	}
	return out
}

// subjectOf reports whether word a is the subject of the clause whose
// verb group starts at word v ("Group Menatep, …, says": Menatep is the
// subject of says), so that an aside between them can go without the
// commas around it changing what the words after it attach to.
func (p parsed) subjectOf(a, v int) bool {
	if v >= len(p.Words) || !RelAmong(p.Words[a].Rel, "nsubj") {
		return false
	}
	h := p.Words[a].Head
	return h == v || h > v && RelAmong(p.Words[v].Rel, "aux", "cop") && p.Words[v].Head == h
}

// interjected finds connectives set off by commas inside a sentence ("Wine
// makers, however, claimed …") or closing it ("…, however.").
func interjected(p parsed) []CutRange {
	var out []CutRange
	for i := 2; i <= p.last; i++ {
		if !interjections[p.lower(i)] || !p.is(i-1, ",") {
			continue
		}
		switch {
		case p.is(i+1, ",") && RelAmong(p.Words[min(i+2, len(p.Words)-1)].Rel, "cc", "mark"):
			out = append(out, CutRange{p.Words[i-1].Start, p.Words[i].End, false, "", false}) // ", however, so …" → ", so …"
		case p.is(i+1, ","):
			out = append(out, CutRange{p.Words[i-1].Start, p.Words[i+1].End, false, "", false})
		case i == p.last:
			out = append(out, CutRange{p.Words[i-1].Start, p.Words[i].End, false, "", false})
		}
	}
	return out
}

// discourseOpener finds a connective opening the sentence ("However,",
// "In addition,", "But") and the range up to the next word.
func discourseOpener(p parsed) []CutRange {
	for _, seq := range discourseOpeners {
		n := len(seq)
		if n >= p.last {
			continue
		}
		match := true
		for k, w := range seq {
			match = match && p.lower(k) == w
		}
		if !match {
			continue
		}
		next := n
		if p.is(n, ",") {
			next = n + 1
		} else if n > 1 || !bareOpeners[seq[0]] {
			continue
		}
		if n == 1 && !RelAmong(p.Words[0].Rel, "advmod", "cc", "discourse") {
			continue
		}
		return []CutRange{{p.Words[0].Start, p.Words[next].Start, false, "", false}}
	}
	return nil
}

// RelAmong reports whether rel, or rel without its subtype, is one of rels.
func RelAmong(rel string, rels ...string) bool {
	base, _, _ := strings.Cut(rel, ":")
	for _, r := range rels {
		if rel == r || base == r {
			return true
		}
	}
	return false
}

// leadingAccording finds a sentence opened by its source: "According to the
// ministry, exports fell" loses "According to the ministry, ".
func leadingAccording(p parsed) []CutRange {
	if p.lower(0) != "according" || !p.is(1, "to") {
		return nil
	}
	for k := 2; k <= p.last && k <= maxLeadWords; k++ {
		if p.is(k, ",") {
			if k+1 > p.last || p.holdsRoot(0, k) {
				return nil
			}
			return []CutRange{{p.Words[0].Start, p.Words[k+1].Start, p.names(2, k), "", false}}
		}
	}
	return nil
}

// sourceTail finds the source named after the statement, at the end of
// the sentence: ", a charity has warned", ", reports say", ", according to
// a statement", ", said Mr Smith". The tail must be a reporting clause and
// nothing more (no complement of its own), and the statement before it a
// sentence in its own right, not a quotation. The range runs from the comma
// to the closing mark.
func sourceTail(p parsed) []CutRange {
	c := -1
	for k := p.last; k > 0; k-- {
		if p.is(k, ",") {
			c = k
			break
		}
	}
	if c < 4 || c >= p.last || p.last-c > maxTailWords || p.quoted(0, p.last) || p.holdsRoot(c, p.last) && !reportingRoot(p, c) {
		return nil
	}
	if p.lower(c+1) == "according" && p.is(c+2, "to") || reportingClause(p, c+1) || plainTail(p, c+1) {
		return []CutRange{{p.Words[c].Start, p.Words[p.last].End, p.names(c+1, p.last), "", false}}
	}
	return nil
}

// reportingRoot reports whether the parser took the reporting verb of a
// tail as the root of the sentence: the statement before the comma then
// hangs from it as its complement ("Sales fell, the firm said": said ←
// fell).
func reportingRoot(p parsed, c int) bool {
	r := p.Root()
	if !ReportingVerbs[strings.ToLower(p.Words[r].Lemma)] {
		return false
	}
	for k := 0; k < c; k++ {
		if p.Words[k].Head == r && RelAmong(p.Words[k].Rel, "ccomp", "parataxis") {
			return true
		}
	}
	return false
}

// plainTail reports whether words from..last are a short speaker and a
// reporting verb in either order, however the parser attached them: "Mr
// Mandelson said", "said Mr Smith", "the ministry added".
func plainTail(p parsed, from int) bool {
	first, last := from, p.last
	switch {
	case ReportingVerbs[strings.ToLower(p.Words[last].Lemma)] && p.Words[last].UPOS == "VERB":
		last--
	case ReportingVerbs[strings.ToLower(p.Words[first].Lemma)] && p.Words[first].UPOS == "VERB":
		first++
	default:
		return false
	}
	if last < first || last-first >= 6 {
		return false
	}
	for k := first; k <= last; k++ {
		switch p.Words[k].UPOS {
		case "DET", "PROPN", "NOUN", "ADJ", "PRON", "PART":
		default:
			return false
		}
	}
	return true
}

// reportingClause reports whether words from..last are one reporting clause:
// a reporting verb with its subject, auxiliaries and at most an indirect
// object or a phrase of place or manner ("told the BBC", "said in a
// statement"), with no complement clause of its own.
func reportingClause(p parsed, from int) bool {
	v := -1
	for k := from; k <= p.last; k++ {
		if p.Words[k].UPOS == "VERB" && ReportingVerbs[strings.ToLower(p.Words[k].Lemma)] {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	subject := false
	for k := from; k <= p.last; k++ {
		w := p.Words[k]
		if k == v || w.UPOS == "PUNCT" {
			continue
		}
		if !p.Dominates(v, k) {
			return false
		}
		if w.Head == v {
			switch {
			case RelAmong(w.Rel, "nsubj"):
				subject = true
			case RelAmong(w.Rel, "ccomp", "xcomp", "advcl", "csubj"):
				return false
			}
		}
	}
	return subject
}
