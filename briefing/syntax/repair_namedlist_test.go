package syntax

import "testing"

// TestNamedListRepair checks that the names a plural noun stands for, set
// off by commas, are its apposition, and that a list of nouns and names
// stays a list.
func TestNamedListRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"names a plural noun stands for, set off by commas",
			"Valdéria's two largest mobile operators, Telvista SA and Conexa Móvil, have agreed to pool their mast networks.",
			"SA", "operators", "appos"},
		{"the second name stays the first's conjunct",
			"Valdéria's two largest mobile operators, Telvista SA and Conexa Móvil, have agreed to pool their mast networks.",
			"Conexa", "SA", "conj"},
		{"a list of nouns and names stays a list",
			"Farmers, Kenya and Uganda have agreed to share the water.",
			"Uganda", "Kenya", "conj"},
	})
}
