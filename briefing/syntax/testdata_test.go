package syntax

import (
	"os"
	"testing"
)

// devSample reads the committed sample of the UD English EWT dev split.
func devSample(t testing.TB) []Block {
	t.Helper()
	f, err := os.Open("testdata/dev-sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	blocks, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	return blocks
}
