package text

import "regexp"

// AttributionTail matches who says it at the end of a sentence
// (", officials said", ", according to the ministry").
var AttributionTail = regexp.MustCompile(`,\s+(?:according to\b.*|(?:\S+\s+){0,6}(?:said|says|say|has said|have said|has warned|have warned|` +
	`warned|has announced|announced|reported|has reported|have reported|claimed|has claimed|told\s.*|added|reports say|sources say)(?:\s+on\s+\S+)?[.!]?["”’]?)$`)
