package parties

import "github.com/briefdesk/briefdesk/briefing/draft/text"

// team reports whether the name ts[i:k] stands where results tables and
// fixtures name teams: before a score at the start of a line or after
// another score ("Baltimore 5 Minnesota 3"), or on either side of "v"
// ("Leeds v Chelsea") or before "AT" in a line of fixtures ("BOSTON AT
// OAKLAND", where OAKLAND is where the game is played).
func (sc *scanner) team(i, k int) bool {
	ts := sc.ts
	if k < len(ts) && isScore(ts[k].Text) {
		if i == 0 || !ts[i-1].Word || ts[i-1].Text == "and" {
			return true
		}
		if isScore(ts[i-1].Text) && (k+1 == len(ts) || !isScore(ts[k+1].Text)) {
			return true // the second team of a result, not a player's rounds: "284 Owen Marchetti 70 72"
		}
	}
	if k+1 < len(ts) && versus[ts[k].Text] && ts[k+1].Cap || i >= 2 && versus[ts[i-1].Text] && ts[i-2].Cap {
		return true
	}
	if !sc.loud || len(ts)-sc.first > 7 {
		return false
	}
	return k+1 < len(ts) && i == sc.first && ts[k].Text == "AT" // the team after AT is named by its home ground
}

// teamPlace reports whether a place's name ts[i:k] next to a word said of
// sports teams names its team ("beat Yorkshire", "joined Newcastle", "Leeds
// drew"); people's names are not places, so the cue is for places only.
func (sc *scanner) teamPlace(i, k int) bool {
	ts := sc.ts
	return i > 0 && teamVerbs[ts[i-1].Text] || k < len(ts) && teamVerbs[ts[k].Text] && !ts[k-1].Poss
}

// versus are the words between two teams in a fixture.
var versus = text.SetOf("v", "v.", "vs", "vs.")

// teamVerbs are words said of sports teams: a place's name next to one
// names its team ("beat Yorkshire", "joined Newcastle", "Leeds drew").
var teamVerbs = text.SetOf("beat", "beats", "beating", "defeated", "defeating", "joined", "joins", "drew", "draw", "edged",
	"thrashed", "routed", "outclassed")
