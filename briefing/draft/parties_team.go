package draft

// team reports whether the name ts[i:k] stands where results tables and
// fixtures name teams: before a score at the start of a line or after
// another score ("Baltimore 5 Minnesota 3"), or on either side of "v"
// ("Leeds v Chelsea") or before "AT" in a line of fixtures ("BOSTON AT
// OAKLAND", where OAKLAND is where the game is played).
func (sc *scanner) team(i, k int) bool {
	ts := sc.ts
	if k < len(ts) && isScore(ts[k].text) {
		if i == 0 || !ts[i-1].word || ts[i-1].text == "and" {
			return true
		}
		if isScore(ts[i-1].text) && (k+1 == len(ts) || !isScore(ts[k+1].text)) {
			return true // the second team of a result, not a player's rounds: "284 Owen Marchetti 70 72"
		}
	}
	if k+1 < len(ts) && versus[ts[k].text] && ts[k+1].cap || i >= 2 && versus[ts[i-1].text] && ts[i-2].cap {
		return true
	}
	if !sc.loud || len(ts)-sc.first > 7 {
		return false
	}
	return k+1 < len(ts) && i == sc.first && ts[k].text == "AT" // the team after AT is named by its home ground
}

// teamPlace reports whether a place's name ts[i:k] next to a word said of
// sports teams names its team ("beat Yorkshire", "joined Newcastle", "Leeds
// drew"); people's names are not places, so the cue is for places only.
func (sc *scanner) teamPlace(i, k int) bool {
	ts := sc.ts
	return i > 0 && teamVerbs[ts[i-1].text] || k < len(ts) && teamVerbs[ts[k].text] && !ts[k-1].poss
}

// versus are the words between two teams in a fixture.
var versus = setOf("v", "v.", "vs", "vs.")

// teamVerbs are words said of sports teams: a place's name next to one
// names its team ("beat Yorkshire", "joined Newcastle", "Leeds drew").
var teamVerbs = setOf("beat", "beats", "beating", "defeated", "defeating", "joined", "joins", "drew", "draw", "edged",
	"thrashed", "routed", "outclassed")
