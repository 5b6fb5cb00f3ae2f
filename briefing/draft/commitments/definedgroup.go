package commitments

import (
	"regexp"
	"strings"
)

// definedGroupRe finds the bracket in which a text gives the parties it
// has just listed one term together: `the Union for Progress, the Farmers
// and Regions Alliance and Green Future (hereinafter "the coalition
// partners")`, `(together, the "Lenders")`.
var definedGroupRe = regexp.MustCompile(`\((?:hereinafter|hereafter|together|collectively|jointly),?[ \t]+(?:referred to as[ \t]+|called[ \t]+)?["“]?(?:the |The )?["“]?([^"“”()]{3,40}?)["”]\)`)

// definedGroup returns the states and organisations that the text, by a
// defined term, calls what the lower-cased words name together, read
// after "the" ("the coalition partners"); nil when it defines no such
// term for two or more of them.
func (r *actorResolver) definedGroup(words []string) []int {
	if len(words) < 2 || words[0] != "the" {
		return nil
	}
	if r.groups == nil {
		r.groups = r.findDefinedGroups()
	}
	return r.groups[strings.Join(words[1:], " ")]
}

// findDefinedGroups reads the text for its defined terms of several
// parties (see definedGroup), each by its lower-cased words.
func (r *actorResolver) findDefinedGroups() map[string][]int {
	out := map[string][]int{}
	if len(r.d.Sentences) == 0 {
		return out
	}
	for _, m := range definedGroupRe.FindAllStringSubmatchIndex(r.d.Text, -1) {
		term := strings.ToLower(strings.Join(strings.Fields(r.d.Text[m[2]:m[3]]), " "))
		start := r.d.Sentences[min(r.sentenceIndex(m[0]), len(r.d.Sentences)-1)].Start
		if nl := strings.LastIndexByte(r.d.Text[start:m[0]], '\n'); nl >= 0 {
			start += nl + 1
		}
		ps := r.listBefore(start, m[0])
		if len(ps) > 1 {
			out[term] = ps
		}
	}
	return out
}

// listBefore returns the states and organisations of the list that ends
// at byte end, from byte start on: the last party named before end and
// those named before it with only commas, "and" and "the" between them
// ("the Union for Progress, the Farmers and Regions Alliance and Green
// Future", not the Saeima of "Following the Saeima elections, …").
func (r *actorResolver) listBefore(start, end int) []int {
	ms := r.picked(start, end)
	var out []int
	for k := len(ms) - 1; k >= 0; k-- {
		if !listGap(r.d.Text[ms[k].end:end]) || !r.institution(ms[k].party) {
			break
		}
		out = append([]int{ms[k].party}, out...)
		end = ms[k].start
	}
	return out
}

// listGap reports whether what stands between two items of a list, or
// after the last, is only commas, "and", "the" and white space.
func listGap(gap string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(gap, ",", " ")) {
		if w != "and" && w != "the" && w != "&" {
			return false
		}
	}
	return true
}
