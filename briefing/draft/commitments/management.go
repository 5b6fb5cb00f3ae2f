package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// ownManagement returns the organisation whose own voice the text speaks
// in (see ownVoice) for a bare "management" or "the management" outside
// quotation marks ("Management will host a presentation for analysts at
// 9am"): a company's release names its own management without owning
// it.
func (r *actorResolver) ownManagement(s *syntax.Sentence, si, h int) (int, bool) {
	w := s.Words[h]
	if w.UPOS != "NOUN" || lower(w.Lemma) != "management" || quotedWord(s, h) {
		return 0, false
	}
	for _, k := range s.Children(h) {
		if f := lower(s.Words[k].Form); s.Words[k].UPOS != "PUNCT" && f != "the" {
			return 0, false // "the management of the port", "its management", "senior management"
		}
	}
	p, ok := r.ownVoice(si)
	return p, ok && r.institution(p)
}
