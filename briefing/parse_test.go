package briefing

import (
	"strings"
	"testing"
)

func TestParseSaysWhatIsWrongInPlainWords(t *testing.T) {
	cases := []struct{ in, want string }{
		{`null`, "a brief is a JSON object"},
		{`[]`, "a brief is a JSON object"},
		{`{"summary":"x"}`, `the field "summary" holds a string`},
		{`{"source":{"sentences":[{"start":"a"}]}}`, `the field "source.sentences.start" holds a string`},
		{`{"title":`, "the JSON is malformed at byte"},
	}
	for _, c := range cases {
		_, err := Parse([]byte(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Parse(%s) = %v, want %q", c.in, err, c.want)
			continue
		}
		for _, internal := range []string{"json:", "Go struct", "briefing.", "[]"} {
			if strings.Contains(err.Error(), internal) {
				t.Errorf("Parse(%s): message %q shows %q", c.in, err, internal)
			}
		}
	}
}
