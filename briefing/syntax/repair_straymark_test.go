package syntax

import "testing"

func TestStrayMarkRepair(t *testing.T) {
	const quoted = `The firm said in a letter to the board that it would not comply with the order "unless and until a court has ruled on its legality".`
	const seen = `The California-based company said in a letter to the board, seen by this newspaper, that it would not comply with the order "unless and until a court has ruled on its legality".`
	checkRepairs(t, []repairCase{
		{"also when the second conjunction was taken for the mark", seen, "unless", "ruled", "mark"},
		{"which is then the first one's conjunct", seen, "until", "unless", "conj"},
		{"a conjunction after a quotation mark marks the clause it opens", quoted, "unless", "ruled", "mark"},
		{"a second conjunction joined to it is its conjunct", quoted, "until", "unless", "conj"},
	})
}
