// Package syntax analyses English sentences: UD tokenisation with byte spans
// into the source, part-of-speech tags (UPOS and Penn Treebank XPOS), lemmas
// and a labelled dependency tree per sentence. The tagger and the parser are
// averaged perceptrons trained on UD English EWT (CC BY-SA 4.0); the trained
// model is embedded from assets/syntax and loaded once.
package syntax

// Word is one syntactic word of a sentence.
type Word struct {
	// Form is the word as written; for a word the source writes otherwise
	// (a curly apostrophe) Form is still the source's bytes.
	Form string
	// Start and End are the word's byte span in the analysed text:
	// text[Start:End] == Form.
	Start, End int
	// Lemma is the dictionary form ("vowed" → "vow").
	Lemma string
	// UPOS is the universal part of speech (NOUN, VERB, PROPN …); XPOS is the
	// Penn Treebank tag, which carries tense and number (VBD, VBZ, MD, NNS …).
	UPOS, XPOS string
	// Head is the index of the word's head in Sentence.Words, or -1 for the
	// root of the sentence.
	Head int
	// Rel is the UD dependency relation to the head (nsubj, obj, xcomp,
	// nsubj:pass …); the root has "root".
	Rel string
}

// Sentence is an analysed sentence.
type Sentence struct {
	// Start and End are the sentence's byte span in the analysed text.
	Start, End int
	Words      []Word
}

// Children returns the indices of the words whose head is word i, in order.
func (s *Sentence) Children(i int) []int {
	var out []int
	for k, w := range s.Words {
		if w.Head == i {
			out = append(out, k)
		}
	}
	return out
}

// Root returns the index of the sentence's root word, or -1 for an empty
// sentence.
func (s *Sentence) Root() int {
	for k, w := range s.Words {
		if w.Head < 0 {
			return k
		}
	}
	return -1
}
