package syntax

import "testing"

func TestPackedWeights(t *testing.T) {
	for _, tc := range []struct {
		class int
		v     int64
		want  int32
	}{
		{0, 1, 1}, {254, -1, -1}, {7, 123456, 123456}, {3, -maxWeight, -maxWeight},
		{9, 1 << 40, maxWeight}, {9, -1 << 40, -maxWeight},
	} {
		w := packWeight(tc.class, tc.v)
		if w.class() != tc.class || w.value() != tc.want {
			t.Errorf("pack(%d, %d) gives class %d value %d", tc.class, tc.v, w.class(), w.value())
		}
	}
}

func TestWeightsLookup(t *testing.T) {
	b := newWeightsBuilder(3)
	keys := []feature{5, 17, 1 << 31, 1<<32 - 1}
	for k, f := range keys {
		b.add(f, []classWeight{packWeight(k%3, int64(k+1)), packWeight(2, -2)})
	}
	w, err := b.build()
	if err != nil {
		t.Fatal(err)
	}
	scores := make([]int32, 3)
	w.score([]feature{17, 4, 1<<32 - 1}, scores)
	if scores[0] != 4 || scores[1] != 2 || scores[2] != -4 {
		t.Fatalf("scores %v", scores)
	}
	if got := w.features(); len(got) != len(keys) || got[0].key != 5 || got[3].key != 1<<32-1 {
		t.Fatalf("features %v", got)
	}
	if _, err := newWeightsBuilder(maxClasses + 1).build(); err == nil {
		t.Fatal("too many classes accepted")
	}
}
