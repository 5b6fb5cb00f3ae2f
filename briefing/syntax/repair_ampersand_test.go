package syntax

import "testing"

// TestAmpersandNameRepair checks that a name of two capitalised words
// joined by "&" is one name, and the subject of the verb that follows it
// at a sentence's start and after a preposition that opens a clause.
func TestAmpersandNameRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"an unknown first word at the start: the name is the subject, not the root",
			"Pennant & Gray has agreed to buy the collapsed chain.", "Pennant", "agreed", "nsubj"},
		{"the second word is a part of the name",
			"Pennant & Gray has agreed to buy the collapsed chain.", "Gray", "Pennant", "flat"},
		{"a known name at the start before a verb of saying",
			"Procter & Gamble said it would cut 500 jobs.", "Procter", "said", "nsubj"},
		{"after a preposition that opens a clause",
			"Shares fell after Procter & Gamble agreed to sell its razor unit.", "Procter", "agreed", "nsubj"},
		{"the preposition marks the clause",
			"Shares fell after Procter & Gamble agreed to sell its razor unit.", "after", "agreed", "mark"},
		{"a name after a preposition with no verb after it stays its object",
			"Shares in Marks & Spencer rose on Monday.", "Marks", "Shares", "nmod"},
	})
}
