package pdf

import (
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// refs renders the source sentences behind spans as "[S4]", "[S1, S3]" or,
// for three or more in a row, "[S2–S5]". It is "" when there are none.
func refs(src *briefing.Source, spans []briefing.Span) string {
	nums := src.SentenceNumbers(spans)
	if len(nums) == 0 {
		return ""
	}
	var parts []string
	for i := 0; i < len(nums); {
		j := i
		for j+1 < len(nums) && nums[j+1] == nums[j]+1 {
			j++
		}
		switch {
		case j-i >= 2:
			parts = append(parts, "S"+strconv.Itoa(nums[i])+"–S"+strconv.Itoa(nums[j]))
		case j > i:
			parts = append(parts, "S"+strconv.Itoa(nums[i]), "S"+strconv.Itoa(nums[j]))
		default:
			parts = append(parts, "S"+strconv.Itoa(nums[i]))
		}
		i = j + 1
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
