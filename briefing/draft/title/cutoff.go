package title

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/summary"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// DanglingEnds are words a headline cannot end on: articles,
// prepositions, conjunctions, auxiliaries, adjectives that take an
// infinitive ("will be able") and the like, whose phrase goes on after
// them.
var DanglingEnds = text.SetOf("the", "a", "an", "of", "to", "in", "on", "and", "or", "but", "nor", "with", "for", "during",
	"by", "at", "from", "as", "into", "about", "against", "over", "under", "than", "between", "via", "per",
	"after", "before", "if", "unless", "because", "while", "whether", "although", "though", "that", "which", "who",
	"whose", "whom", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "is", "are", "was",
	"were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
	"must", "shall", "not", "no", "some", "any", "every", "each", "such", "very", "more", "most", "less", "able", "unable",
	"likely", "unlikely", "willing", "unwilling")

// requiredRels are the relations of the words that complete the word they
// hang on: a verb without its object, a name without its last part, a
// number without what it counts.
var requiredRels = text.SetOf("obj", "iobj", "xcomp", "ccomp", "flat", "fixed", "compound", "goeswith")

// leaningRels are the relations of a word that needs the word it hangs on
// after it: a subject before its verb, a determiner, a modifier before its
// noun.
var leaningRels = text.SetOf("nsubj", "compound", "flat", "amod", "det", "nummod", "nmod:poss", "case", "cc", "mark",
	"aux", "cop")

// complementVerbs take a complement that says what the subject is or
// becomes; a headline cannot stop after them.
var complementVerbs = text.SetOf("stay", "remain", "become", "seem", "appear", "prove", "turn", "grow", "get", "keep", "look",
	"sound", "feel")

// CutOff reports whether a headline built from sentence si stops inside
// a phrase: it ends on an article, a preposition, a conjunction or an
// auxiliary; it leaves a bracket or a quotation open; or, read in the
// sentence it came from, its last word is a verb whose object, a name
// whose last part, a number whose noun or a word whose head comes right
// after it.
func CutOff(d *doc.Document, si int, title string) bool {
	f := strings.Fields(title)
	if len(f) == 0 {
		return true
	}
	last := strings.Trim(f[len(f)-1], ",;:.!?\"“”‘’'")
	if DanglingEnds[last] && !closesSentence(d, si, f) || Unbalanced(title) { // as written: "in May" is no modal
		return true
	}
	if si < 0 || si >= len(d.Parsed) {
		return false
	}
	if si < len(d.Sentences) && text.OneLineText(strings.TrimRight(d.Text[d.Sentences[si].Start:d.Sentences[si].End], ".!?")) == title {
		return false // the whole sentence, whatever its parse
	}
	s := &d.Parsed[si]
	if !hasFinite(s, f) {
		return true // "The spending plans drawn up": a verb of the clause, not the clause
	}
	l := lastWordAt(s, f)
	if l < 0 || l+1 >= len(s.Words) {
		return false
	}
	return stopsBefore(s, l, l+1)
}

