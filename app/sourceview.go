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

// sourceView shows one source read-only, one block a sentence, so that an
// item's source sentences can be tinted and scrolled to.
type sourceView struct {
	root      fyne.CanvasObject
	box       *fyne.Container
	scroll    *container.Scroll
	src       *briefing.Source
	furniture map[briefing.Span]bool // src's page furniture, shown dimmed
	blocks    []fyne.CanvasObject
	views     []*sentenceView // views[n-1] is sentence n
	lit       []int
	onPick    func(n int, at fyne.Position)
}

// newSourceView shows src under a line naming it; remove, when not nil,
// is the action of a Remove button on that line.
func newSourceView(src *briefing.Source, remove func(), onPick func(int, fyne.Position)) *sourceView {
	v := &sourceView{src: src, onPick: onPick, box: container.NewVBox(), furniture: map[briefing.Span]bool{}}
	for _, f := range src.Furniture {
		v.furniture[f] = true
	}
	meta := widget.NewLabel(sourceMeta(src))
	meta.Wrapping = fyne.TextWrapWord
	meta.SizeName = theme.SizeNameCaptionText
	var top fyne.CanvasObject = meta
	if remove != nil {
		del := widget.NewButtonWithIcon("Remove source…", theme.DeleteIcon(), remove)
		del.Importance = widget.LowImportance
		top = container.NewBorder(nil, nil, nil, del, meta)
	}
	v.scroll = container.NewVScroll(v.box)
	v.root = container.NewBorder(container.NewVBox(top, widget.NewSeparator()), nil, nil, nil, v.scroll)
	v.extend(firstSentences)
	return v
}

// firstSentences is how many sentences a source shows at first; "Show
// more" adds moreSentences at a time, and showing an item's source
// reaches as far as its sentences.
const (
	firstSentences = 200
	moreSentences  = 400
)

// extend shows the sentences up to number n (all when n is past the end).
func (v *sourceView) extend(n int) {
	src := v.src
	if n <= len(v.views) {
		return
	}
	if len(v.blocks) > 0 && len(v.views) < len(src.Sentences) {
		v.blocks = v.blocks[:len(v.blocks)-1] // the "Show more" button
	}
	prev := 0
	if k := len(v.views); k > 0 {
		prev = src.Sentences[k-1].End
	}
	for i := len(v.views); i < min(n, len(src.Sentences)); i++ {
		sp := src.Sentences[i]
		v.addGap(src.Text[prev:sp.Start], i == 0)
		s := newSentenceView(i+1, oneLine(src.SentenceText(i+1)), v.furniture[sp], v.onPick)
		v.views = append(v.views, s)
		v.blocks = append(v.blocks, s)
		prev = sp.End
	}
	if left := len(src.Sentences) - len(v.views); left > 0 {
		more := widget.NewButton("Show "+strconv.Itoa(min(left, moreSentences))+" more sentences ("+
			strconv.Itoa(len(src.Sentences))+" in all)", func() { v.extend(len(v.views) + moreSentences) })
		more.Importance = widget.LowImportance
		v.blocks = append(v.blocks, container.NewHBox(more))
	} else {
		v.addGap(src.Text[prev:], prev == 0)
	}
	// All blocks at once: adding them one by one would lay the box out each time.
	v.box.Objects = v.blocks
	v.box.Refresh()
}

// addGap shows the text between sentences (a dateline, a heading) as plain
// text, and a paragraph break as space.
func (v *sourceView) addGap(gap string, first bool) {
	if strings.Contains(gap, "\n") && !first {
		space := canvas.NewRectangle(nil)
		space.SetMinSize(fyne.NewSize(1, 6))
		v.blocks = append(v.blocks, space)
	}
	if t := strings.TrimSpace(gap); t != "" {
		l := widget.NewLabelWithStyle(t, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		l.Wrapping = fyne.TextWrapWord
		v.blocks = append(v.blocks, l)
	}
}

// highlight tints sentences nums (1-based), and only those.
func (v *sourceView) highlight(nums []int) {
	for _, n := range v.lit {
		v.views[n-1].setLit(false)
	}
	v.lit = v.lit[:0]
	if len(nums) > 0 {
		v.extend(slices.Max(nums))
	}
	for _, n := range nums {
		if n >= 1 && n <= len(v.views) {
			v.views[n-1].setLit(true)
			v.lit = append(v.lit, n)
		}
	}
}

// scrollTo scrolls sentence n (1-based) into view.
func (v *sourceView) scrollTo(n int) {
	if n < 1 || n > len(v.views) {
		return
	}
	y := v.views[n-1].Position().Y - 12
	v.scroll.ScrollToOffset(fyne.NewPos(0, max(y, 0)))
}

// sourceMeta is the line above a source: title, date, address.
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
