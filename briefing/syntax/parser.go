package syntax

import "strings"

// Parser is a greedy arc-eager dependency parser with an averaged perceptron
// over the features of Zhang and Nivre (2011).
type Parser struct {
	rels   []string // relation names
	coarse []uint64 // tag class → its universal part of speech, hashed
	kinds  []uint8  // tag class → kindNoun, kindVerb or 0; nil without semantic classes
	marks  []uint8  // tag class → markVerb, markPunct or 0; nil without the features of the words between
	w      *weights
}

// newParserTables returns a parser without weights that holds the tag
// tables of its features: the semantic classes and the words between
// when asked for.
func newParserTables(tags []string, semantic, between bool) *Parser {
	p := &Parser{coarse: coarseTags(tags)}
	if semantic {
		p.kinds = byUPOS(tags, kindOfUPOS)
	}
	if between {
		p.marks = byUPOS(tags, markOfUPOS)
	}
	return p
}

// Kinds of tag class for the parser's semantic features.
const (
	kindNoun = 1
	kindVerb = 2
)

var kindOfUPOS = map[string]uint8{"NOUN": kindNoun, "PROPN": kindNoun, "VERB": kindVerb}

// Marks of tag class that the parser counts between the stack top and the
// buffer front.
const (
	markVerb  = 1
	markPunct = 2
)

var markOfUPOS = map[string]uint8{"VERB": markVerb, "AUX": markVerb, "PUNCT": markPunct}

// byUPOS maps each of the tagger's classes ("NOUN NNS") to the value its
// universal part of speech has in table (0 when it has none).
func byUPOS(tags []string, table map[string]uint8) []uint8 {
	out := make([]uint8, len(tags))
	for k, t := range tags {
		upos, _, _ := strings.Cut(t, " ")
		out[k] = table[upos]
	}
	return out
}

// coarseTags maps the tagger's classes ("NOUN NNS") to their universal part
// of speech for the parser's features.
func coarseTags(tags []string) []uint64 {
	out := make([]uint64, len(tags))
	for k, t := range tags {
		upos, _, _ := strings.Cut(t, " ")
		out[k] = hashString(upos)
	}
	return out
}

// parse returns the head (-1 = root) and relation of each word, given the
// words' features and tag classes.
func (p *Parser) parse(infos []wordInfo, tags []int) (heads, rels []int) {
	n := len(infos)
	heads, rels = make([]int, n), make([]int, n)
	if n == 0 {
		return heads, rels
	}
	s := newState(n, nil)
	ctx := newParseContext(infos, tags, p, nil)
	scores := make([]int32, p.w.classes)
	relNone := uint64(len(p.rels))
	var feats []feature
	for !s.done() {
		feats = parseFeatures(feats[:0], s, ctx, relNone)
		clear(scores)
		p.w.score(feats, scores)
		best := -1
		for t, sc := range scores {
			if (best < 0 || sc > scores[best]) && s.valid(t) {
				best = t
			}
		}
		s.apply(best)
	}
	return p.finish(s)
}

// finish reads the tree off the final state. Words left without a head
// attach to the root word; a sentence whose root took no dependent gets its
// first headless word as the root.
func (p *Parser) finish(s *state) (heads, rels []int) {
	n := s.n - 1
	heads, rels = make([]int, n), make([]int, n)
	root := -1
	if s.nodes[0].r1 > 0 {
		root = s.nodes[0].r1
	}
	for i := 1; i <= n; i++ {
		if s.nodes[i].head < 0 && root < 0 {
			root = i
			s.nodes[i].head, s.nodes[i].rel = 0, p.rel("root")
		}
	}
	for i := 1; i <= n; i++ {
		nd := s.nodes[i]
		switch {
		case nd.head < 0:
			heads[i-1], rels[i-1] = root-1, p.rel("parataxis")
		case nd.head == 0 && i != root:
			heads[i-1], rels[i-1] = root-1, p.rel("parataxis")
		default:
			heads[i-1], rels[i-1] = nd.head-1, nd.rel
			if nd.head == 0 {
				rels[i-1] = p.rel("root")
			}
		}
	}
	return heads, rels
}

// rel returns the number of a relation name (0 if the model lacks it).
func (p *Parser) rel(name string) int {
	for k, r := range p.rels {
		if r == name {
			return k
		}
	}
	return 0
}