// closesSentence reports whether the last word of headline words f is
// the last word of sentence si, a word of a clause and no function word
// waiting for its phrase ("the summit is over."): the headline ends where
// the sentence does.
func closesSentence(d *doc.Document, si int, f []string) bool {
	if si < 0 || si >= len(d.Parsed) {
		return false
	}
	s := &d.Parsed[si]
	l := lastWordAt(s, f)
	if l < 0 || s.Words[l].UPOS != "ADV" && s.Words[l].UPOS != "ADJ" {
		return false
	}
	for k := l + 1; k < len(s.Words); k++ {
		if s.Words[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// stopsBefore reports whether a phrase that ends on word l of a parsed
// sentence leaves out word n, the word after it, that it needs.
func stopsBefore(s *syntax.Sentence, l, n int) bool {
	lw, nw := s.Words[l], s.Words[n]
	if opensQuotation(s, n) && verbUse(s, l) {
		return true // "vows | 'nobody will be left behind'": the quotation is what is said
	}
	if nw.UPOS == "PUNCT" {
		return false
	}
	switch {
	case nw.Head == l && hasRel(requiredRels, nw.Rel), lw.Head > l && hasRel(leaningRels, lw.Rel):
		return true
	case lw.UPOS == "PROPN" && nw.UPOS == "PROPN", startsUpper(lw.Form) && startsUpper(nw.Form):
		return true // a name cut: "President George | W Bush"
	case strings.EqualFold(nw.Form, "to") && nw.UPOS == "PART" && awaitsInfinitive(s, l):
		return true // "agreed on Monday | to reopen the crossing"
	case summary.ReportingVerbs[strings.ToLower(nw.Lemma)] && nw.UPOS == "VERB":
		return true // "the company | announced"
	case lw.UPOS == "NUM" && (strings.EqualFold(nw.Form, "of") || nw.UPOS == "NOUN"):
		return true
	case verbUse(s, l) && nw.UPOS != "ADP" && nw.UPOS != "CCONJ" && nw.UPOS != "SCONJ" && nw.UPOS != "ADV":
		return nw.UPOS != "VERB" || nw.XPOS == "VBG" || nw.XPOS == "VB"
	case verbUse(s, l) && (strings.EqualFold(nw.Form, "to") || strings.EqualFold(nw.Form, "that")):
		return true // "vowed | to …", "signalled | that …"
	case complementVerbs[strings.ToLower(lw.Lemma)] && nw.UPOS != "ADP" && nw.UPOS != "CCONJ" && nw.UPOS != "SCONJ":
		return true // "would stay | high"
	case (lw.UPOS == "NOUN" || lw.UPOS == "PROPN" || lw.UPOS == "PRON") && nw.UPOS == "VERB" && nw.XPOS != "VBG" && !summary.RelAmong(nw.Rel, "acl"),
		(lw.UPOS == "NOUN" || lw.UPOS == "PROPN" || lw.UPOS == "PRON") && nw.UPOS == "AUX":
		return true // "the company | announced", "after a car | was driven"
	}
	return false
}

// opensQuotation reports whether word n of a parsed sentence is a
// quotation mark that opens a quotation: a space before it and a word
// right after it.
func opensQuotation(s *syntax.Sentence, n int) bool {
	w := s.Words[n]
	return strings.Contains("'\"‘“", w.Form) && w.Form != "" && n > 0 && s.Words[n-1].End < w.Start &&
		n+1 < len(s.Words) && s.Words[n+1].Start == w.End && s.Words[n+1].UPOS != "PUNCT"
}

// infinitiveVerbs say what is agreed, promised or decided in the
// infinitive after them; a headline cannot stop before it.
var infinitiveVerbs = text.SetOf("agree", "pledge", "vow", "promise", "undertake", "commit", "decide", "vote", "plan",
	"refuse", "threaten", "resolve", "offer", "aim", "seek", "hope")

// verbUse reports whether word l is used as a verb: tagged one, and not
// a form in -ing after a determiner, as a noun is ("a court ruling").
func verbUse(s *syntax.Sentence, l int) bool {
	if s.Words[l].UPOS != "VERB" {
		return false
	}
	if s.Words[l].XPOS != "VBG" {
		return true
	}
	for k := l - 1; k >= 0 && k >= l-2; k-- {
		switch s.Words[k].UPOS {
		case "DET":
			return false
		case "NOUN", "ADJ", "PROPN":
		default:
			return true
		}
	}
	return true
}

// awaitsInfinitive reports whether the last verb at or before word l of a
// parsed sentence is one of infinitiveVerbs with no infinitive after it up
// to l ("agreed on Monday", not "pledged to double trade").
func awaitsInfinitive(s *syntax.Sentence, l int) bool {
	for k := l; k >= 0; k-- {
		w := s.Words[k]
		if strings.EqualFold(w.Form, "to") && w.UPOS == "PART" {
			return false
		}
		if w.UPOS == "VERB" {
			return infinitiveVerbs[strings.ToLower(w.Lemma)]
		}
	}
	return false
}

// hasFinite reports whether a headline of words f holds a finite verb or
// auxiliary of the parsed sentence it came from (a verb form of verbWords
// or in -ed the parser did not take for a noun, or did before "to",
// counts too: it may tag "cut", "slipped" or "plans to" otherwise), or the present of a commitment verb a headline
// puts in its place ("agree").
func hasFinite(s *syntax.Sentence, f []string) bool {
	words := map[string]bool{}
	for _, w := range f {
		w = strings.Trim(w, ",;:.!?\"“”‘’'()")
		words[w] = true
		if lw := strings.ToLower(w); presentForms[lw] || presentForms[strings.TrimSuffix(lw, "s")] || presentForms[strings.TrimSuffix(lw, "ies")+"y"] {
			return true
		}
	}
	for k, w := range s.Words {
		noun := (w.UPOS == "NOUN" || w.UPOS == "PROPN") && (k+1 >= len(s.Words) || !strings.EqualFold(s.Words[k+1].Form, "to"))
		if words[w.Form] && (w.XPOS == "VBD" || w.XPOS == "VBZ" || w.XPOS == "VBP" || w.XPOS == "MD" ||
			!noun && text.VerbForm(w.Form, w.Form != f[0])) {
			return true
		}
	}
	return false
}

// presentForms are the verbs a commitment headline puts in the present.
var presentForms = text.SetOf("agree", "sign", "pledge", "vow", "promise", "ratify", "commit", "swear", "undertake")

// lastWordAt returns the index in s of the word a headline of words f
// ends on: the first place its last two words stand side by side, else
// the first place its last word stands, or -1.
func lastWordAt(s *syntax.Sentence, f []string) int {
	clean := func(w string) string { return strings.Trim(w, ",;:.!?\"“”‘’'()") }
	lastW := clean(f[len(f)-1])
	prev := ""
	if len(f) > 1 {
		prev = clean(f[len(f)-2])
	}
	alone := -1
	for k, w := range s.Words {
		if clean(w.Form) != lastW || lastW == "" {
			continue
		}
		if prev != "" && k > 0 && clean(s.Words[k-1].Form) == prev {
			return k
		}
		if alone < 0 {
			alone = k
		}
	}
	return alone
}

// Unbalanced reports whether a text leaves a bracket or a quotation open.
func Unbalanced(s string) bool {
	return strings.Count(s, "(") != strings.Count(s, ")") || strings.Count(s, "[") != strings.Count(s, "]") ||
		strings.Count(s, "\"")%2 == 1 || strings.Count(s, "“") != strings.Count(s, "”")
}

// startsUpper reports whether a word starts with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// hasRel reports whether rel, or rel without its subtype, is in rels.
func hasRel(rels map[string]bool, rel string) bool {
	base, _, _ := strings.Cut(rel, ":")
	return rels[rel] || rels[base]
}
