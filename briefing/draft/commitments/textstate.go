package commitments

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// textState returns the name of the one state the text's words name, by
// its name, its people or its capital, inside other names too ("Health
// New Zealand", "the Ghana Health Service", "ACCRA —"), more than once,
// when the text names no other state that way; else the Government that
// is a party by that name; else "". A text that drafts no state as a party
// still tells whose "the government" is.
func (r *actorResolver) textState() string {
	if r.state != nil {
		return *r.state
	}
	name := r.onlyStateNamed()
	for _, p := range r.d.Parties {
		if name == "" && p.Kind == briefing.KindCountry && p.Name == "Government" {
			name = p.Name // a government that writes of itself as "the Government"
		}
	}
	r.state = &name
	return name
}

// onlyStateNamed scans the text for the states it names (see textState).
func (r *actorResolver) onlyStateNamed() string {
	g := gazetteer.Load()
	found, times := "", 0
	for si := range r.d.Sentences {
		toks := r.d.SentenceTokens(si)
		for i := 0; i < len(toks); i++ {
			if !toks[i].Cap || !toks[i].Word || r.inPersonName(toks[i].Start) {
				continue // "Finance Minister Sofia Lind": no capital of Bulgaria
			}
			for n := min(g.MaxWords, len(toks)-i); n >= 1; n-- {
				words := make([]string, 0, n)
				for _, t := range toks[i : i+n] {
					words = append(words, t.Text)
				}
				ref, ok := g.LookupFolded(strings.Join(words, " "))
				if !ok {
					continue
				}
				if e := g.Entities[ref.Entity]; e.Kind == briefing.KindCountry {
					if found != "" && found != e.Name {
						return "" // two states: whose government, the words do not say
					}
					found = e.Name
					times++
					i += n - 1
					break
				}
			}
		}
	}
	if times < 2 {
		return "" // "China, Lumeria's largest lender": a state named in passing is not the one the text is set in
	}
	return found
}

// inPersonName reports whether byte a lies inside a mention of a person.
func (r *actorResolver) inPersonName(a int) bool {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start > a })
	for k--; k >= 0 && a-r.mentions[k].start < maxNameBytes; k-- {
		if m := r.mentions[k]; a < m.end && personKind(r.d.Parties[m.party].Kind) {
			return true
		}
	}
	return false
}
