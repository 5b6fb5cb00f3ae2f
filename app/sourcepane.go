package app

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// sourcePane shows the article read-only, one block a sentence, so that an
// item's source sentences can be tinted and scrolled to.
type sourcePane struct {
	root      fyne.CanvasObject
	meta      *widget.Label
	box       *fyne.Container
	scroll    *container.Scroll
	src       *briefing.Source
	furniture map[briefing.Span]bool // src's page furniture, shown dimmed
	blocks    []fyne.CanvasObject
	views     []*sentenceView // views[n-1] is sentence n
	lit       []int
	onPick    func(n int, at fyne.Position)
}

func newSourcePane(onPick func(int, fyne.Position)) *sourcePane {
	p := &sourcePane{onPick: onPick, box: container.NewVBox()}
	heading := widget.NewLabelWithStyle("Source", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.meta = widget.NewLabel("")
	p.meta.Wrapping = fyne.TextWrapWord
	p.meta.SizeName = theme.SizeNameCaptionText
	p.scroll = container.NewVScroll(p.box)
	p.root = container.NewBorder(container.NewVBox(heading, p.meta, widget.NewSeparator()), nil, nil, nil, p.scroll)
	p.show(nil)
	return p
}

// firstSentences is how many sentences the pane shows at first; "Show
// more" adds moreSentences at a time, and showing an item's source
// reaches as far as its sentences.
const (
	firstSentences = 200
	moreSentences  = 400
)

// show replaces the pane's content with src (nil for none).
func (p *sourcePane) show(src *briefing.Source) {
	p.src, p.views, p.lit, p.blocks = nil, nil, nil, nil
	if src == nil || strings.TrimSpace(src.Text) == "" {
		p.meta.SetText("The article a brief is drafted from appears here.")
		p.attach()
		return
	}
	p.src, p.furniture = src, map[briefing.Span]bool{}
	for _, f := range src.Furniture {
		p.furniture[f] = true
	}
	p.meta.SetText(sourceMeta(src))
	p.extend(firstSentences)
	p.scroll.ScrollToTop()
}

// extend shows the sentences up to number n (all when n is past the end).
func (p *sourcePane) extend(n int) {
	src := p.src
	if src == nil || n <= len(p.views) {
		return
	}
	if len(p.blocks) > 0 && len(p.views) < len(src.Sentences) {
		p.blocks = p.blocks[:len(p.blocks)-1] // the "Show more" button
	}
	prev := 0
	if k := len(p.views); k > 0 {
		prev = src.Sentences[k-1].End
	}
	for i := len(p.views); i < min(n, len(src.Sentences)); i++ {
		sp := src.Sentences[i]
		p.addGap(src.Text[prev:sp.Start], i == 0)
		v := newSentenceView(i+1, oneLine(src.SentenceText(i+1)), p.furniture[sp], p.onPick)
		p.views = append(p.views, v)
		p.blocks = append(p.blocks, v)
		prev = sp.End
	}
	if left := len(src.Sentences) - len(p.views); left > 0 {
		more := widget.NewButton("Show "+strconv.Itoa(min(left, moreSentences))+" more sentences ("+
			strconv.Itoa(len(src.Sentences))+" in all)", func() { p.extend(len(p.views) + moreSentences) })
		more.Importance = widget.LowImportance
		p.blocks = append(p.blocks, container.NewHBox(more))
	} else {
		p.addGap(src.Text[prev:], prev == 0)
	}
	p.attach()
}

// attach puts the blocks in the pane at once: adding one by one would lay
// it out each time.
func (p *sourcePane) attach() {
	p.box.Objects = p.blocks
	p.box.Refresh()
}

// addGap shows the text between sentences (a dateline, a heading) as plain
// text, and a paragraph break as space.
func (p *sourcePane) addGap(gap string, first bool) {
	if strings.Contains(gap, "\n") && !first {
		space := canvas.NewRectangle(nil)
		space.SetMinSize(fyne.NewSize(1, 6))
		p.blocks = append(p.blocks, space)
	}
	if t := strings.TrimSpace(gap); t != "" {
		l := widget.NewLabelWithStyle(t, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		l.Wrapping = fyne.TextWrapWord
		p.blocks = append(p.blocks, l)
	}
}

// highlight tints sentences nums (1-based) and scrolls the first into view.
func (p *sourcePane) highlight(nums []int) {
	for _, n := range p.lit {
		p.views[n-1].setLit(false)
	}
	p.lit = p.lit[:0]
	if len(nums) > 0 {
		p.extend(slices.Max(nums))
	}
	for _, n := range nums {
		if n >= 1 && n <= len(p.views) {
			p.views[n-1].setLit(true)
			p.lit = append(p.lit, n)
		}
	}
	if len(p.lit) > 0 {
		y := p.views[p.lit[0]-1].Position().Y - 12
		p.scroll.ScrollToOffset(fyne.NewPos(0, max(y, 0)))
	}
}

// highlighted returns the numbers of the tinted sentences.
func (p *sourcePane) highlighted() []int { return append([]int(nil), p.lit...) }

// sourceMeta is the line under the pane's heading: title, date, address.
func sourceMeta(src *briefing.Source) string {
	var parts []string
	for _, s := range []string{src.Title, src.Published, src.URL} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return "Pasted article"
	}
	return strings.Join(parts, " · ")
}

// oneLine folds white space runs, line breaks included, to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
