package text

import (
	"regexp"
	"strings"
	"unicode"
)

// maxSpeakerWords bounds each part of a speaker label: the name ("Lidia
// Varga:", "Question from the floor:") and the office before it
// ("MINISTER OF HEALTH, DR ABENA OWUSU-MENSAH:").
const maxSpeakerWords = 4

// maxSpeakerBytes bounds how far into a turn the colon of its label is.
const maxSpeakerBytes = 60

// speakerLinks are the lower-case words a speaker's office may hold
// inside it ("Minister of Health, Dr Abena Mensah:").
var speakerLinks = SetOf("of", "for", "and", "the")

// SpeakerLabel returns the span of the label that opens a turn of a
// transcript in s, without its colon: after list marks, a name of up to
// four capitalised words, or an office and a name set apart by a comma,
// maybe with a source in parentheses after it ("Q (Reuters):", "QUESTION
// (Kofi Mensah, Daily Ledger):"), then a colon and a space ("Marta Ilves:
// …", "PREMIER: …", "WHO REPRESENTATIVE, DR ANA LIMA: …"). The span runs
// to the end of the name, before the parentheses. A clock time ("10:30")
// or prose with a colon ("The deal is clear: …") opens none. The number
// of a question in a committee's record ("Q3 Owen Carrick:") is left out
// of the span (see QuestionNumber), and so is a recording's time stamp
// before it ("[00:04:12] HENDRIK VOSS:"). A legislature's record labels
// a turn with a full stop instead (see recordLabelRe).
func SpeakerLabel(s string) (start, end int, ok bool) {
	start = len(s) - len(strings.TrimLeft(s, " \t*-–—"))
	start += TimestampEnd(s[start:]) // "[00:00:31] HENDRIK VOSS:": a recording's time stamp before the label
	if interviewLabel(s[start:]) {
		return start, start + 1, true // "Q. What is your first priority?", "A. Getting a budget through."
	}
	if m := recordLabelRe.FindStringSubmatchIndex(s[start:]); m != nil {
		return start, start + m[3], true // "Mr. REYES. Thank you, Madam Chair."
	}
	colon := strings.IndexByte(s[start:], ':')
	if colon <= 0 || colon > maxSpeakerBytes && (colon > 2*maxSpeakerBytes || s[start+colon-1] != ')') {
		return 0, 0, false // a longer label only with its source in brackets: "MODERATOR (Kārlis Bērziņš, Head of Press, Ministry of Defence):"
	}
	colon += start
	if colon+1 < len(s) && !unicode.IsSpace(rune(s[colon+1])) {
		return 0, 0, false // "10:30", "Note:x"
	}
	if n := QuestionNumber(s[start:colon]); n > 0 {
		start += n // "Q3 Owen Carrick:": the question's number is no part of the name
	}
	label := strings.TrimRight(s[start:colon], " *")
	if p := strings.IndexByte(label, '('); p > 0 && strings.HasSuffix(label, ")") {
		label = strings.TrimRight(label[:p], " ")
	}
	parts := strings.Split(label, ", ")
	if len(parts) > 2 {
		return 0, 0, false
	}
	for _, part := range parts {
		if words := strings.Fields(part); !speakerPart(words) && !(len(parts) == 2 && officePart(words)) {
			return 0, 0, false
		}
	}
	return start, start + len(label), true
}

// recordLabelRe matches the label of a turn as a legislature's record
// prints it: a form of address or an office, the speaker's surname in
// capitals and a full stop ("Mr. REYES. Thank you", "Senator HOLLOWAY.
// The Subcommittee will come to order", "The CHAIRMAN. Without
// objection").
var recordLabelRe = regexp.MustCompile(`^((?:Mr\.|Mrs\.|Ms\.|Dr\.|Senator|Representative|Chairman|Chairwoman|Secretary|General|Admiral|Governor|The) \p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?)\. +\S`)

