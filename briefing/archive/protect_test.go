package archive

import "testing"

// TestProtectPassesOnBugs checks that a panic from a plain bug is not
// taken for damage: it must reach the caller, not become ErrCorrupt. (The
// damaged-file tests check that bbolt's panics on damaged pages do.)
func TestProtectPassesOnBugs(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Error("a nil-map write inside protect was turned into an error")
		}
	}()
	var m map[string]int
	err := protect("archive.db", func() error { m["x"] = 1; return nil })
	t.Errorf("protect returned %v instead of passing the panic on", err)
}
