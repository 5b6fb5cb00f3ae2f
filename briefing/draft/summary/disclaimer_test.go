package summary

import "testing"

func TestDisclaimer(t *testing.T) {
	checkSentences(t, "disclaimer", disclaimer, []sentenceCase{
		{"a safe-harbour notice", "Before we begin, please note that today's remarks include forward-looking statements that are subject to risks.", true},
		{"no duty to update", "We undertake no obligation to update these statements.", true},
		{"who else is on the call", "With me are Marcus Hale, our Chief Executive Officer, and Elena Sorokina, our Chief Financial Officer.", true},
		{"news about the outlook", "The company raised its forecast for the year and said it would cut 400 jobs.", false},
		{"a sentence that opens with with", "With prices falling, the firm will close two plants.", false},
		{"a bulletin's time check", "NEWSREADER (Claire Hopwood): Good morning, it's eight o'clock.", true},
		{"a station's name", "This is Severn Sound News.", true},
		{"a bulletin's sign-off", "That's Severn Sound News.", true},
		{"news about a station", "This is the third time the radio station has been fined.", false},
	})
}