// interviewLabel reports whether s opens with the "Q." or "A." by which a
// printed interview marks its questions and answers, then a space and a
// word written in lower case inside sentences elsewhere, "I" or a bracket
// ("A. (laughs)"), not a name after an initial; or is that label alone.
func interviewLabel(s string) bool {
	if s == "Q." || s == "A." {
		return true // the label read as a sentence of its own
	}
	if len(s) < 4 || s[0] != 'Q' && s[0] != 'A' || s[1] != '.' || s[2] != ' ' {
		return false
	}
	r := []rune(s[3:])
	if unicode.IsLower(r[0]) || r[0] == '.' {
		return false
	}
	if !unicode.IsUpper(r[0]) {
		return true // "A. (laughs) I have a job to do."
	}
	w, _, _ := strings.Cut(s[3:], " ")
	w = strings.TrimRight(w, ".,;:!?")
	return w == "I" || LoadPunkt().Ortho[strings.ToLower(w)]&OrthoMidLc != 0 // "A. Getting a budget through", not the initial of "A. Ranatunga" or "A. Q. Khan"
}

// Answerers are the labels, in lower case, of the turns in which a printed
// interview gives its subject's answers ("A.", "A:", "Answer:").
var Answerers = SetOf("a", "answer")

// QuestionNumber returns the length, with the space after it, of the
// number of a question that opens s as a committee's record numbers the
// questions its members put ("Q3 Owen Carrick:", "Q12 Chair:"), or 0.
func QuestionNumber(s string) int {
	if len(s) < 3 || s[0] != 'Q' {
		return 0
	}
	k := 1
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 1 || k >= len(s) || s[k] != ' ' {
		return 0
	}
	return k + 1
}

// speakerPart reports whether words may be a name or an office in a
// speaker label: one to maxSpeakerWords words, each capitalised but for
// a link word inside, none quoted. A longer office is read by officePart.
func speakerPart(words []string) bool {
	if len(words) == 0 || len(words) > maxSpeakerWords {
		return false
	}
	for k, w := range words {
		if strings.ContainsAny(w, "\"“”'‘’,") {
			return false
		}
		if r := []rune(w); !unicode.IsUpper(r[0]) && (k == 0 || !speakerLinks[w]) {
			return false
		}
	}
	return true
}

// maxOfficeWords bounds an office beside a name in a speaker label, when
// link words hold it together ("CATHERINE MORROW, MINISTER FOR CLIMATE
// CHANGE AND ENERGY:").
const maxOfficeWords = 8

// officePart reports whether words may be an office beside a name in a
// speaker label: up to maxOfficeWords words with a link word inside, each
// capitalised but for the link words (see speakerPart).
func officePart(words []string) bool {
	if len(words) <= maxSpeakerWords || len(words) > maxOfficeWords {
		return false
	}
	linked := false
	for _, w := range words[1:] {
		linked = linked || speakerLinks[w] || speakerLinks[strings.ToLower(w)]
	}
	return linked && speakerPart(words[:maxSpeakerWords]) && speakerPart(words[maxSpeakerWords-1:])
}

// Questioners are the labels, in lower case, of the turns in which a
// transcript's questions are put or its speakers are called ("Q:",
// "QUESTION (Reuters):", "Interviewer:", "Moderator:", "Operator:").
var Questioners = SetOf("q", "question", "questioner", "interviewer", "reporter", "journalist", "moderator", "operator", "host", "presenter", "anchor")

// timestampRe matches a recording's time stamp in brackets before a
// transcript's label: "[00:04:12] ", "[12:31] ", "(00:01:02) ".
var timestampRe = regexp.MustCompile(`^[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s+`)

// TimestampEnd returns the length of the recording's time stamp that
// opens s ("[00:04:12] HENDRIK VOSS: …"), 0 when none does.
func TimestampEnd(s string) int {
	if loc := timestampRe.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return 0
}
