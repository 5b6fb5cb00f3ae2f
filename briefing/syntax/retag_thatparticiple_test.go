package syntax

import "testing"

func TestParticipleAfterThatRetag(t *testing.T) {
	const promise = "The minister promised that regulated fares on the route would be frozen until the end of 2027."
	checkRepairs(t, []repairCase{
		{"a past form after that describes the noun after it", promise, "regulated", "fares", "amod"},
		{"that marks the clause whose subject the noun is", promise, "that", "frozen", "mark"},
		{"the noun is the clause's subject", promise, "fares", "frozen", "nsubj:pass"},
	})
}
