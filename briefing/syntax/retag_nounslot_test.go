package syntax

import "testing"

// TestVerbInNounSlotRetag checks that a word in -s read as a verb where
// only a nominal fits is a plural noun.
func TestVerbInNounSlotRetag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, find := analyzedWords(t, m, "Tanzania agreed to suspend fines on Kenyan trucks while the committee met.")
	if w := s.Words[find("trucks")]; w.UPOS != "NOUN" || w.Head == find("agreed") {
		t.Errorf("trucks is %s of %d, want a noun not hung on agreed\n%s", w.UPOS, w.Head, dump(s.Words))
	}
}

func TestWorksAsPlant(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a plant named by a noun and works is the object of the verb before it",
			"A spokesperson said Severnside Water had already committed £90 million to upgrade treatment works in Herefordshire and would not cut that programme.",
			"works", "upgrade", "obj"},
	})
}
