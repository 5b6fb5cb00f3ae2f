package commitments

import (
	"sort"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// recent returns up to n distinct parties of an accepted kind mentioned
// last before the byte offset, latest first.
func (r *actorResolver) recent(before int, ok func(kind string) bool, n int) []int {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= before })
	var out []int
	for k--; k >= 0 && len(out) < n; k-- {
		p := r.mentions[k].party
		if ok(r.d.Parties[p].Kind) {
			out = appendPartyIdx(out, p)
		}
	}
	return out
}

// salient returns the antecedent of "he", "it" or "they" at byte before
// in sentence si among the parties of an accepted kind (see salientWhere).
func (r *actorResolver) salient(si, before int, ok func(string) bool) []int {
	return r.salientWhere(si, before, func(p int) bool { return ok(r.d.Parties[p].Kind) })
}

// salientWhere returns the antecedent of a pronoun at byte before in
// sentence si among the parties that fit: the first named earlier in the
// same sentence (news puts the subject first); else the subject of the
// sentence before when it names one ("The government … . It was planning
// …"); else the first named in that sentence; else the last one named
// before the pronoun. A name that only says where something happens
// ("fear in Russia") is passed over while another will do.
func (r *actorResolver) salientWhere(si, before int, fits func(p int) bool) []int {
	if si < len(r.d.Sentences) {
		if p, found := r.firstIn(r.d.Sentences[si].Start, before, fits); found {
			return []int{p}
		}
	}
	if si > 0 && si <= len(r.d.Sentences) {
		for _, p := range r.sentenceSubjects(si - 1) {
			if fits(p) {
				return []int{p}
			}
		}
		prev := r.d.Sentences[si-1]
		if p, found := r.firstIn(prev.Start, prev.End, fits); found {
			return []int{p}
		}
	}
	var last []int
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= before })
	for k--; k >= 0; k-- {
		if p := r.mentions[k].party; fits(p) {
			if !r.setting(p) {
				return []int{p}
			}
			if last == nil {
				last = []int{p}
			}
		}
	}
	return last
}

// firstIn returns the first party that fits mentioned in [start, end)
// other than as the place where something happens.
func (r *actorResolver) firstIn(start, end int, fits func(p int) bool) (int, bool) {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= start })
	for ; k < len(r.mentions) && r.mentions[k].end <= end; k++ {
		if p := r.mentions[k].party; fits(p) && !r.placed(r.mentions[k].start) {
			return p, true
		}
	}
	return 0, false
}

// sentenceSubjects returns the parties that the subjects of sentence si's
// main clause and of the clause it reports name, in order: "Mr Hensel
// said the government was keen" gives the speaker and the government's
// state. Pronouns are left out, so that resolving one never loops.
func (r *actorResolver) sentenceSubjects(si int) []int {
	if got, ok := r.subjects[si]; ok {
		return got
	}
	r.subjects[si] = nil // a subject that refers back to this sentence finds nothing
	if si < 0 || si >= len(r.d.Parsed) {
		return nil
	}
	s := &r.d.Parsed[si]
	var out []int
	for k, w := range s.Words {
		if w.Head != -1 {
			continue
		}
		clauses := append([]int{k}, s.ChildrenWith(k, "ccomp", "parataxis")...)
		for _, v := range clauses {
			for _, sub := range s.ChildrenWith(v, "nsubj") {
				if s.Words[sub].UPOS == "PRON" || text.RelIs(s.Words[sub].Rel, "nsubj:pass") {
					continue
				}
				ps, _ := r.resolve(s, si, sub)
				for _, p := range ps {
					out = appendPartyIdx(out, p)
				}
			}
		}
	}
	r.subjects[si] = out
	return out
}
