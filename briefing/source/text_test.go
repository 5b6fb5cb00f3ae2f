package source

import (
	"testing"
)

func TestFromText(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"utf-8", []byte("Rabat – Morocco’s king"), "Rabat – Morocco’s king"},
		{"utf-8 with BOM", []byte("\xEF\xBB\xBFcafé"), "café"},
		{"utf-16 LE with BOM", []byte("\xFF\xFEc\x00a\x00f\x00\xE9\x00"), "café"},
		{"utf-16 BE with BOM", []byte("\xFE\xFF\x00c\x00a\x00f\x00\xE9"), "café"},
		{"utf-16 odd length", []byte("\xFF\xFEo\x00k\x00!"), "ok"},
		{"utf-16 lone surrogate", []byte("\xFF\xFE\x00\xD8a\x00"), "\uFFFDa"},
		{"windows-1252", []byte("\x93quoted\x94 \x80 5 na\xEFve"), "“quoted” € 5 naïve"},
		{"windows-1252 undefined byte", []byte("a\x81b\xE9"), "a\uFFFDbé"},
		{"utf-8 with one bad byte", []byte("Morocco’s king’s “call” \xFF with China’s leader"), "Morocco’s king’s “call” \uFFFD with China’s leader"},
		{"utf-8 with a run of bad bytes", []byte("café\xC3\xFF\xFEcrème"), "café\uFFFDcrème"},
		{"utf-8 with BOM and a bad byte", []byte("\xEF\xBB\xBFcafé \x92"), "café \uFFFD"},
		{"windows-1252 with a chance utf-8 pair", []byte("caf\xE9 \x93\xC3\xA9\x94 na\xEFve"), "café “Ã©” naïve"},
		{"crlf and cr", []byte("one\r\ntwo\rthree"), "one\ntwo\nthree"},
		{"control characters", []byte("a\x00b\x07c\td\x1b"), "abc\td"},
		{"stray BOM inside", []byte("a\uFEFFb"), "ab"},
		{"blank lines around", []byte("\n\n  text \n\n"), "text"},
		{"empty", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := FromText(tt.data)
			if s.Text != tt.want {
				t.Errorf("FromText(%q) = %q, want %q", tt.data, s.Text, tt.want)
			}
			checkSource(t, s)
		})
	}
}

func TestCleanLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Morocco\n and\tChina  ", "Morocco and China"},
		{"a\x00b", "ab"},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, tt := range tests {
		if got := cleanLine(tt.in); got != tt.want {
			t.Errorf("cleanLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDecodeCharset(t *testing.T) {
	tests := []struct {
		label string
		data  []byte
		want  string
	}{
		{"iso-8859-1", []byte("Gen\xE8ve"), "Genève"},
		{"ISO_8859-2", []byte("\xA3\xF3d\xBC"), "Łódź"},
		{"koi8-r", []byte("\xED\xCF\xD3\xCB\xD7\xC1"), "Москва"},
		{"utf-8", []byte("Genève"), "Genève"},
		{"utf-8", []byte("Gen\xE8ve"), "Genève"}, // mislabelled: falls back
		{"x-unknown", []byte("Gen\xE8ve"), "Genève"},
		{"", []byte("plain"), "plain"},
	}
	for _, tt := range tests {
		if got := decodeCharset(tt.label, tt.data); got != tt.want {
			t.Errorf("decodeCharset(%q, %q) = %q, want %q", tt.label, tt.data, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-05T09:30:00+01:00", "2024-03-05T09:30:00+01:00"},
		{"2024-03-05T09:30:00.123Z", "2024-03-05T09:30:00Z"},
		{"2024-03-05T09:30:00+0100", "2024-03-05T09:30:00+01:00"},
		{"2024-03-05T09:30:00", "2024-03-05T09:30:00Z"},
		{"2024-03-05 09:30", "2024-03-05T09:30:00Z"},
		{" 2024-03-05 ", "2024-03-05T00:00:00Z"},
		{"20240305", "2024-03-05T00:00:00Z"},
		{"Tue, 05 Mar 2024 09:30:00 +0100", "2024-03-05T09:30:00+01:00"},
		{"5 Mar 2024 09:30:00 GMT", "2024-03-05T09:30:00Z"},
		{"March 5, 2024", "2024-03-05T00:00:00Z"},
		{"yesterday", ""},
		{"0001-01-01", ""},
		{"9999-12-31", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := formatTime(parseDate(tt.in)); got != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDecodeQuotedPrintable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"caf=C3=A9", "café"},
		{"lower =c3=a9", "lower é"},
		{"soft=\r\nbreak", "softbreak"},
		{"soft=  \nbreak", "softbreak"},
		{"doubled=\r\r\nbreak", "doubledbreak"},
		{"trailing=", "trailing"},
		{"bad =ZZ stays", "bad =ZZ stays"},
		{"1+1=2", "1+1=2"},
		{"a=\r\n", "a"},
	}
	for _, tt := range tests {
		if got := string(decodeQuotedPrintable([]byte(tt.in))); got != tt.want {
			t.Errorf("decodeQuotedPrintable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
