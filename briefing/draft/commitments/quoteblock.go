package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// maxQuotedParagraphs is how many paragraphs a quotation may run over
// from the line that introduces it.
const maxQuotedParagraphs = 12

// blockSpeaker returns who speaks a quotation that runs over paragraphs
// from a line ending in a colon ("The Commissioner said: / “This report
// makes uncomfortable reading … / “I have agreed to fund 40 more call
// handlers …"): each paragraph opens with a quotation mark, each before
// the one of sentence si leaves it open, and the line before them all
// says who speaks, or the paragraph before them opens it after such a
// line's colon; or, when a quotation opened earlier in its own
// paragraph holds sentence si, the one that paragraph says speaks (see
// paragraphSpeaker). Nil when the paragraph of si says who speaks
// otherwise or no such line introduces it.
func (r *actorResolver) blockSpeaker(si int) []int {
	t := r.d.Text
	sent := r.d.Sentences[si]
	start := strings.LastIndexByte(t[:sent.Start], '\n') + 1
	if r.openQuotation(sent.Start) {
		if ps := r.paragraphSpeaker(si, start); len(ps) > 0 {
			return ps
		}
	}
	if !opensQuotation(t[start:]) || r.attributedInParagraph(si, start) {
		return nil
	}
	for n := 0; n < maxQuotedParagraphs && start > 0; n++ {
		end := strings.TrimRight(t[:start], " \t\r\n")
		from := strings.LastIndexByte(end, '\n') + 1
		para := strings.TrimSpace(end[from:])
		switch {
		case opensQuotation(para) && leftOpen(para):
			start = from
		case strings.HasSuffix(para, ":"):
			return r.introducer(r.sentenceIndex(len(end) - 1))
		case openedAfterColon(para):
			colon := from + strings.LastIndex(end[from:], ":")
			return r.introducer(r.sentenceIndex(colon)) // "She told Vosper: “This was not a moment of misjudgement. / “I accept …"
		default:
			return nil
		}
	}
	return nil
}

// paragraphSpeaker returns who speaks sentence si, which a quotation
// opened earlier in its paragraph holds: the one the nearest sentence
// before it in the paragraph names with a verb of saying ("Chairman
// Alasdair Munro said: “This is a historic week. Samuel has been
// magnificent. We intend to sign a replacement striker …”") and quotes
// some of it, or nil.
func (r *actorResolver) paragraphSpeaker(si, start int) []int {
	for k := si - 1; k >= 0 && r.d.Sentences[k].End > start; k-- {
		if q := r.sentence(k); saysIn(q) && quotesIn(q) {
			return r.sayerOf(q, k)
		}
	}
	return nil
}

// sayerOf returns who speaks in sentence k, which holds a verb of saying:
// the person named before that verb outside quotation marks ("Ivana
// Kolar, Commissioner for Preparedness and Crisis Management, said:"),
// else the speaker the verb's subject names (see speaker).
func (r *actorResolver) sayerOf(q *syntax.Sentence, k int) []int {
	for v := range q.Words {
		if !sayingVerb(q, v) {
			continue
		}
		for _, m := range r.picked(q.Start, q.Words[v].Start) {
			if personKind(r.d.Parties[m.party].Kind) && !r.openQuotation(m.start) {
				return []int{m.party}
			}
		}
		break
	}
	return r.speaker(q, k, q.End)
}

// attributedInParagraph reports whether a sentence of the paragraph that
// starts at byte start, up to sentence si and beyond it to the end of
// the paragraph, holds a verb of saying outside the quotation.
func (r *actorResolver) attributedInParagraph(si, start int) bool {
	for k := si; k >= 0 && r.d.Sentences[k].End > start; k-- {
		if saysIn(r.sentence(k)) {
			return true
		}
	}
	for k := si + 1; k < len(r.d.Sentences) && !strings.Contains(r.d.Text[r.d.Sentences[k-1].End:r.d.Sentences[k].Start], "\n"); k++ {
		if saysIn(r.sentence(k)) {
			return true
		}
	}
	return false
}

// saysIn reports whether s holds a verb of saying outside quotation marks.
func saysIn(s *syntax.Sentence) bool {
	if s == nil {
		return false
	}
	for k := range s.Words {
		if sayingVerb(s, k) {
			return true
		}
	}
	return false
}

// quotesIn reports whether some word of s stands inside quotation marks.
func quotesIn(s *syntax.Sentence) bool {
	for k := range s.Words {
		if quotedWord(s, k) {
			return true
		}
	}
	return false
}

// introducer returns the speaker the sentence k names as the subject of
// its verb of saying ("The Commissioner said:", "In a statement, the
// minister said:"), or nil.
func (r *actorResolver) introducer(k int) []int {
	s := r.sentence(k)
	if s == nil {
		return nil
	}
	for v := range s.Words {
		if !sayingVerb(s, v) {
			continue
		}
		if sub := firstChild(s, v, "nsubj"); sub >= 0 {
			first, last := phrase(s, sub)
			if ps := r.officeHolder(phraseWords(s, first, last), s.Words[first].Start); len(ps) > 0 {
				return ps // "The Commissioner said:" after Police and Crime Commissioner Claire Hastings-Boyd
			}
			if ps, _ := r.resolve(s, k, sub); len(ps) > 0 {
				return ps[:1]
			}
		}
		return r.speaker(s, k, s.End)
	}
	return nil
}

// opensQuotation reports whether a paragraph opens with a quotation mark.
func opensQuotation(para string) bool {
	return strings.HasPrefix(para, "“") || strings.HasPrefix(para, "\"")
}

// openedAfterColon reports whether a paragraph ends in a quotation it
// leaves open, opened right after the colon of a line that introduces
// it ("She told Vosper: “This was not a moment of misjudgement.").
func openedAfterColon(para string) bool {
	k := strings.LastIndex(para, ":")
	return k > 0 && opensQuotation(strings.TrimSpace(para[k+1:])) && leftOpen(para[k+1:])
}

// leftOpen reports whether a paragraph leaves the quotation it opens
// unclosed, as a quotation that runs on into the next paragraph does.
func leftOpen(para string) bool {
	return strings.Count(para, "“") > strings.Count(para, "”") || strings.Count(para, "\"")%2 == 1
}
