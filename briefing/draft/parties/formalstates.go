package parties

import "strings"

// formalTail returns the name a state's formal name gives after its word
// for a state and "of" ("Calvera" of "Republic of Calvera", "Ostrand" of
// "the Kingdom of Ostrand"), or "" when name is no such name.
func formalTail(name string) string {
	f := strings.Fields(strings.TrimPrefix(name, "the "))
	if len(f) > 0 && f[0] == "Grand" {
		f = f[1:]
	}
	if len(f) < 3 || len(f) > 4 || !formalStates[f[0]] || f[1] != "of" {
		return ""
	}
	return strings.Join(f[2:], " ")
}

// mergeFormalStates merges each state the gazetteer does not know, named
// formally ("the Kingdom of Ostrand"), with the mentions of its short name
// ("Ostrand will fund 60 per cent"), one party named by the short name.
func (mg *merger) mergeFormalStates() {
	short := map[string]int{}
	for gi, g := range mg.groups {
		if len(g.members) > 0 && g.entity < 0 {
			setFirst(short, mg.ms[mg.groupLongest(gi)].name, gi)
		}
	}
	for gi, g := range mg.groups {
		if len(g.members) == 0 || g.entity >= 0 {
			continue
		}
		if tail := formalTail(mg.ms[mg.groupLongest(gi)].name); tail != "" {
			if to, ok := short[tail]; ok && to != gi && mg.groups[to].entity < 0 {
				mg.move(gi, to)
				mg.groups[to].state = true // its formal name says it is a state
			}
		}
	}
}
