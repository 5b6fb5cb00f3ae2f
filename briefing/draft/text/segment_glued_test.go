package text

import (
	"slices"
	"testing"
)

func TestSegmentGluedSentences(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"run together", "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
			[]string{"Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.", "That is a lot."}},
		{"question and exclamation", "Are you sure?Yes, quite sure.It works!Then we go.",
			[]string{"Are you sure?", "Yes, quite sure.", "It works!", "Then we go."}},
		{"closing quote", "He said \"no.\"Then he left.", []string{"He said \"no.\"", "Then he left."}},
		{"pronoun I", "We waited.I left first.", []string{"We waited.", "I left first."}},
		{"e-mail", "Write to Jane.Doe@example.com today.", []string{"Write to Jane.Doe@example.com today."}},
		{"url", "See www.example.50.com/new-site/awesome_content.html now.",
			[]string{"See www.example.50.com/new-site/awesome_content.html now."}},
		{"domains", "They sell on Amazon.com and Booking.Com, and read BBC.co.uk daily.",
			[]string{"They sell on Amazon.com and Booking.Com, and read BBC.co.uk daily."}},
		{"abbreviations", "The U.S.A. team, e.g. Smith, i.e. the Ph.D. holder, met at 9 a.m. on site.",
			[]string{"The U.S.A. team, e.g. Smith, i.e. the Ph.D. holder, met at 9 a.m. on site."}},
		{"initials", "J.R.R. Tolkien wrote it.", []string{"J.R.R. Tolkien wrote it."}},
		{"numbers", "Version v2.0 of 1026.253.553 rose 3.5 percent.", []string{"Version v2.0 of 1026.253.553 rose 3.5 percent."}},
		{"files", "Open report.PDF or main.go or Notes.Pdf first.", []string{"Open report.PDF or main.go or Notes.Pdf first."}},
		{"product names", "It runs on ASP.NET and Node.js with System.Collections.Generic inside.",
			[]string{"It runs on ASP.NET and Node.js with System.Collections.Generic inside."}},
		{"method name", "Call Console.WriteLine to print.", []string{"Call Console.WriteLine to print."}},
		{"title glued to name", "Mr.Smith and St.Louis stayed.", []string{"Mr.Smith and St.Louis stayed."}},
		{"ellipsis", "Wait...Then it came.", []string{"Wait...Then it came."}},
		{"company abbreviation", "He founded Acme Inc.The firm grew.", []string{"He founded Acme Inc.", "The firm grew."}},
		{"section letter", "See Figure 3.A for details.", []string{"See Figure 3.A for details."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, sp := range Segment(tc.text) {
				got = append(got, tc.text[sp.Start:sp.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("segment(%q)\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestGluedTail(t *testing.T) {
	for _, tc := range []struct{ tok, want string }{
		{"Tuesday.Mr.", "Mr."},
		{"U.S.A.", "U.S.A."},
		{"lot.", "lot."},
		{"1,000.That", "That"},
	} {
		if got := gluedTail(tc.tok); got != tc.want {
			t.Errorf("gluedTail(%q) = %q, want %q", tc.tok, got, tc.want)
		}
	}
}
