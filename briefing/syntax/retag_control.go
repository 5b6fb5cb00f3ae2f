package syntax

import "strings"

// controlVerbAsOther returns, in a sentence with no verb at its root or
// where the parse made it the subject of the infinitive after it ("The
// manifesto pledges to build"), a word the tagger read as a noun or an
// adjective that is a verb taking an infinitive, right after a word that
// may end its subject and right before "to" and a bare verb ("The
// mission's head, …, plans to open two bases", "both governments
// committed to keep heavy weapons out"), with
// the tag it takes as a verb ("VERB VBZ" for a form in -s, "VERB VBD" for
// one in -ed); else -1.
func (m *Model) controlVerbAsOther(words []Word) (int, string) {
	s := &Sentence{Words: words}
	r := s.Root()
	if r < 0 {
		return -1, ""
	}
	verbless := words[r].UPOS != "VERB" && words[r].UPOS != "AUX"
	for k := 1; k+2 < len(words); k++ {
		w := words[k]
		if w.UPOS != "NOUN" && w.UPOS != "ADJ" || !strings.EqualFold(words[k+1].Form, "to") || words[k+2].XPOS != "VB" ||
			!subjectEnd(words[k-1]) || !verbless && !(w.Head == k+2 && w.Rel == "nsubj") {
			continue
		}
		low := strings.ToLower(w.Form)
		class := ""
		switch {
		case strings.HasSuffix(low, "ed"):
			class = "VERB VBD"
		case strings.HasSuffix(low, "s"):
			class = "VERB VBZ"
		default:
			continue
		}
		if lemma := m.lem.Lemma(w.Form, "VERB", class[5:]); infinitiveVerbs[lemma] || controlVerbs[lemma] {
			return k, class
		}
	}
	return -1, ""
}

// coordinatedControlVerb returns a plural noun the tagger read for a verb
// taking an infinitive that "and" or "but" joins to a finite clause before
// it ("Sanrei will be responsible for development and plans to submit a
// notification"), or -1: the verb shares that clause's subject.
func (m *Model) coordinatedControlVerb(words []Word) int {
	finite := false
	for k := 1; k+2 < len(words); k++ {
		w := words[k]
		finite = finite || words[k-1].UPOS == "AUX" || strings.HasPrefix(words[k-1].XPOS, "VB") && words[k-1].XPOS != "VBG" && words[k-1].XPOS != "VBN" && words[k-1].XPOS != "VB"
		if !finite || w.XPOS != "NNS" || words[k-1].UPOS != "CCONJ" || !strings.EqualFold(words[k+1].Form, "to") || words[k+2].XPOS != "VB" {
			continue
		}
		if lemma := m.lem.Lemma(w.Form, "VERB", "VBZ"); infinitiveVerbs[lemma] || controlVerbs[lemma] {
			return k
		}
	}
	return -1
}

// subjectEnd reports whether a word may end a subject: a noun, a name, a
// pronoun, or the comma that closes an apposition on one.
func subjectEnd(w Word) bool {
	switch w.UPOS {
	case "NOUN", "PROPN", "PRON":
		return true
	}
	return w.Form == ","
}

// controlVerbs take an infinitive of what their subject binds itself to
// ("committed to keep", "agrees to pay"), besides infinitiveVerbs.
var controlVerbs = map[string]bool{"commit": true, "agree": true, "offer": true, "propose": true, "prepare": true}
