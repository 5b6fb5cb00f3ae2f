package syntax

import "testing"

// TestAmountAdverbRetag checks that "further" between "a" and a sum is
// an adjective on the sum, which is then the verb's object, and that the
// infinitive after it stays the verb's.
func TestAmountAdverbRetag(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a further sum after an object", "Creditors have agreed to lend the company a further £3bn to keep it running.", "£", "lend", "obj"},
		{"the article on the sum", "Creditors have agreed to lend the company a further £3bn to keep it running.", "a", "£", "det"},
		{"the purpose on the verb", "Creditors have agreed to lend the company a further £3bn to keep it running.", "keep", "lend", "advcl"},
	})
}
