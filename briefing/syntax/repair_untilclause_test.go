package syntax

import "testing"

func TestUntilClauseRepair(t *testing.T) {
	text := "The trust said it welcomed the move but would continue its boycott of the club shop until the board agreed to give fans a seat on it."
	checkRepairs(t, []repairCase{
		{"\"until\" before a noun and a finite verb marks the verb", text, "until", "agreed", "mark"},
		{"the noun is the verb's subject", text, "board", "agreed", "nsubj"},
		{"the clause modifies the verb the phrase hung on", text, "agreed", "continue", "advcl"},
		{"\"after\" before a noun and a finite verb marks the verb",
			"Train drivers at Coastline Railways will strike on 12 and 13 January after their union rejected a 4% pay offer, threatening services.", "rejected", "strike", "advcl"},
		{"\"until\" before a date stays a phrase", "The strike will continue until Friday.", "Friday", "continue", "obl"},
	})
}
