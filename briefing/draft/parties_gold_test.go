package draft

import (
	"strings"
	"testing"
)

// TestPartiesGoldOwn scores the drafted parties of the gold briefs of other
// genres as the brief scorer does: a drafted party is right when its name
// or an alias equals a gold name or alias (case aside), one drafted party
// per gold party; a person's role is right when its office (the words
// before "of", "for", "at" or "in") equals the gold one. The floors are
// those of all 254 briefs (69.8 %, 81.2 %, roles 79.0 %; all 274: 69.5 %,
// 81.2 %, roles 79.6 %; all 284: 68.8 %, 80.8 %, roles 79.3 %; all 294:
// 68.6 %, 80.4 %, roles 78.4 %; all 304: 69.2 %, 80.7 %, roles 78.8 %; all 314: 69.5 %,
// 80.6 %, roles 79.1 %), roles held
// at 78 % as the newest genres name offices in forms the drafts still
// miss.
func TestPartiesGoldOwn(t *testing.T) {
	t.Parallel() // drafts many articles: runs beside the other long tests
	drafted, gold, right, roles, rolesRight := 0, 0, 0, 0, 0
	golds, briefs := draftedGoldOwn(t)
	for i, g := range golds {
		b := briefs[i]
		gold += len(g.Parties)
		taken := map[int]bool{}
		for _, p := range b.Parties {
			drafted++
			hit := -1
			for k, gp := range g.Parties {
				if hit < 0 && sameNames(append([]string{p.Name}, p.Aliases...), append([]string{gp.Name}, gp.Aliases...)) {
					hit = k
				}
			}
			if hit < 0 || taken[hit] {
				t.Logf("%s: drafted %q (%s) is no gold party", g.ID, p.Name, p.Kind)
				continue
			}
			taken[hit] = true
			right++
			if gp := g.Parties[hit]; gp.Kind == "person" && gp.Role != "" {
				roles++
				if office(p.Role) == office(gp.Role) {
					rolesRight++
				} else {
					t.Logf("%s: %s has role %q, gold %q", g.ID, p.Name, p.Role, gp.Role)
				}
			}
		}
		for k, gp := range g.Parties {
			if !taken[k] {
				t.Logf("%s: gold party %q (%s) not drafted", g.ID, gp.Name, gp.Kind)
			}
		}
	}
	t.Logf("parties right %d of %d drafted, %d of %d gold; roles right %d of %d", right, drafted, right, gold, rolesRight, roles)
	if right*100 < 55*drafted || right*100 < 65*gold || rolesRight*100 < 78*roles {
		t.Errorf("parties on the own gold briefs: precision %d/%d, recall %d/%d, roles %d/%d; want at least 55%%, 65%% and 78%%",
			right, drafted, right, gold, rolesRight, roles)
	}
}

// sameNames reports whether two lists of names share one, case aside.
func sameNames(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x != "" && strings.EqualFold(strings.Join(strings.Fields(x), " "), strings.Join(strings.Fields(y), " ")) {
				return true
			}
		}
	}
	return false
}

// office returns the office a role names, in lower case, without an
// article and what follows "of", "for", "at" or "in".
func office(role string) string {
	r := strings.ToLower(strings.Join(strings.Fields(role), " "))
	for _, a := range []string{"the ", "a ", "an "} {
		r = strings.TrimPrefix(r, a)
	}
	for _, sep := range []string{" of ", " for ", " at ", " in "} {
		r, _, _ = strings.Cut(r, sep)
	}
	return r
}
