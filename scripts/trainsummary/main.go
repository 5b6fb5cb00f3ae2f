// Command trainsummary trains the summary's sentence ranker on the BBC
// News Summary articles and their extractive summaries (one category) and
// writes the weights the binary embeds. A sentence is a positive example
// when the extractive summary holds it. The same data gives the same
// weights (full-batch gradient descent from zero); its defaults are those
// of the shipped ranker:
//
//	go run ./scripts/trainsummary -data ../shared/eval/dev/bbc_business_tech.jsonl \
//	    -train business -check tech -out briefing/draft/summary/weights.go
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft"
	"github.com/briefdesk/briefdesk/briefing/draft/summary"
)

// article is one line of the data: the text (title line, blank line,
// body) and the sentences of its extractive summary run together.
type article struct {
	Category string `json:"category"`
	Article  string `json:"article"`
	Summary  string `json:"summary_extractive"`
}

// example is one sentence: its features and whether the summary holds it.
type example struct {
	x   []float64
	pos bool
}

func main() {
	data := flag.String("data", "../shared/eval/dev/bbc_business_tech.jsonl", "articles with extractive summaries (JSON lines)")
	train := flag.String("train", "business", "category to train on")
	check := flag.String("check", "tech", "category to report the ranker's accuracy on (empty: none)")
	out := flag.String("out", "briefing/draft/summary/weights.go", "Go file to write the weights to")
	iters := flag.Int("iters", 3000, "gradient descent steps")
	rate := flag.Float64("rate", 0.5, "learning rate")
	l2 := flag.Float64("l2", 1e-3, "L2 penalty on the weights (the bias aside)")
	flag.Parse()
	arts, err := read(*data)
	if err != nil {
		fail(err)
	}
	tr := examples(arts, *train)
	w := fit(tr, *iters, *rate, *l2)
	fmt.Fprintf(os.Stderr, "%s: %d sentences, AUC %.3f\n", *train, len(tr), auc(tr, w))
	if *check != "" {
		ch := examples(arts, *check)
		fmt.Fprintf(os.Stderr, "%s: %d sentences, AUC %.3f\n", *check, len(ch), auc(ch, w))
	}
	src, err := format.Source(source(w, *train))
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainsummary:", err)
	os.Exit(1)
}

// read reads the articles of a JSON-lines file.
func read(path string) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, sc.Err()
}

// examples drafts the articles of a category and labels their body
// sentences by the extractive summary.
func examples(arts []article, category string) []example {
	var out []example
	day := time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, a := range arts {
		if a.Category != category {
			continue
		}
		d, err := draft.Analyse(a.Article, draft.Options{Published: day})
		if err != nil {
			continue
		}
		ref := squash(a.Summary)
		body, xs := summary.Features(d)
		for k, si := range body {
			sp := d.Sentences[si]
			out = append(out, example{xs[k], strings.Contains(ref, squash(d.Text[sp.Start:sp.End]))})
		}
	}
	return out
}

// squash collapses white space, so that a sentence is found in the
// summary however the lines broke.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// fit trains a logistic model by full-batch gradient descent.
func fit(ex []example, iters int, rate, l2 float64) []float64 {
	n := len(summary.FeatureNames)
	w := make([]float64, n)
	grad := make([]float64, n)
	for it := 0; it < iters; it++ {
		clear(grad)
		for _, e := range ex {
			g := sigmoid(dot(w, e.x))
			if e.pos {
				g--
			}
			for i, v := range e.x {
				grad[i] += g * v
			}
		}
		for i := range w {
			reg := l2 * w[i]
			if i == 0 {
				reg = 0
			}
			w[i] -= rate * (grad[i]/float64(len(ex)) + reg)
		}
	}
	return w
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func dot(w, x []float64) float64 {
	z := 0.0
	for i := range w {
		z += w[i] * x[i]
	}
	return z
}

// auc is the area under the ROC curve: the chance that a positive
// sentence scores above a negative one.
func auc(ex []example, w []float64) float64 {
	type scored struct {
		s   float64
		pos bool
	}
	ss := make([]scored, len(ex))
	for i, e := range ex {
		ss[i] = scored{dot(w, e.x), e.pos}
	}
	sort.Slice(ss, func(a, b int) bool { return ss[a].s < ss[b].s })
	var pos, neg, above float64
	for _, s := range ss {
		if s.pos {
			pos++
			above += neg
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return 0
	}
	return above / (pos * neg)
}

// source renders the weights as the Go file the summary package compiles.
func source(w []float64, category string) []byte {
	var b strings.Builder
	b.WriteString("// Code generated by scripts/trainsummary; DO NOT EDIT.\n\n")
	b.WriteString("package summary\n\n")
	fmt.Fprintf(&b, "// rankWeights are the weights of the sentence ranker, trained on the %s\n", category)
	b.WriteString("// articles of the BBC News Summary data set and their extractive summaries.\n")
	b.WriteString("var rankWeights = [numFeatures]float64{\n")
	for i, v := range w {
		fmt.Fprintf(&b, "\t%.4f, // %s\n", v, summary.FeatureNames[i])
	}
	b.WriteString("}\n")
	return []byte(b.String())
}
