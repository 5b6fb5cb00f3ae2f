package draft

import (
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// FuzzDraft checks that any text drafts without a panic into a brief that
// passes briefing.Validate, or is refused with an error.
func FuzzDraft(f *testing.F) {
	f.Add(drafttest.Example(f))
	for _, seed := range []string{
		"", " \n\t ", "Rabat – Morocco’s King Mohammed VI held a call.", "U.S. Sen. J. Smith (R.) said... \"No.\" 1) a 2) b",
		"北京是中国的首都。习近平主席会见了客人。", "الرباط عاصمة المغرب. هذه جملة ثانية.", "🎉 Party 🎉. Big 🚀 launch on Monday!",
		"\xff\xfe invalid \xc3 bytes", "A (ACR) B (C) ( ) (", "Xi Jinping, President of", "Minister of", "He met the President of the", "1. 2. 3. a. b.",
		"$€£ 5% 3.5 350,000 1,2 billion", strings.Repeat("Mr. ", 50), "’s ’s Morocco’s’s", "between 2016 and and 2019 by the end of",
		"By . Jo Li . PUBLISHED: . 08:41 EST, 14 June 2014 . A man won. Scroll down for video Advertisement Share this article Share Advertisement The end.",
		"(CNN)The search. Key points: • a • b\nRelated Topics\nA\nB", "Deadly: The plane (pictured) vanished Millions of people watched it, 48, Ltd. Former",
	} {
		f.Add(seed)
	}
	published := time.Date(2020, 8, 31, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		b, err := Draft(text, Options{Published: published})
		if err != nil {
			if b != nil {
				t.Fatalf("error %v with a brief", err)
			}
			return
		}
		if err := b.Validate(); err != nil {
			t.Fatalf("brief does not validate: %v\ntext %q", err, text)
		}
	})
}
