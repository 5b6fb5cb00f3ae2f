package cli

import (
	"strings"
	"testing"
)

func TestAnalyzeText(t *testing.T) {
	code, out, errOut := run(t, "The two countries signed a trade deal on Monday. Talks will resume in May.", "analyze", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "S1  The two countries signed") || !strings.Contains(out, "S2  Talks will resume") {
		t.Fatalf("sentences missing:\n%s", out)
	}
	for _, want := range []string{"signed", "sign", "VERB", "VBD", "root"} {
		if !strings.Contains(out, want) {
			t.Fatalf("%q missing:\n%s", want, out)
		}
	}
}

func TestAnalyzeCoNLLU(t *testing.T) {
	in := "# text = Leaders agreed .\n1\tLeaders\t_\t_\t_\t_\t_\t_\t_\t_\n2\tagreed\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	code, out, errOut := run(t, in, "analyze", "--conllu-in", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 || lines[0] != "# text = Leaders agreed ." {
		t.Fatalf("unexpected output:\n%s", out)
	}
	verb := strings.Split(lines[2], "\t")
	if verb[1] != "agreed" || verb[2] != "agree" || verb[3] != "VERB" || verb[6] != "0" || verb[7] != "root" || verb[9] != "SpaceAfter=No" {
		t.Fatalf("the verb line is %q", lines[2])
	}
	subj := strings.Split(lines[1], "\t")
	if subj[6] != "2" || subj[7] != "nsubj" {
		t.Fatalf("the subject line is %q", lines[1])
	}
}

func TestAnalyzeBadInput(t *testing.T) {
	if code, _, errOut := run(t, "   \n", "analyze", "-"); code != ExitFailure || !strings.Contains(errOut, "empty") {
		t.Fatalf("blank text: exit %d, %q", code, errOut)
	}
	if code, _, errOut := run(t, "1\tonly three\tcolumns\n", "analyze", "--conllu-in", "-"); code != ExitFailure || !strings.Contains(errOut, "columns") {
		t.Fatalf("bad CoNLL-U: exit %d, %q", code, errOut)
	}
}
