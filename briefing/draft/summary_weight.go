package draft

// leanOnWeight is the rank kept by a sentence that leans on the one before
// it when that one is not in the summary.
const leanOnWeight = 0.5

// leansOnPrevious reports whether sentence si needs the sentence before it
// to be understood: its subject is a personal or demonstrative pronoun ("It
// is reported to be keen …", "This was illegal"), which a summary sentence
// should not leave without its referent.
func leansOnPrevious(d *document, si int) bool {
	if si >= len(d.Parsed) {
		return false
	}
	p := &d.Parsed[si]
	r := p.Root()
	if r < 0 {
		return false
	}
	for _, k := range p.ChildrenWith(r, "nsubj", "expl") {
		if w := p.Words[k]; w.UPOS == "PRON" || w.XPOS == "DT" && len(p.Children(k)) == 0 {
			return true
		}
	}
	return false
}
