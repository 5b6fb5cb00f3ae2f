package pdf

import (
	"fmt"
	"strings"
)

// Options control an export.
type Options struct {
	// Paper is "a4" (the default when empty) or "letter".
	Paper string
	// Marking, when not empty, replaces the brief's own marking in the
	// banner at the top and bottom of every page.
	Marking string
}

// Papers lists the accepted values of Options.Paper.
var Papers = []string{"a4", "letter"}

// geometry is the page size and the content area, in mm.
type geometry struct {
	size         string // fpdf page size name
	pageW, pageH float64
	left, width  float64
	top, bottom  float64
	bannerY      float64 // top of the upper banner
	bannerH      float64
	footerBaseY  float64
	footerRuleY  float64
	lowerBannerY float64
}

// pageGeometry returns the layout for a paper name.
func pageGeometry(paper string) (geometry, error) {
	var g geometry
	switch strings.ToLower(strings.TrimSpace(paper)) {
	case "", "a4":
		g.size, g.pageW, g.pageH = "A4", 210, 297
	case "letter":
		g.size, g.pageW, g.pageH = "Letter", 215.9, 279.4
	default:
		return g, fmt.Errorf("unknown paper %q: choose %s", paper, strings.Join(Papers, " or "))
	}
	const margin = 20
	g.left, g.width = margin, g.pageW-2*margin
	g.bannerY, g.bannerH = 8, 6.5
	g.top = 22
	g.lowerBannerY = g.pageH - 8 - g.bannerH
	g.footerBaseY = g.lowerBannerY - 3.5
	g.footerRuleY = g.footerBaseY - 4
	g.bottom = g.footerRuleY - 3
	return g, nil
}
