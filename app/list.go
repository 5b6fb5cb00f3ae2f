package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

// searchLimit is the most search hits the list shows.
const searchLimit = 200

// selectScan is how many rows selectID looks through for a brief; a brief
// further down stays open but unselected rather than loading every page.
const selectScan = 2000

// allTags is the tag filter's "no filter" choice.
const allTags = "All tags"

// archiveList is the left pane: a search field, a tag filter and the list
// of briefs, newest first. Browsing pages through the archive; searching
// shows the best hits.
type archiveList struct {
	root   fyne.CanvasObject
	search *widget.Entry
	tag    *widget.Select
	list   *keyList
	count  *widget.Label
	hint   *widget.Label // what is wrong with the search, under the field

	arc    *archive.Archive
	hits   []archive.Summary // search results, when searching
	pages  *pager[archive.Summary]
	total  int
	tags   map[string]string // filter choice → tag
	picked string            // ID of the selected brief
	quiet  bool              // selection changes made by code

	onOpen  func(id string, cancelled func())
	onError func(err error)
}

func newArchiveList(onOpen func(string, func()), onError func(error)) *archiveList {
	l := &archiveList{onOpen: onOpen, onError: onError, tags: map[string]string{}}
	l.search = widget.NewEntry()
	l.search.SetPlaceHolder("Search briefs")
	l.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	l.search.OnChanged = func(string) { l.reload() }
	l.tag = widget.NewSelect([]string{allTags}, nil)
	l.tag.SetSelected(allTags)
	l.tag.OnChanged = func(string) { l.reload() }
	l.hint = widget.NewLabel("")
	l.hint.Importance = widget.WarningImportance
	l.hint.Wrapping = fyne.TextWrapWord
	l.hint.SizeName = theme.SizeNameCaptionText
	l.hint.Hide()
	l.count = widget.NewLabel("")
	l.count.Importance = widget.LowImportance
	l.count.SizeName = theme.SizeNameCaptionText
	l.list = newKeyList(l.length, newListRow, l.update, l.selected)
	top := container.NewVBox(l.search, l.hint, l.tag)
	l.root = container.NewBorder(top, l.count, nil, nil, l.list)
	return l
}

// setArchive switches the list to arc (nil for none) and reloads it.
func (l *archiveList) setArchive(arc *archive.Archive) {
	l.arc = arc
	l.reloadTags()
	l.reload()
}

// reloadTags refreshes the tag filter's choices with their counts.
func (l *archiveList) reloadTags() {
	opts := []string{allTags}
	l.tags = map[string]string{}
	if l.arc != nil {
		tags, err := l.arc.Tags()
		if err != nil {
			l.onError(err)
		}
		for _, t := range tags {
			label := t.Tag + " (" + strconv.Itoa(t.Count) + ")"
			l.tags[label] = t.Tag
			opts = append(opts, label)
		}
	}
	current := l.tag.Selected
	l.tag.Options = opts
	if _, ok := l.tags[current]; !ok {
		current = allTags
	}
	l.tag.SetSelectedIndex(indexOf(opts, current))
}

// reload re-reads the list (search hits or a page view) from the archive.
func (l *archiveList) reload() {
	l.hits, l.pages, l.total = nil, nil, 0
	if l.arc == nil {
		l.count.SetText("No archive open")
		l.refreshSelection()
		return
	}
	ready, hint := archive.CheckQuery(l.search.Text)
	query := strings.TrimSpace(ready)
	tag := l.tags[l.tag.Selected]
	if query != "" {
		hits, err := l.arc.Search(query, searchLimit)
		if err != nil { // shown under the field: a dialog would swallow the typing
			hint = "The search failed: " + err.Error()
		}
		for _, h := range hits {
			if tag == "" || h.HasTag(tag) {
				l.hits = append(l.hits, h.Summary)
			}
		}
		l.total = len(l.hits)
		l.count.SetText(plural(l.total, "match", "matches"))
	} else {
		opt := archive.ListOptions{Tag: tag}
		n, err := l.arc.Count(opt)
		if err != nil {
			l.onError(err)
		}
		l.total = n
		l.pages = newPager(100, func(offset, limit int) ([]archive.Summary, error) {
			opt.Offset, opt.Limit = offset, limit
			return l.arc.List(opt)
		})
		l.count.SetText(plural(n, "brief", "briefs"))
	}
	l.showHint(hint)
	l.refreshSelection()
}

// showHint shows what is wrong with the search under its field ("" hides it).
func (l *archiveList) showHint(hint string) {
	l.hint.SetText(hint)
	if hint == "" {
		l.hint.Hide()
	} else {
		l.hint.Show()
	}
}

// refreshSelection redraws the list and re-selects the open brief.
func (l *archiveList) refreshSelection() {
	l.quiet = true
	l.list.UnselectAll()
	l.list.Refresh()
	l.quiet = false
	if l.picked != "" {
		l.selectID(l.picked)
	}
}

func (l *archiveList) length() int { return l.total }

// summary returns row i, fetching its page when browsing.
func (l *archiveList) summary(i int) (archive.Summary, bool) {
	if l.pages == nil {
		if i < 0 || i >= len(l.hits) {
			return archive.Summary{}, false
		}
		return l.hits[i], true
	}
	s, ok := l.pages.row(i)
	if err := l.pages.takeErr(); err != nil {
		l.onError(err)
	}
	return s, ok
}

func newListRow() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("")
	meta.Truncation = fyne.TextTruncateEllipsis
	meta.SizeName = theme.SizeNameCaptionText
	return container.New(tightRows{}, title, meta)
}

func (l *archiveList) update(i widget.ListItemID, o fyne.CanvasObject) {
	s, _ := l.summary(i)
	objs := o.(*fyne.Container).Objects
	objs[0].(*widget.Label).SetText(titleOr(s.Title))
	line := summaryLine(s)
	if l.pages == nil && s.Snippet != "" { // a search hit: where it matched
		line = joinParts(briefDate(s), oneLine(s.Snippet))
	}
	objs[1].(*widget.Label).SetText(line)
}

// summaryLine is a list row's second line: date, marking and tags.
func summaryLine(s archive.Summary) string {
	return joinParts(briefDate(s), s.Marking, strings.Join(s.Tags, ", "))
}

// briefDate is the source's date, else the day the brief was last saved.
func briefDate(s archive.Summary) string {
	if s.Published == "" && len(s.Updated) >= 10 {
		return s.Updated[:10]
	}
	return s.Published
}

// joinParts joins the non-empty parts with a middle dot.
func joinParts(ps ...string) string {
	var parts []string
	for _, p := range ps {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "  ·  ")
}

func (l *archiveList) selected(i widget.ListItemID) {
	if l.quiet {
		return
	}
	s, ok := l.summary(i)
	if !ok || s.ID == l.picked {
		return
	}
	prev := l.picked
	l.onOpen(s.ID, func() { // cancelled: select the open brief again
		l.picked = prev
		l.refreshSelection()
	})
}

// selectID marks brief id as the open one and selects its row when shown.
func (l *archiveList) selectID(id string) {
	l.picked = id
	for i := 0; i < l.total && i < selectScan; i++ {
		if s, ok := l.summary(i); ok && s.ID == id {
			l.quiet = true
			l.list.Select(i)
			l.quiet = false
			return
		}
	}
}

// clearSelection marks no brief as open.
func (l *archiveList) clearSelection() {
	l.picked = ""
	l.quiet = true
	l.list.UnselectAll()
	l.quiet = false
}

func indexOf(xs []string, x string) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return 0
}

// plural writes n with the singular or plural noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return s
}
