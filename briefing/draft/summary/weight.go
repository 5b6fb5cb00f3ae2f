package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// leanOnWeight is the rank kept by a sentence that leans on the one before
// it when that one is not in the summary.
const leanOnWeight = 0.5

// personPronouns are the subjects that stand for a person the sentence
// before names.
var personPronouns = text.SetOf("he", "she")

// needsBefore reports whether sentence si cannot stand in a summary
// without the sentence before it: its subject is "he" or "she", who that
// one names, it ends a quotation that one opened ("We are not bluffing,"
// she told reporters), or it is a quotation whose speaker that one names.
func needsBefore(d *doc.Document, si int) bool {
	sp := d.Sentences[si]
	s := d.Text[sp.Start:sp.End]
	return personPronounSubject(d, si) || continuesQuotation(s) || unattributedQuotation(s) || withinQuotation(d.Text, sp.Start) ||
		shortReply(d, si)
}

// listBullets are the marks that open the items of a list.
const listBullets = "-–•*‣"

// listedAfterLeadIn reports whether the sentence at offset i is an item of
// a list that opens in lower case under a lead-in ending in a colon
// ("Under the agreement, both governments will:" above "- hold a joint
// cyber exercise in spring 2027"): a fragment whose subject and verb only
// the lead-in gives.
func listedAfterLeadIn(t string, i int) bool {
	start := strings.LastIndex(t[:i], "\n") + 1
	item := strings.TrimLeft(t[start:], " \t"+listBullets)
	if r, _ := utf8.DecodeRuneInString(item); !unicode.IsLower(r) || start == 0 {
		return false
	}
	for end := start - 1; end > 0; {
		from := strings.LastIndex(t[:end], "\n") + 1
		line := strings.TrimSpace(t[from:end])
		switch {
		case strings.HasSuffix(line, ":"):
			return true
		case line != "" && !strings.ContainsRune(listBullets, []rune(line)[0]):
			return false // a line of prose between: no lead-in
		}
		end = from - 1
	}
	return false
}

// shortReply reports whether sentence si says at most maxReplyWords words
// after its speaker's label ("GRACE ADEYEMI: It is."): an answer that only
// the question before it makes sense of.
func shortReply(d *doc.Document, si int) bool {
	if si >= len(d.Parsed) || len(d.Parsed[si].Words) == 0 {
		return false
	}
	p := newParsed(d.Text, &d.Parsed[si])
	from := speakerLabel(p)
	if from == 0 {
		return false // "Leaders went home.": no one's turn
	}
	n := 0
	for _, w := range p.Words[from:] {
		if w.UPOS != "PUNCT" {
			n++
		}
	}
	return n <= maxReplyWords
}

// maxReplyWords is the most words of a reply that leans on its question.
const maxReplyWords = 3

// withinQuotation reports whether offset i lies inside a quotation that a
// sentence before it in the same paragraph opened and left open
// ("President Ines Valcárcel: "Twenty-six member states were ready. One
// was not."): the sentence at i is the quotation's next, whose speaker
// only the sentence before names.
func withinQuotation(text string, i int) bool {
	before := text[strings.LastIndex(text[:i], "\n")+1 : i]
	return strings.Count(before, "\"")%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
}

// unattributedQuotation reports whether a sentence is one quotation and
// nothing else, so that who speaks it only the sentence before says ("But
// if the company breaks its word, we will strike.").
func unattributedQuotation(s string) bool {
	s = strings.TrimSpace(s)
	marks := strings.Count(s, "\"") + strings.Count(s, "“") + strings.Count(s, "”")
	open, _ := utf8.DecodeRuneInString(s)
	end, _ := utf8.DecodeLastRuneInString(s)
	return marks == 2 && (open == '"' || open == '“') && (end == '"' || end == '”')
}

// personPronounSubject reports whether the subject of sentence si's main
// verb is "he" or "she".
func personPronounSubject(d *doc.Document, si int) bool {
	p, subjects := rootChildren(d, si, "nsubj")
	for _, k := range subjects {
		if personPronouns[strings.ToLower(p.Words[k].Form)] {
			return true
		}
	}
	return false
}

// leansOnPrevious reports whether sentence si needs the sentence before it
// to be understood: its subject is a personal or demonstrative pronoun ("It
// is reported to be keen …", "This was illegal"), a noun a pronoun
// possesses ("Its general secretary said …") or a noun the sentence before
// named ("… signed an agreement. The agreement contains …"), which a
// summary sentence should not leave without its referent.
func leansOnPrevious(d *doc.Document, si int) bool {
	p, subjects := rootChildren(d, si, "nsubj", "expl")
	for _, k := range subjects {
		if w := p.Words[k]; w.UPOS == "PRON" || w.XPOS == "DT" && len(p.Children(k)) == 0 || namedBefore(d, si, k) {
			return true
		}
		for _, c := range p.ChildrenWith(k, "nmod:poss") {
			if p.Words[c].UPOS == "PRON" {
				return true
			}
		}
	}
	return false
}

// rootChildren returns the parse of sentence si and the words that hang
// from its main verb with one of rels; no words when it has no parse.
func rootChildren(d *doc.Document, si int, rels ...string) (*syntax.Sentence, []int) {
	if si >= len(d.Parsed) {
		return nil, nil
	}
	p := &d.Parsed[si]
	r := p.Root()
	if r < 0 {
		return p, nil
	}
	return p, p.ChildrenWith(r, rels...)
}

// namedBefore reports whether word k of sentence si is a common noun
// after "the", "this" or "that" alone ("The agreement contains …") whose
// lemma the sentence before names: the subject refers back to it.
func namedBefore(d *doc.Document, si, k int) bool {
	p := &d.Parsed[si]
	w := p.Words[k]
	if si == 0 || si-1 >= len(d.Parsed) || w.UPOS != "NOUN" || len(p.Children(k)) != 1 {
		return false
	}
	if det := p.Words[p.Children(k)[0]]; det.Rel != "det" || !text.SetOf("the", "this", "that")[strings.ToLower(det.Form)] {
		return false
	}
	for _, v := range d.Parsed[si-1].Words {
		if v.UPOS == "NOUN" && strings.EqualFold(v.Lemma, w.Lemma) {
			return true
		}
	}
	return false
}

// maxThinPredicate is the most words a main clause's predicate holds when
// it says nothing but that its subject acted ("voted against", "abstained").
const maxThinPredicate = 2

// thinPredicate reports whether the main clause of sentence si says no
// more than that its subject acted: its main verb and at most
// maxThinPredicate words past the subject and the punctuation ("The ward's
// councillor, who sits for the Greens, voted against.", "Nobody was
// hurt."). It names who, not what happened: no summary item after the
// lead. A subject that holds a verb other than a relative clause's is
// taken for a misparse that swallowed the clause: such a sentence is not
// thin.
func thinPredicate(d *doc.Document, si int) bool {
	p, subjects := rootChildren(d, si, "nsubj", "nsubj:pass", "expl")
	if p == nil || len(subjects) == 0 || p.Words[p.Root()].UPOS != "VERB" && p.Words[p.Root()].UPOS != "ADJ" {
		return false
	}
	n := 0
	for k, w := range p.Words {
		in := false
		for _, s := range subjects {
			in = in || p.Dominates(s, k)
		}
		switch {
		case in && w.UPOS == "VERB" && !RelAmong(w.Rel, "acl:relcl"):
			return false
		case !in && w.UPOS != "PUNCT":
			n++
		}
	}
	return n <= maxThinPredicate
}
