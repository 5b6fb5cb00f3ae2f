package commitments

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// describedBy returns the party that the text describes in the words of a
// definite description ("the port operator", "the club's owners"): by a
// relative clause on its name whose verb the description's noun is the
// doer of and whose object its other words name ("Harbour Logistics,
// which runs the port"), or by the same words set beside its name ("Holm
// Freight, the port operator,", "the port operator Holm Freight"). The
// last such party named before byte a is taken, else the first after it:
// a news lead often describes a party before it names it.
func (r *actorResolver) describedBy(words []string, a int) (int, bool) {
	if len(words) < 2 || words[0] != "the" {
		return 0, false
	}
	desc := words[1:]
	fits := func(m partyMark) bool {
		kind := r.d.Parties[m.party].Kind
		return kind != briefing.KindPlace && r.relativeDescribes(m, desc) ||
			nonPersonKind(kind) && len(desc) > 1 && r.besideDescribes(m, desc) // a person's office is for officeHolder
	}
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for n := k - 1; n >= 0; n-- {
		if fits(r.mentions[n]) {
			return r.mentions[n].party, true
		}
	}
	for n := k; n < len(r.mentions); n++ {
		if r.mentions[n].start > a && fits(r.mentions[n]) {
			return r.mentions[n].party, true
		}
	}
	return 0, false
}

// relativeDescribes reports whether a relative clause on mention m says
// what description desc says: its verb is what desc's last word names
// the doer of ("operator" of "runs" or "operates", "owner" of "owns") and
// its object is every word before ("the port" of "the port operator").
func (r *actorResolver) relativeDescribes(m partyMark, desc []string) bool {
	s := r.sentence(r.sentenceIndex(m.start))
	if s == nil {
		return false
	}
	for v, w := range s.Words {
		if !text.RelIs(w.Rel, "acl:relcl") || w.Head < 0 || s.Words[w.Head].Start < m.start || s.Words[w.Head].End > m.end ||
			!doerOf(lower(w.Lemma), singular(desc[len(desc)-1])) {
			continue
		}
		obj := firstChild(s, v, "obj")
		if obj < 0 {
			continue
		}
		said := map[string]bool{singular(lower(s.Words[obj].Lemma)): true}
		for _, c := range s.ChildrenWith(obj, "compound", "amod") {
			said[singular(lower(s.Words[c].Lemma))] = true
		}
		all := true
		for _, d := range desc[:len(desc)-1] {
			all = all && said[singular(d)]
		}
		if all {
			return true
		}
	}
	return false
}

// doerOf reports whether noun names the doer of verb: "owner" of "own",
// "operator" of "operate", "manager" of "manage", "supplier" of "supply",
// and "operator" or "manager" of "run".
func doerOf(verb, noun string) bool {
	if verb == "" || noun == "" {
		return false
	}
	if verb == "run" {
		return noun == "operator" || noun == "manager"
	}
	stem := strings.TrimSuffix(verb, "e")
	if strings.HasSuffix(verb, "y") {
		stem = strings.TrimSuffix(verb, "y") + "i"
	}
	for _, end := range []string{"er", "or"} {
		if noun == stem+end || noun == verb+end {
			return true
		}
	}
	return false
}

// besideDescribes reports whether the words of description desc are set
// beside mention m: before it ("the port operator Holm Freight", "the
// port operator, Holm Freight,") or after it between commas ("Holm
// Freight, the port operator,").
func (r *actorResolver) besideDescribes(m partyMark, desc []string) bool {
	t := r.d.Text
	want := strings.Join(desc, " ")
	before := strings.Fields(strings.ToLower(strings.TrimRight(t[max(0, m.start-80):m.start], " ,")))
	if n := len(before); n >= len(desc) && strings.Join(before[n-len(desc):], " ") == want {
		return n == len(desc) || before[n-len(desc)-1] != "former" // not "the former port operator Holm Freight"
	}
	after, ok := strings.CutPrefix(t[m.end:min(len(t), m.end+80)], ", ")
	if !ok {
		return false
	}
	if end := strings.IndexAny(after, ",.;:()"); end >= 0 {
		words := strings.Fields(strings.ToLower(after[:end]))
		return len(words) == len(desc)+1 && articles[words[0]] && strings.Join(words[1:], " ") == want
	}
	return false
}
