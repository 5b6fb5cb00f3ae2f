package text

import "strings"

// introducedCuts returns where an inline list that follows a colon
// starts and where each of its next items starts ("The parties agreed
// to: 1. withdraw forces; 2. exchange prisoners" is cut after the colon
// and before "2."), so that the introducer and each item are sentences of
// their own; nil when text[start:end] holds no such list.
func introducedCuts(text string, start, end int) []int {
	from := introducedList(text[start:end])
	if from < 0 {
		return nil
	}
	from += start
	return append([]int{from}, listCuts(text, from, end)...)
}

// introducedList returns the offset in s of the first item of a list
// after a colon, numbered 1 or lettered a (": 1. …", ": a) …"), or -1.
func introducedList(s string) int {
	for i := 0; ; {
		j := strings.Index(s[i:], ": ")
		if j < 0 {
			return -1
		}
		i += j + 2
		k := i + len(s[i:]) - len(strings.TrimLeft(s[i:], " "))
		if m := listMarkerRe.FindStringSubmatch(s[k:]); m != nil && (m[1] == "1" || m[1] == "a") && s[k] != '-' && s[k] != '*' {
			return k
		}
	}
}
