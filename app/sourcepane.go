package app

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// sourcePane shows the open brief's sources read-only: the one source, or
// one tab a source when there are several. Its Add source button offers
// the ways to add one; each tab of several has a Remove button.
type sourcePane struct {
	root    fyne.CanvasObject
	heading *widget.Label
	body    *fyne.Container // holds the hint, the one source or the tabs
	add     *widget.Button
	tabs    *container.AppTabs // nil unless there are several sources
	sources []*sourceView      // in the brief's order

	onPick   func(src string, n int, at fyne.Position)
	onRemove func(src string)
}

// newSourcePane makes the pane; addItems are the ways to add a source.
func newSourcePane(onPick func(string, int, fyne.Position), onRemove func(string), addItems ...*fyne.MenuItem) *sourcePane {
	p := &sourcePane{onPick: onPick, onRemove: onRemove, body: container.NewStack()}
	p.heading = widget.NewLabelWithStyle("Source", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.add = widget.NewButtonWithIcon("Add source…", theme.ContentAddIcon(), nil)
	p.add.Importance = widget.LowImportance
	p.add.OnTapped = func() {
		widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", addItems...),
			fyne.CurrentApp().Driver().CanvasForObject(p.add), fyne.NewPos(0, p.add.Size().Height), p.add)
	}
	p.root = container.NewBorder(container.NewBorder(nil, nil, nil, p.add, p.heading), nil, nil, nil, p.body)
	p.show(nil)
	return p
}

// show replaces the pane's content with b's sources (nil for none).
func (p *sourcePane) show(b *briefing.Brief) {
	p.sources, p.tabs = nil, nil
	if b == nil || (b.SourceCount() == 1 && strings.TrimSpace(b.Source.Text) == "") {
		hint := widget.NewLabel("The article a brief is drafted from appears here.")
		hint.Wrapping = fyne.TextWrapWord
		hint.SizeName = theme.SizeNameCaptionText
		p.body.Objects = []fyne.CanvasObject{container.NewVBox(hint)}
		p.body.Refresh()
		p.heading.SetText("Source")
		p.setAddable(b != nil)
		return
	}
	several := b.SourceCount() > 1
	p.heading.SetText("Source")
	if several {
		p.heading.SetText("Sources")
	}
	for _, src := range b.AllSources() {
		id := src.ID
		var remove func()
		if several {
			remove = func() { p.onRemove(id) }
		}
		p.sources = append(p.sources, newSourceView(src, remove, func(n int, at fyne.Position) { p.onPick(id, n, at) }))
	}
	if !several {
		p.body.Objects = []fyne.CanvasObject{p.sources[0].root}
	} else {
		p.tabs = container.NewAppTabs()
		for i, src := range b.AllSources() {
			p.tabs.Append(container.NewTabItem(tabLabel(src), p.sources[i].root))
		}
		p.body.Objects = []fyne.CanvasObject{p.tabs}
	}
	p.body.Refresh()
	p.setAddable(true)
}

// setAddable enables Add source when a brief is open.
func (p *sourcePane) setAddable(on bool) {
	if on {
		p.add.Enable()
	} else {
		p.add.Disable()
	}
}

// shows reports whether the pane shows exactly the sources of b, in order.
func (p *sourcePane) shows(b *briefing.Brief) bool {
	all := b.AllSources()
	if len(p.sources) != len(all) {
		return false
	}
	for i, src := range all {
		v := p.sources[i].src
		if v.ID != src.ID || v.Text != src.Text || v.Title != src.Title {
			return false
		}
	}
	return true
}

// view returns the view of source id, or nil.
func (p *sourcePane) view(id string) *sourceView {
	for i, v := range p.sources {
		if v.src.ID == id || (i == 0 && id == "") {
			return v
		}
	}
	return nil
}

// current returns the view of the source shown (the selected tab), or nil.
func (p *sourcePane) current() *sourceView {
	switch {
	case len(p.sources) == 0:
		return nil
	case p.tabs == nil:
		return p.sources[0]
	}
	return p.sources[p.tabs.SelectedIndex()]
}

// reveal shows the tab of source id.
func (p *sourcePane) reveal(id string) {
	for i, v := range p.sources {
		if v.src.ID == id && p.tabs != nil {
			p.tabs.SelectIndex(i)
		}
	}
}

// highlight tints the sentences cited in every source and shows one of
// them: the one at, when it is not nil; else the first cited sentence of
// the source shown, or of the first source cited.
func (p *sourcePane) highlight(cites []briefing.Citation, at *briefing.Citation) {
	nums := map[string][]int{}
	for _, c := range cites {
		nums[c.Source] = append(nums[c.Source], c.Sentence)
	}
	for _, v := range p.sources {
		v.highlight(nums[v.src.ID])
	}
	target := at
	if cur := p.current(); target == nil && cur != nil && len(cur.lit) > 0 {
		target = &briefing.Citation{Source: cur.src.ID, Sentence: cur.lit[0]}
	}
	if target == nil && len(cites) > 0 {
		target = &cites[0]
	}
	if target == nil {
		return
	}
	p.reveal(target.Source)
	if v := p.view(target.Source); v != nil {
		v.extend(target.Sentence)
		v.scrollTo(target.Sentence)
	}
}

// highlighted returns the numbers of the tinted sentences of the source
// shown.
func (p *sourcePane) highlighted() []int {
	if v := p.current(); v != nil {
		return append([]int(nil), v.lit...)
	}
	return nil
}

// tabLabel names a source on its tab: its ID and the start of its title,
// else of its web address's host, else of its text.
func tabLabel(src *briefing.Source) string {
	name := strings.TrimSpace(src.Title)
	if u, err := url.Parse(src.URL); name == "" && err == nil {
		name = strings.TrimPrefix(u.Hostname(), "www.")
	}
	if name == "" {
		name = oneLine(src.Text)
	}
	title := []rune(name)
	if len(title) == 0 {
		return src.ID
	}
	if len(title) > 18 {
		title = append([]rune(strings.TrimSpace(string(title[:17]))), '…')
	}
	return src.ID + " · " + string(title)
}
