package syntax

import "testing"

func TestCurrencySignsReadAsDollars(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"Germany has pledged €1.5 million for water projects.", "Britain has pledged £20m for the fund."} {
		s, find := analyzedWords(t, m, text)
		v := find("pledged")
		obj := -1
		for k, w := range s.Words {
			if w.Head == v && w.Rel == "obj" {
				obj = k
			}
		}
		if obj < 0 || s.Words[obj].UPOS != "SYM" {
			t.Errorf("%q: the sum pledged is not the object\n%s", text, dump(s.Words))
		}
	}
	if got := asDollars([]string{"a", "€", "b"}); got[1] != "$" {
		t.Errorf("asDollars: %v", got)
	}
	if got := asDollars([]string{"•", "Corrin"}); got[0] != "-" {
		t.Errorf("asDollars reads no bullet as a dash: %v", got)
	}
	if got := asDollars(nil); got != nil {
		t.Errorf("asDollars(nil) = %v", got)
	}
}
