package draft

// Weights of a sentence's content: a summary sentence should say who did
// what and when by itself.
const (
	leanOnWeight = 0.5 // rank kept by a sentence whose subject is a pronoun: it leans on the one before
)

// selfContained weighs sentence si by whether it reads alone: a subject
// that is a personal or demonstrative pronoun ("It is reported to be keen
// …", "This was illegal") refers to a sentence the summary may not hold.
func selfContained(d *document, si int) float64 {
	if si >= len(d.parsed) {
		return 1
	}
	p := &d.parsed[si]
	r := p.Root()
	if r < 0 {
		return 1
	}
	for _, k := range p.ChildrenWith(r, "nsubj", "expl") {
		if w := p.Words[k]; w.UPOS == "PRON" || w.XPOS == "DT" && len(p.Children(k)) == 0 {
			return leanOnWeight
		}
	}
	return 1
}
