package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// firmReach bounds how many sentences back a firm that spoke is looked
// for.
const firmReach = 3

// firmJustSpoke returns the organisation that is the subject of a verb of
// saying in the sentence holding byte a or in the few before it ("Kennet
// Water said the main had failed. … 'We will replace it,' said operations
// director Ian Holt"): the firm whose officer speaks next.
func (r *actorResolver) firmJustSpoke(a int) (int, bool) {
	si := r.sentenceIndex(a)
	for k := min(si, len(r.d.Parsed)-1); k >= 0 && k >= si-firmReach; k-- {
		s := r.sentence(k)
		for n := len(s.Words) - 1; n >= 0; n-- {
			w := s.Words[n]
			if w.Start >= a || w.Head < 0 || !text.RelIs(w.Rel, "nsubj") || !text.ReportVerbs[s.Words[w.Head].Lemma] {
				continue
			}
			for _, m := range r.mentions {
				if m.start < w.End && w.Start < m.end && r.d.Parties[m.party].Kind == briefing.KindOrganisation {
					return m.party, true // the parser may split the name into several subjects ("Kennet | Vale Water")
				}
			}
		}
	}
	return 0, false
}

// firmOfficer reports whether role is an office in a firm: a corporate
// office (see corporateOffice) or a director or manager of some part of
// it ("operations director", "head of communications").
func firmOfficer(role string) bool {
	role = strings.ToLower(role)
	return corporateOffice(role) || !strings.Contains(role, "former") &&
		(strings.HasSuffix(role, " director") || strings.HasSuffix(role, " manager") || strings.HasPrefix(role, "head of "))
}

// bodyReportedBy returns the organisation whose act person p reported in
// the sentence holding byte a or in the few before it ("Chief executive
// Miriam Okafor-Lane said the trust would open two theatres. … 'We will
// clear the backlog,' she said"): the body the person speaks for, so that
// their "we" is that body too. The reported clause's subject must be a
// noun or a name, not a pronoun.
func (r *actorResolver) bodyReportedBy(p, a int) (int, bool) {
	if r.reporting {
		return 0, false
	}
	r.reporting = true
	defer func() { r.reporting = false }()
	si := r.sentenceIndex(a)
	for k := min(si, len(r.d.Parsed)-1); k >= 0 && k >= si-firmReach; k-- {
		s := r.sentence(k)
		for v, w := range s.Words {
			if w.Start >= a || !text.ReportVerbs[w.Lemma] || !r.namedSubject(s, v, p) {
				continue
			}
			for _, c := range s.ChildrenWith(v, "ccomp") {
				subj := firstChild(s, c, "nsubj")
				if subj < 0 || s.Words[subj].UPOS != "NOUN" && s.Words[subj].UPOS != "PROPN" {
					continue
				}
				if got, _ := r.resolve(s, k, subj); len(got) == 1 && r.d.Parties[got[0]].Kind == briefing.KindOrganisation {
					return got[0], true
				}
			}
		}
	}
	return 0, false
}

// namedSubject reports whether a subject of verb v is a mention of party
// p by name.
func (r *actorResolver) namedSubject(s *syntax.Sentence, v, p int) bool {
	for _, k := range s.ChildrenWith(v, "nsubj") {
		w := s.Words[k]
		for _, m := range r.mentions {
			if m.party == p && m.start < w.End && w.Start < m.end {
				return true
			}
		}
	}
	return false
}
