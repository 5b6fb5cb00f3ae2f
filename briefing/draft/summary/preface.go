package summary

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// prefaceVerbs tell what a writer wants or means the reader to know.
var prefaceVerbs = text.SetOf("want", "wish", "write", "like")

// preface reports whether sentence si only addresses the reader about the
// message itself ("I want you to hear this from me before you read about
// it anywhere else.", "I am writing to let you know about changes"): its
// main verb, a writer's wish or writing, has "I" or "we" for its subject
// and "you" after it, every subject in it is a pronoun, and it names no
// party and no figure. Such
// a sentence is no item of a summary; the news follows it.
func preface(d *doc.Document, si int) bool {
	if si >= len(d.Parsed) || si >= len(d.Sentences) {
		return false
	}
	s := &d.Parsed[si]
	root := s.Root()
	if root < 0 || !prefaceVerbs[s.Words[root].Lemma] {
		return false
	}
	subject, you := false, false
	for k, w := range s.Words {
		f := strings.ToLower(w.Form)
		if w.Head == root && w.Rel == "nsubj" && (f == "i" || f == "we") {
			subject = true
		}
		if k > root && f == "you" {
			you = true
		}
		if w.UPOS == "NUM" || strings.HasPrefix(w.Rel, "nsubj") && w.UPOS != "PRON" {
			return false // a figure, or a clause about someone: "that Brightwell will close its Derby centre"
		}
	}
	sp := d.Sentences[si]
	for _, m := range d.Mentions {
		if m.Span.Start >= sp.Start && m.Span.End <= sp.End {
			return false
		}
	}
	return subject && you
}
