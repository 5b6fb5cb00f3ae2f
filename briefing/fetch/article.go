package fetch

import (
	"context"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft"
	"github.com/briefdesk/briefdesk/briefing/source"
)

// Article fetches the page at address and reads the article in it. The
// source keeps the page's address after redirects and the fetch time.
func (c *Client) Article(ctx context.Context, address string) (source.Source, error) {
	page, err := c.Get(ctx, address)
	if err != nil {
		return source.Source{}, err
	}
	src, err := source.ReadWeb(page.URL, page.ContentType, page.Body)
	if err != nil {
		return source.Source{}, err
	}
	src.URL, src.Fetched = page.URL, page.Fetched
	return src, nil
}

// Draft fetches the article at address and drafts a brief from it, with
// the title, address, byline, publication date and fetch time the page
// gives.
func (c *Client) Draft(ctx context.Context, address string) (*briefing.Brief, error) {
	src, err := c.Article(ctx, address)
	if err != nil {
		return nil, err
	}
	return draft.Draft(src.Text, draft.Options{Published: src.Published, Title: src.Title, URL: src.URL,
		Author: src.Author, Fetched: src.Fetched})
}
