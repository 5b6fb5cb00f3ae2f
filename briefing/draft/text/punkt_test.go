package text

import "testing"

func BenchmarkPunktLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		newPunkt()
	}
}
