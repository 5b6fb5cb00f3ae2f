package app

// pager serves rows of a long list a page at a time, fetching each page
// once, so that the archive list shows 10,000 briefs without loading them
// all. It holds no widgets.
type pager[T any] struct {
	size  int
	fetch func(offset, limit int) ([]T, error)
	pages map[int][]T
	err   error // the last fetch error, reported once
}

func newPager[T any](size int, fetch func(offset, limit int) ([]T, error)) *pager[T] {
	return &pager[T]{size: size, fetch: fetch, pages: map[int][]T{}}
}

// row returns row i, fetching its page when needed; ok is false when the
// row does not exist or its page could not be read.
func (p *pager[T]) row(i int) (row T, ok bool) {
	if i < 0 {
		return row, false
	}
	n := i / p.size
	page, cached := p.pages[n]
	if !cached {
		var err error
		page, err = p.fetch(n*p.size, p.size)
		if err != nil {
			p.err = err
			return row, false
		}
		p.pages[n] = page
	}
	if j := i - n*p.size; j < len(page) {
		return page[j], true
	}
	return row, false
}

// takeErr returns and clears the last fetch error.
func (p *pager[T]) takeErr() error {
	err := p.err
	p.err = nil
	return err
}

// cached returns how many pages are held.
func (p *pager[T]) cached() int { return len(p.pages) }
