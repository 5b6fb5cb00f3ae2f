package source

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRead reads each sample file from memory.
func BenchmarkRead(b *testing.B) {
	for _, name := range []string{"news-page.html", "alternative.eml", "report.docx", "windows-1252.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Read(name, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
