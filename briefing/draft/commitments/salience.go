package commitments

import (
	"slices"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// recent returns up to n distinct parties of an accepted kind mentioned
// last before the byte offset, latest first.
func (r *actorResolver) recent(before int, ok func(kind string) bool, n int) []int {
	return r.recentWhere(before, func(p int) bool { return ok(r.d.Parties[p].Kind) }, n)
}

// recentWhere returns up to n distinct parties that ok accepts mentioned
// last before the byte offset, latest first.
func (r *actorResolver) recentWhere(before int, ok func(p int) bool, n int) []int {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= before })
	var out []int
	for k--; k >= 0 && len(out) < n; k-- {
		if p := r.mentions[k].party; ok(p) {
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
// …"); else the first named in that sentence; else the topic, the subject
// of one of the topicReach sentences before it, nearest first; else the
// last one named before the pronoun. A name that only says where
// something happens ("fear in Russia") or that a comparison brings in
// ("strongmen like Putin") is passed over while another will do, and a
// name that follows in the same sentence will do when none fits before
// ("He has vowed to … if Trump becomes president").
// subjectBefore returns the party that fits and is a subject of the
// sentence before sentence si, else none.
func (r *actorResolver) subjectBefore(si int, fits func(p int) bool) []int {
	if si > 0 && si <= len(r.d.Sentences) {
		for _, p := range r.sentenceSubjects(si - 1) {
			if fits(p) {
				return []int{p}
			}
		}
	}
	return nil
}

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
	for back := si - 2; back >= 0 && si-back <= topicReach; back-- {
		for _, p := range r.sentenceSubjects(back) {
			if fits(p) {
				return []int{p}
			}
		}
	}
	var last []int
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= before })
	for k--; k >= 0; k-- {
		if p := r.mentions[k].party; fits(p) {
			if !r.setting(p) && !r.comparedAt(r.mentions[k].start) {
				return []int{p}
			}
			if last == nil {
				last = []int{p}
			}
		}
	}
	if si < len(r.d.Sentences) {
		if p, found := r.firstIn(before, r.d.Sentences[si].End, fits); found {
			return []int{p}
		}
	}
	return last
}

// inFocus returns the party that fits a definite description at byte a
// whose noun the names of several parties hold ("the council", "the
// bank"): the last one named in the sentence of byte a before it, else,
// of those named before it, the one the story is most about (the parties
// are ranked so), not the last one mentioned in passing.
func (r *actorResolver) inFocus(a int, fits func(p int) bool) []int {
	from := r.sentenceStart(a, 0)
	best := -1
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for k--; k >= 0; k-- {
		p := r.mentions[k].party
		switch {
		case !fits(p):
		case r.mentions[k].start >= from:
			return []int{p}
		case best < 0 || p < best:
			best = p
		}
	}
	if best < 0 {
		return nil
	}
	return []int{best}
}

// topicReach is how many sentences back the subject of a sentence can
// still be the topic a pronoun refers to.
const topicReach = 4

// comparedAt reports whether the name at byte a is brought in by a
// comparison (see compared).
func (r *actorResolver) comparedAt(a int) bool {
	return compared(r.d.Text[max(0, a-16):a])
}

// compared reports whether the text before a name ends in a word of
// comparison ("strongmen like Putin", "unlike Johnson", "such as
// Hungary"): the name is an example, not the one the text is about.
func compared(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	n := len(f)
	return n > 0 && (f[n-1] == "like" || f[n-1] == "unlike") || n > 1 && f[n-2] == "such" && f[n-1] == "as"
}

// firstIn returns the first party that fits mentioned in [start, end)
// other than as the place where something happens or an example in a
// comparison.
func (r *actorResolver) firstIn(start, end int, fits func(p int) bool) (int, bool) {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= start })
	for ; k < len(r.mentions) && r.mentions[k].end <= end; k++ {
		if p := r.mentions[k].party; fits(p) && !r.placed(r.mentions[k].start) && !r.comparedAt(r.mentions[k].start) {
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
		for _, c := range s.Children(k) {
			if text.ReportVerbs[s.Words[c].Lemma] && s.Words[c].UPOS == "VERB" && !slices.Contains(clauses, c) {
				clauses = append(clauses, c) // "…, the union said" however the parser hung the report
			}
		}
		for _, v := range clauses {
			for _, sub := range s.ChildrenWith(v, "nsubj") {
				if s.Words[sub].UPOS == "PRON" || text.RelIs(s.Words[sub].Rel, "nsubj:pass") || workerNouns[strings.ToLower(s.Words[sub].Form)] {
					continue // not "All 1,900 Stenholt staff transferred …": the staff are no topic their firm is
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

// mostNamed returns the party that fits named most often before byte a,
// the latest named of those named as often: the body a story is about,
// which "the club" stands for though others were named since ("Arsenal
// … at the Soccerex forum … The club is due to move"). Nil when none fits.
func (r *actorResolver) mostNamed(a int, fits func(p int) bool) []int {
	counts := map[int]int{}
	best := -1
	for _, m := range r.mentions {
		if m.start >= a || !fits(m.party) {
			continue
		}
		counts[m.party]++
		if best < 0 || counts[m.party] >= counts[best] {
			best = m.party
		}
	}
	if best < 0 {
		return nil
	}
	return []int{best}
}
