package source

import (
	"testing"
)

func TestReadEmail(t *testing.T) {
	tests := []struct {
		name, msg        string
		text, title, url string
		published        string
	}{
		{"plain, no MIME headers", "Subject: Re: RE: Talks resume\nDate: Mon, 3 Jun 2024 10:00:00 +0000\n\nTalks resumed in Doha.\n",
			"Talks resumed in Doha.", "Talks resume", "", "2024-06-03T10:00:00Z"},
		{"quoted-printable latin-1", "Subject: =?ISO-8859-1?Q?Gen=E8ve?=\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nVote =E0 Gen=E8ve.\n",
			"Vote à Genève.", "Genève", "", ""},
		{"base64 with CRLF lines", "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nUmFiYXQg4oCTIE1v\r\ncm9jY28=\r\n",
			"Rabat – Morocco", "", "", ""},
		{"damaged base64 keeps the start", "Content-Transfer-Encoding: base64\n\nUmFiYXQgc2FpZA==!!!",
			"Rabat said", "", "", ""},
		{"format=flowed", "Content-Type: text/plain; format=flowed\n\nA long line \nwrapped here.\n\nNext.\n",
			"A long line wrapped here.\n\nNext.", "", "", ""},
		{"format=flowed delsp", "Content-Type: text/plain; format=flowed; delsp=yes\n\nWrap \nped.\n",
			"Wrapped.", "", "", ""},
		{"html part when no plain part", "Subject: S\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/html\n\n<title>T</title><nav>Menu</nav><p>Body <b>text</b>.</p><link rel=canonical href=\"https://c.example/\">\n--b--\n",
			"Body text.", "S", "https://c.example/", ""},
		{"html title when no subject", "Content-Type: text/html\nDate: bad date\n\n<title>Page title</title><p>Body.</p><meta name=date content=2022-02-02>",
			"Body.", "Page title", "", "2022-02-02T00:00:00Z"},
		{"nested multipart, plain chosen", "Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: multipart/related; boundary=r\n\n--r\nContent-Type: multipart/alternative; boundary=a\n\n--a\nContent-Type: text/html\n\n<p>HTML.</p>\n--a\nContent-Type: text/plain\n\nPlain.\n--a--\n--r--\n--o--\n",
			"Plain.", "", "", ""},
		{"unknown charset falls back", "Content-Type: text/plain; charset=x-klingon\n\nGen\xE8ve\n",
			"Genève", "", "", ""},
		{"damaged tail after the text", "Content-Type: multipart/mixed; boundary=z\n\n--z\nContent-Type: text/plain\n\nKept.\n--z\nbroken header line without colon\n",
			"Kept.", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Read("mail.eml", []byte(tt.msg))
			if err != nil {
				t.Fatal(err)
			}
			got := [4]string{s.Text, s.Title, s.URL, formatTime(s.Published)}
			want := [4]string{tt.text, tt.title, tt.url, tt.published}
			if got != want {
				t.Errorf("got %q\nwant %q", got, want)
			}
			checkSource(t, s)
		})
	}
}

func TestReadEmailTooManyParts(t *testing.T) {
	msg := "Content-Type: multipart/mixed; boundary=b\n\n"
	for i := 0; i < maxMailParts+10; i++ {
		msg += "--b\nContent-Type: image/png\n\nx\n"
	}
	msg += "--b--\n"
	if _, err := Read("many.eml", []byte(msg)); err == nil || err.Error() != "cannot read many.eml: the message has too many parts" {
		t.Errorf("err = %v", err)
	}
}
