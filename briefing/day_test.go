package briefing

import "testing"

func TestParseDay(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "0001-01-01", true},
		{" 2020-08-31 ", "2020-08-31", true},
		{"31/08/2020", "", false},
		{"2020-02-30", "", false},
		{"2020-08", "", false},
	}
	for _, tt := range tests {
		got, err := ParseDay(tt.in)
		if (err == nil) != tt.ok || (tt.ok && got.Format("2006-01-02") != tt.want) {
			t.Errorf("ParseDay(%q) = %v, %v", tt.in, got, err)
		}
	}
}
